/**
 * Property-based checks (fast-check) on the pure core, shared by the tests and `npm run robustness`:
 * random Unicode, huge strings, empty values, formula prefixes, HTML and CR/LF must never make the core
 * throw, produce a formula, let raw HTML through, or put a line break in a header.
 */
import fc from 'fast-check';
import { asCellText } from '../../core/cell-text';
import { classify } from '../../core/classifier/classify';
import { csvLine, parseCsv } from '../../core/csv';
import { mapHeaders, recognizeHeader } from '../../core/headers';
import { mergeCandidates } from '../../core/opendata/suggest';
import type { Candidate } from '../../core/opendata/types';
import { CATEGORIES } from '../../core/taxonomy';
import { fieldsFrom, render } from '../../core/templates';
import { normalize, readableCase } from '../../core/text';
import { parseInput } from '../emulator/values';

/** Strings people and open data produce, hostile ones included. */
export const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(
    '',
    ' ',
    '=1+1',
    '+33 6 12 34 56 78',
    '-2',
    '@here',
    "'quoted",
    '<script>alert(1)</script>',
    'a\r\nBcc: x@y.fr',
    '\u202eevil',
    '０６１２',
    '01000',
    'TRUE',
    '25/12/2026',
  ),
  fc
    .tuple(fc.constantFrom('=', '+', '-', '@', '<', '\r\n', '"', ';', ','), fc.string({ maxLength: 30 }))
    .map(([a, b]) => a + b),
  fc.string({ minLength: 2000, maxLength: 20000 }),
);

const CATEGORY_IDS = new Set(CATEGORIES.map((c) => c.id));

export interface PropertyCheck {
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: each property has its own argument tuple
  property: fc.IProperty<any>;
}

export const PROPERTIES: PropertyCheck[] = [
  {
    name: 'normalisation: never throws, idempotent, lower-case ASCII',
    property: fc.property(hostile, (s) => {
      const n = normalize(s);
      return normalize(n) === n && !/[A-Z]/.test(n) && typeof readableCase(s) === 'string';
    }),
  },
  {
    name: 'header recognition: never throws, answers a known column or nothing',
    property: fc.property(fc.array(hostile, { maxLength: 30 }), (headers) => {
      const mapped = mapHeaders(headers);
      return (
        [...mapped.values()].every((id) => typeof id === 'string') &&
        headers.every((h) => recognizeHeader(h) === undefined || typeof recognizeHeader(h) === 'string')
      );
    }),
  },
  {
    name: 'classifier: never throws, answers a taxonomy category with reasons',
    property: fc.property(
      hostile,
      hostile,
      hostile,
      fc.option(hostile),
      fc.option(hostile),
      (name, email, website, naf, form) => {
        const r = classify({ name, email, website, naf: naf ?? undefined, legalCategory: form ?? undefined });
        return CATEGORY_IDS.has(r.category) && r.confidence >= 0 && r.confidence <= 1 && r.reasons.length > 0;
      },
    ),
  },
  {
    name: 'templates: values never reach HTML raw nor a subject with a line break',
    property: fc.property(hostile, hostile, hostile, (structure, contact, commune) => {
      const out = render(
        {
          subject: 'Atelier à {{Structure}} {{Commune}}',
          body: '{{#Contact}}Bonjour {{Contact}},{{/Contact}}\n\n{{Structure}} — {{Commune}}',
        },
        fieldsFrom([
          ['Structure', structure],
          ['Contact', contact],
          ['Commune', commune],
        ]),
      );
      const htmlWithoutOurTags = out.html.replace(/<\/?p>|<br>/g, '');
      return !/[\r\n\u2028\u2029]/.test(out.subject) && !/[<>]/.test(htmlWithoutOurTags);
    }),
  },
  {
    name: 'CSV: a written line reads back as the same fields; reading never throws',
    property: fc.property(
      fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { minLength: 1, maxLength: 8 }),
      hostile,
      (fields, garbage) => {
        parseCsv(garbage);
        const table = parseCsv(`${fields.map((_, i) => `h${i}`).join(',')}\n${csvLine(fields)}\n`);
        const read = table.records[0]?.fields ?? [''];
        return (
          JSON.stringify(read) === JSON.stringify(fields) ||
          (fields.every((f) => f === '') && table.records.length === 0)
        );
      },
    ),
  },
  {
    name: 'cell text: whatever comes from outside lands as that text, never as a formula',
    property: fc.property(hostile, (s) => {
      const parsed = parseInput(asCellText(s), '', 'fr_FR', 'Europe/Paris');
      return !parsed.formula && parsed.value === s;
    }),
  },
  {
    name: 'deduplication: never throws, never invents a candidate, keeps every name',
    property: fc.property(
      fc.array(
        fc.record({
          name: hostile,
          city: fc.option(fc.constantFrom('Melun', 'melun', 'Lyon'), { nil: undefined }),
          siret: fc.option(fc.constantFrom('21770288500015', '44428399800014'), { nil: undefined }),
          email: fc.option(fc.constantFrom('a@b.fr', 'A@B.FR', 'c@d.fr'), { nil: undefined }),
        }),
        { maxLength: 25 },
      ),
      (records) => {
        const candidates: Candidate[] = records.map((r) => ({ source: 'entreprises', ...r }));
        const merged = mergeCandidates(candidates);
        const names = new Set(candidates.map((c) => c.name));
        return merged.length <= candidates.length && merged.every((m) => names.has(m.merged.name));
      },
    ),
  },
];

export function checkProperties(numRuns: number): { tried: number; failures: string[] } {
  const failures: string[] = [];
  let tried = 0;
  for (const check of PROPERTIES) {
    const result = fc.check(check.property, { numRuns, seed: 20261128 });
    tried += result.numRuns;
    if (result.failed) failures.push(`${check.name}: ${fc.defaultReportMessage(result)}`);
  }
  return { tried, failures };
}
