/** Classifier quality on the labelled real names: coverage, precision, accuracy, per-category recall. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from '../../core/classifier/classify';
import { parseCsv } from '../../core/csv';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'classifier');
/** The labelled names the rules were written looking at. */
export const LABELLED = join(FIXTURES, 'orgs-dev.csv');
/** Real names the rules were never written from (SIRENE extract, labelled by legal category). */
export const UNSEEN = join(FIXTURES, 'orgs-sirene.csv');
/** Real company names of the Index égalité list, added after the rules were written. */
export const UNSEEN_COMPANIES = join(FIXTURES, 'orgs-companies.csv');
/** Further names from the dev set's own public lists (libraries, Parcoursup, higher education, the public
 * directory, fablabs), added after the rules were written. */
export const SAME_SOURCES = join(FIXTURES, 'orgs-same-sources.csv');
/** A département's list of the associations it subsidised, names as administrative exports cut them
 * (« CTE DEPART HANDBAL »), added after the rules were written. */
export const SUBSIDISED_ASSOCIATIONS = join(FIXTURES, 'orgs-associations.csv');

export interface Quality {
  rows: number;
  coverage: number;
  precision: number;
  accuracy: number;
  recall: Record<string, number>;
  errors: { name: string; expected: string; got: string; reasons: string[] }[];
}

export function measureQuality(file = LABELLED): Quality {
  const table = parseCsv(readFileSync(file, 'utf8'));
  const col = (name: string) => table.header.indexOf(name);
  let answered = 0;
  let right = 0;
  const perCategory = new Map<string, { total: number; right: number }>();
  const errors: Quality['errors'] = [];
  for (const record of table.records) {
    const f = record.fields;
    const expected = f[col('category')];
    const result = classify({ name: f[col('name')], email: f[col('email')], website: f[col('website')] });
    const stats = perCategory.get(expected) ?? { total: 0, right: 0 };
    stats.total += 1;
    if (result.category !== 'autre') answered += 1;
    if (result.category === expected) {
      right += 1;
      stats.right += 1;
    } else errors.push({ name: f[col('name')], expected, got: result.category, reasons: result.reasons });
    perCategory.set(expected, stats);
  }
  const rows = table.records.length;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    rows,
    coverage: round(answered / rows),
    precision: round(right / Math.max(1, answered)),
    accuracy: round(right / rows),
    recall: Object.fromEntries([...perCategory.entries()].sort().map(([c, s]) => [c, round(s.right / s.total)])),
    errors,
  };
}

if (require.main === module) {
  const q = measureQuality();
  const { errors, ...figures } = q;
  console.log(JSON.stringify(figures, null, 1));
  if (process.argv.includes('--errors'))
    for (const e of errors) console.log(`${e.expected} → ${e.got}: ${e.name} [${e.reasons.join(' | ')}]`);
}
