/**
 * The partner sheet as one table in memory: read with one getValues, changed in place, written back
 * with one setValues per changed column. Rows are matched by their ID, never by a row number kept
 * from an earlier call.
 */

import { valueForCell } from '../../core/cell-text';
import { UserError } from '../../core/errors';
import { headerProblem } from '../../core/headers';
import { type MessageKey, t } from '../../core/i18n';
import type { Positions } from '../../core/layout';
import type { ColumnId } from '../../core/schema';
import { idFromLabel, type Lang, STATUTS } from '../../core/taxonomy';
import { cellText } from '../../core/text';
import { documentProperty } from '../gas/properties';
import { activeSpreadsheet } from '../gas/spreadsheet';
import { currentLang } from '../lang';
import { recordHistory } from '../team/history';
import { columnPositions, findPartnerSheet, locateColumns } from './locate';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const LANG_PROPERTY = 'pdc.sheetLang';

/** The language the sheet was built in: headers and dropdown labels stay in it whoever works on it. */
export function sheetLang(): Lang {
  const stored = documentProperty(LANG_PROPERTY);
  return stored === 'en' || stored === 'fr' ? stored : currentLang();
}

/** How many of the first rows are searched for a header pushed down by rows inserted above it. */
export const HEADER_SEARCH_ROWS = 100;

/**
 * Stops before anything is read as a partner or written when row 1 is no longer the header: the header
 * would be taken for a partner, or a partner for the header — and the build would write the titles over
 * it. `top` is the sheet's first rows.
 */
export function assertHeaderInPlace(sheet: Sheet, top: unknown[][]): void {
  const problem = headerProblem(top.slice(0, HEADER_SEARCH_ROWS));
  if (problem?.kind === 'pushedDown')
    throw new UserError('sheet.headerPushedDown', { sheet: sheet.getName(), row: problem.row });
  if (problem?.kind === 'partnerOnTop')
    throw new UserError('sheet.partnerOnTop', { sheet: sheet.getName(), id: problem.id });
}

export interface PartnerTable {
  sheet: Sheet;
  positions: Positions;
  lang: Lang;
  /** The header row as it is in the sheet. */
  header: unknown[];
  /** Data rows (row 2 onwards), as getValues returned them. */
  rows: unknown[][];
  /** Cells changed in memory (column → indexes in rows), written back by save(). */
  dirty: Map<ColumnId, Set<number>>;
  /** Status changes made in memory, appended to the Historique sheet by save(). */
  history: StatusChange[];
  /** Index of each row array in rows, to record changed cells without searching. */
  index: Map<unknown[], number>;
}

export interface StatusChange {
  partnerId: string;
  column: ColumnId;
  before: string;
  after: string;
}

/** Columns whose every change goes to the Historique sheet. */
const TRACKED: ColumnId[] = ['statut'];

/** What every action reads: partners are found by their ID and named by Structure. */
const ALWAYS_NEEDED: readonly ColumnId[] = ['id', 'structure'];

/**
 * Stops, before anything is read or written, when a column the action reads or writes was deleted:
 * otherwise Classer would say « 3 partenaires classés » with no Catégorie column to write to, and the
 * e-mails tab « pas d'adresse e-mail » for every partner with no E-mail column.
 */
export function requireColumns(
  table: Pick<PartnerTable, 'sheet' | 'positions' | 'lang'>,
  needed: readonly ColumnId[],
): void {
  const missing = [...ALWAYS_NEEDED, ...needed].filter((id) => !table.positions[id]);
  if (!missing.length) return;
  throw new UserError('sheet.columnsMissing', {
    sheet: table.sheet.getName(),
    count: missing.length,
    columns: missing.map((id) => t(table.lang, `column.${id}` as MessageKey)).join(', '),
  });
}

/** The partner sheet, read once; `needed` are the columns the action reads or writes beyond ID and Structure. */
export function openPartnerTable(...needed: ColumnId[]): PartnerTable {
  const sheet = findPartnerSheet(activeSpreadsheet());
  if (!sheet) throw new UserError('sheet.missing');
  const lang = sheetLang();
  // A person may move a column between finding the columns and reading the rows: read again if so.
  for (let attempt = 0; ; attempt++) {
    const { positions, header: seen } = locateColumns(sheet);
    requireColumns({ sheet, positions, lang }, needed);
    const lastRow = sheet.getLastRow();
    const width = Math.max(sheet.getLastColumn(), ...Object.values(positions).map(Number));
    const values = lastRow >= 1 ? sheet.getRange(1, 1, lastRow, width).getValues() : [];
    assertHeaderInPlace(sheet, values);
    const [header = [], ...rows] = values;
    const same = seen.every((h, i) => h === header[i]) && header.slice(seen.length).every((h) => h === '');
    if (same || attempt >= 2) {
      const index = new Map(rows.map((row, i) => [row, i] as [unknown[], number]));
      return { sheet, positions, lang, header, rows, dirty: new Map(), history: [], index };
    }
  }
}

export function get(table: PartnerTable, row: unknown[], id: ColumnId): unknown {
  const column = table.positions[id];
  return column ? row[column - 1] : '';
}

export function text(table: PartnerTable, row: unknown[], id: ColumnId): string {
  return cellText(get(table, row, id));
}

/** The row's status id; an empty cell is a partner not contacted yet (a club's adopted list has none). */
export function statusId(table: PartnerTable, row: unknown[]): string {
  const status = text(table, row, 'statut');
  return status ? idFromLabel(STATUTS, status) : 'a_contacter';
}

