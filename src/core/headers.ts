/** Recognises the columns of a club's own list by their header, whatever the accents, case or wording. */

import { t } from './i18n';
import { COLUMNS, type ColumnId } from './schema';
import { normalize } from './text';

const LOOKUP = new Map<string, ColumnId>();
for (const column of COLUMNS) {
  for (const word of [
    ...column.synonyms,
    t('fr', `column.${column.id}` as never),
    t('en', `column.${column.id}` as never),
  ]) {
    const key = normalize(word).replace(/\./g, '');
    if (!LOOKUP.has(key)) LOOKUP.set(key, column.id);
  }
}

/** The column a header names, or undefined. "E-mail du contact" → email; "Tél." → telephone. */
export function recognizeHeader(header: unknown): ColumnId | undefined {
  const key = normalize(String(header ?? ''))
    .replace(/\./g, '')
    .replace(/\s*[:*]$/, '');
  if (!key) return undefined;
  const exact = LOOKUP.get(key);
  if (exact) return exact;
  // "E-mail du contact", "Téléphone portable": the first words decide.
  const words = key.split(' ');
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const found = LOOKUP.get(words.slice(0, n).join(' '));
    if (found && found !== 'id') return found;
  }
  return undefined;
}

/** Maps each column index of a header row to a schema column; the first occurrence wins. */
export function mapHeaders(headers: unknown[]): Map<number, ColumnId> {
  const map = new Map<number, ColumnId>();
  const taken = new Set<ColumnId>();
  headers.forEach((header, index) => {
    const id = recognizeHeader(header);
    if (id && !taken.has(id)) {
      taken.add(id);
      map.set(index, id);
    }
  });
  return map;
}

/** Index (0-based) of the first row among `rows` that has a name-like header, or -1. */
export function findHeaderRow(rows: unknown[][]): number {
  return rows.findIndex((row) => {
    const ids = [...mapHeaders(row).values()];
    return ids.includes('structure') && row.filter((v) => String(v ?? '').trim() !== '').length >= 2;
  });
}
