/**
 * Classifies the records of a CSV file: input headers are recognised as in the sheet (nom/name/
 * structure, email/courriel, site/website, adresse) plus naf and nature_juridique. Bad records
 * (broken quoting, empty name) are reported with their line number; the others are still classified.
 */
import { csvLine, parseCsv } from '../csv';
import { correctByValues, mapHeaders } from '../headers';
import type { ColumnId } from '../schema';
import { normalize } from '../text';
import { classify } from './classify';

const NAF_HEADERS = new Set([
  'naf',
  'code naf',
  'ape',
  'code ape',
  'activite principale',
  'activite_principale',
  'naf ape',
]);
const FORM_HEADERS = new Set([
  'nature juridique',
  'nature_juridique',
  'categorie juridique',
  'categorie_juridique',
  'cj',
  'forme juridique',
]);

export interface ClassifiedCsv {
  output: string;
  problems: { line: number; message: string }[];
  classified: number;
}

export function classifyCsv(input: string): ClassifiedCsv {
  const table = parseCsv(input);
  const problems = [...table.problems];
  const mapped = mapHeaders(table.header);
  // As when a list is adopted: e-mail addresses under « Contact » are the e-mail column when none is named.
  correctByValues(
    mapped,
    table.records.map((record) => record.fields),
  );
  const index = (id: ColumnId) => [...mapped.entries()].find(([, c]) => c === id)?.[0];
  const findExtra = (names: Set<string>) =>
    table.header.findIndex((h) => names.has(normalize(h).replace(/_/g, ' ')) || names.has(normalize(h)));
  const nameAt = index('structure');
  if (nameAt === undefined) {
    return {
      output: '',
      problems: [{ line: 1, message: 'aucune colonne de nom (nom, name, structure…) dans l’en-tête' }],
      classified: 0,
    };
  }
  const emailAt = index('email');
  const siteAt = index('siteWeb');
  const addressAt = index('adresse');
  const nafAt = findExtra(NAF_HEADERS);
  const formAt = findExtra(FORM_HEADERS);
  const lines = [
    csvLine([...table.header, 'categorie', 'confiance', 'apports', 'tutelle', 'raisons'], table.separator),
  ];
  // A « ; » file is a French spreadsheet's: its numbers take a decimal comma, or it reads « 0.96 » as text.
  const decimalMark = table.separator === ';' ? ',' : '.';
  let classified = 0;
  for (const record of table.records) {
    const field = (i: number | undefined) => (i === undefined || i < 0 ? '' : (record.fields[i] ?? '').trim());
    const name = field(nameAt);
    if (!name) {
      problems.push({ line: record.line, message: 'nom vide' });
      continue;
    }
    const result = classify({
      name,
      email: field(emailAt),
      website: field(siteAt),
      address: field(addressAt),
      naf: field(nafAt),
      legalCategory: field(formAt),
    });
    const padded = [...record.fields, ...Array(Math.max(0, table.header.length - record.fields.length)).fill('')];
    lines.push(
      csvLine(
        [
          ...padded,
          result.category,
          result.confidence.toFixed(2).replace('.', decimalMark),
          result.apports.join(' '),
          result.tutelle,
          result.reasons.join(' ; '),
        ],
        table.separator,
      ),
    );
    classified += 1;
  }
  problems.sort((a, b) => a.line - b.line);
  return { output: `${lines.join('\n')}\n`, problems, classified };
}
