/** Recognises the columns of a club's own list by their header, whatever the accents, case or wording. */

import { repairEncoding } from './encoding-repair';
import { t } from './i18n';
import { idNumber } from './ids';
import { emailAddressIn, isValidEmail } from './outreach';
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

function headerKey(header: unknown): string {
  // « CatÃ©gorie », « T�l�phone »: a list opened in the wrong encoding keeps its columns.
  return normalize(repairEncoding(String(header ?? '')))
    .replace(/\./g, '')
    .replace(/\s*[:*]$/, '');
}

/**
 * « Nom » heads the organisation's name in a list of organisations, and the person's in a list of
 * contacts (« Nom | Prénom | Organisme | Mail »): it is the organisation's column only when no other
 * header of the row is, and the contact's otherwise.
 */
const AMBIGUOUS: ReadonlyMap<string, readonly ColumnId[]> = new Map([
  ['nom', ['structure', 'contact']],
  ['name', ['structure', 'contact']],
]);

/** The column a header names, or undefined. "E-mail du contact" → email; "Tél." → telephone. */
export function recognizeHeader(header: unknown): ColumnId | undefined {
  const key = headerKey(header);
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

/** Maps each column index of a header row to a schema column; the first occurrence wins, « Nom » last. */
export function mapHeaders(headers: unknown[]): Map<number, ColumnId> {
  const map = new Map<number, ColumnId>();
  const taken = new Set<ColumnId>();
  const take = (index: number, id: ColumnId | undefined) => {
    if (!id || taken.has(id)) return;
    taken.add(id);
    map.set(index, id);
  };
  const ambiguous: [number, readonly ColumnId[]][] = [];
  headers.forEach((header, index) => {
    const candidates = AMBIGUOUS.get(headerKey(header));
    if (candidates) ambiguous.push([index, candidates]);
    else take(index, recognizeHeader(header));
  });
  for (const [index, candidates] of ambiguous)
    take(
      index,
      candidates.find((id) => !taken.has(id)),
    );
  return map;
}

/** The add-on's own column titles, in both languages, as `normalize` writes them. */
const OWN_TITLES = new Set(
  COLUMNS.flatMap((column) => [
    normalize(t('fr', `column.${column.id}` as never)),
    normalize(t('en', `column.${column.id}` as never)),
  ]),
);

/** A row that carries most of the add-on's column titles is the partner sheet's header. */
function isOwnHeader(row: unknown[]): boolean {
  let titles = 0;
  for (const cell of row) if (OWN_TITLES.has(normalize(String(cell ?? '')))) titles++;
  return titles >= Math.ceil(COLUMNS.length / 2);
}

export type HeaderProblem =
  /** Rows inserted above the header (a title, « Nos partenaires 2026 »), or a sort that took it along. */
  | { kind: 'pushedDown'; row: number }
  /** A partner on row 1: the header row was deleted, or sorted with the data. */
  | { kind: 'partnerOnTop'; id: string };

/**
 * Whether the partner sheet's header is no longer on row 1, from its first `rows`. Titles renamed in
 * place are no problem: the build repairs them there. A partner's ID on row 1 is never a title.
 */
export function headerProblem(rows: unknown[][]): HeaderProblem | undefined {
  if (rows.length === 0 || isOwnHeader(rows[0])) return undefined;
  for (let i = 1; i < rows.length; i++) if (isOwnHeader(rows[i])) return { kind: 'pushedDown', row: i + 1 };
  const id = rows[0].find((cell) => idNumber(cell) !== undefined);
  return id === undefined ? undefined : { kind: 'partnerOnTop', id: String(id).trim() };
}

/** What a club's list holds under its headers, column by column: it corrects what the headers say. */
export interface ValueFindings {
  /** The column taken for the IDs holds the club's own numbering (« N° » 12, 13): kept aside. */
  ownNumbering?: number;
  /** With no e-mail header, the column whose cells are e-mail addresses (« Contact », « Coordonnées »). */
  emailsUnder?: number;
}

function share(data: unknown[][], column: number, test: (text: string) => boolean): number {
  let filled = 0;
  let passing = 0;
  for (const row of data) {
    const text = String(row[column] ?? '').trim();
    if (!text) continue;
    filled++;
    if (test(text)) passing++;
  }
  return filled ? passing / filled : 0;
}

/**
 * Corrects `mapped` (a club's header row, mapped by `mapHeaders`) by the values under it, `data` (the
 * rows below the header), and says what it changed.
 */
export function correctByValues(mapped: Map<number, ColumnId>, data: unknown[][]): ValueFindings {
  const findings: ValueFindings = {};
  const columnOf = (id: ColumnId) => [...mapped.entries()].find(([, c]) => c === id)?.[0];
  const ids = columnOf('id');
  if (ids !== undefined && share(data, ids, (text) => idNumber(text) === undefined) > 0) {
    mapped.delete(ids);
    findings.ownNumbering = ids;
  }
  const width = data.reduce((max, row) => Math.max(max, row.length), 0);
  if (columnOf('email') === undefined) {
    for (let column = 0; column < width; column++) {
      const id = mapped.get(column);
      if (id === 'structure' || id === 'siteWeb') continue;
      if (share(data, column, (text) => isValidEmail(emailAddressIn(text))) < 0.6) continue;
      mapped.set(column, 'email');
      findings.emailsUnder = column;
      break;
    }
  }
  return findings;
}

/** Index (0-based) of the first row among `rows` that has a name-like header, or -1. */
export function findHeaderRow(rows: unknown[][]): number {
  return rows.findIndex((row) => {
    const ids = [...mapHeaders(row).values()];
    return ids.includes('structure') && row.filter((v) => String(v ?? '').trim() !== '').length >= 2;
  });
}