export function set(table: PartnerTable, row: unknown[], id: ColumnId, value: unknown): void {
  const column = table.positions[id];
  if (!column || row[column - 1] === value) return;
  if (TRACKED.includes(id)) {
    table.history.push({
      partnerId: text(table, row, 'id'),
      column: id,
      before: cellText(row[column - 1]),
      after: cellText(value),
    });
  }
  row[column - 1] = value;
  const index = table.index.get(row);
  if (index === undefined) return;
  const cells = table.dirty.get(id) ?? new Set<number>();
  cells.add(index);
  table.dirty.set(id, cells);
}

/** Row of the table holding this partner ID, or undefined. */
export function rowById(table: PartnerTable, partnerId: string): unknown[] | undefined {
  return table.rows.find((row) => text(table, row, 'id') === partnerId);
}

/**
 * Writes back the changed cells, one call per changed column whatever the number of rows, then appends
 * the status changes to the Historique sheet in one write, as made by `who` (the user running the
 * action when not said).
 *
 * People sort, filter, insert or delete rows and move columns while the add-on works: their edits take
 * no lock. So the rows are read again just before writing, each change goes to the row with the same
 * partner ID, in the column where it now is, and every other cell is written back as it now is.
 */
export function save(table: PartnerTable, who?: string): void {
  if (table.dirty.size) writeChanges(table);
  if (table.history.length) {
    recordHistory(
      table.lang,
      table.history.map((change) => ({
        ...change,
        columnLabel: t(table.lang, `column.${change.column}` as MessageKey),
      })),
      who,
    );
    table.history = [];
  }
}

/** Reading the rows again and finding them moved is retried this many times before giving up. */
const WRITE_ATTEMPTS = 3;

function writeChanges(table: PartnerTable): void {
  for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
    if (tryWrite(table, attempt === WRITE_ATTEMPTS - 1)) {
      table.dirty.clear();
      return;
    }
  }
  throw new UserError('error.busy');
}

/**
 * One attempt: read the rows as they now are, put each change on the row with the same partner ID and
 * in the column where it now is, check nothing moved since that read, then write every changed column
 * in one block. One write means a cut or a fault never leaves half the columns written, and a person's
 * sort or insertion can only slip in between the last read and that write.
 */
function tryWrite(table: PartnerTable, lastAttempt: boolean): boolean {
  const { sheet } = table;
  const lastRow = sheet.getLastRow();
  const width = Math.max(sheet.getLastColumn(), ...Object.values(table.positions).map(Number));
  if (lastRow < 2) return true;
  const block = sheet.getRange(1, 1, lastRow, width);
  const [header, ...current] = block.getValues();
  // Cells written back unchanged must stay what they are: formulas stay formulas, text stays text.
  const [, ...formulas] = block.getFormulas();
  const [, ...formats] = block.getNumberFormats();
  const moved = header.length !== table.header.length || header.some((h, i) => h !== table.header[i]);
  const positions = moved ? columnPositions(sheet) : table.positions;
  const idOf = (row: unknown[], at: Positions) => (at.id ? cellText(row[at.id - 1]) : '');
  const sameRows =
    !moved &&
    current.length === table.rows.length &&
    current.every((row, i) => idOf(row, positions) === idOf(table.rows[i], table.positions));
  const rowOf = new Map<number, number>();
  if (sameRows) {
    for (let i = 0; i < table.rows.length; i++) rowOf.set(i, i);
  } else {
    const byId = new Map<string, number>();
    current.forEach((row, j) => {
      const id = idOf(row, positions);
      if (id && !byId.has(id)) byId.set(id, j);
    });
    table.rows.forEach((row, i) => {
      const j = byId.get(idOf(row, table.positions));
      if (j !== undefined) rowOf.set(i, j);
    });
    // A changed partner not found may have been deleted, or pushed out of what was read by a row
    // inserted meanwhile: read again before deciding it is gone.
    const changed = new Set([...table.dirty.values()].flatMap((cells) => [...cells]));
    if (!lastAttempt && [...changed].some((i) => !rowOf.has(i))) return false;
  }
  const columns = [...table.dirty.keys()].map((id) => positions[id]).filter((c): c is number => !!c);
  if (!columns.length) return true;
  const first = Math.min(...columns);
  const last = Math.max(...columns);
  const out = current.map((row, j) =>
    row.slice(first - 1, last).map((value, k) => {
      const formula = formulas[j]?.[first - 1 + k];
      if (formula) return formula;
      return valueForCell(value, formats[j]?.[first - 1 + k]);
    }),
  );
  for (const [id, cells] of table.dirty) {
    const from = table.positions[id];
    const to = positions[id];
    if (!from || !to) continue;
    for (const i of cells) {
      const j = rowOf.get(i);
      if (j !== undefined) out[j][to - first] = table.rows[i][from - 1];
    }
  }
  // Last check that the rows did not move while the changes were placed; the target range is taken
  // first so that nothing but this read separates the check from the write.
  const target = sheet.getRange(2, first, out.length, last - first + 1);
  const check = sheet.getRange(1, 1, lastRow, width).getValues();
  if (
    check.length !== current.length + 1 ||
    check.some((row, j) =>
      j === 0 ? row.some((h, i) => h !== header[i]) : idOf(row, positions) !== idOf(current[j - 1], positions),
    )
  ) {
    return false;
  }
  target.setValues(out);
  return true;
}
