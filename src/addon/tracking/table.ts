/**
 * The partner sheet as one table in memory: read with one getValues, changed in place, written back
 * with one setValues per changed column. Rows are matched by their ID, never by a row number kept
 * from an earlier call.
 */
import { UserError } from '../../core/errors';
import { type MessageKey, t } from '../../core/i18n';
import type { Positions } from '../../core/layout';
import type { ColumnId } from '../../core/schema';
import type { Lang } from '../../core/taxonomy';
import { cellText } from '../../core/text';
import { documentProperty } from '../gas/properties';
import { activeSpreadsheet } from '../gas/spreadsheet';
import { currentLang } from '../lang';
import { recordHistory } from '../team/history';
import { columnPositions, findPartnerSheet } from './locate';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const LANG_PROPERTY = 'pdc.sheetLang';

/** The language the sheet was built in: headers and dropdown labels stay in it whoever works on it. */
export function sheetLang(): Lang {
  const stored = documentProperty(LANG_PROPERTY);
  return stored === 'en' || stored === 'fr' ? stored : currentLang();
}

export interface PartnerTable {
  sheet: Sheet;
  positions: Positions;
  lang: Lang;
  /** The header row as it is in the sheet. */
  header: unknown[];
  /** Data rows (row 2 onwards), as getValues returned them. */
  rows: unknown[][];
  /** Columns changed in memory, written back by save(). */
  dirty: Set<ColumnId>;
  /** Status changes made in memory, appended to the Historique sheet by save(). */
  history: StatusChange[];
}

export interface StatusChange {
  partnerId: string;
  column: ColumnId;
  before: string;
  after: string;
}

/** Columns whose every change goes to the Historique sheet. */
const TRACKED: ColumnId[] = ['statut'];

export function openPartnerTable(): PartnerTable {
  const sheet = findPartnerSheet(activeSpreadsheet());
  if (!sheet) throw new UserError('sheet.missing');
  const positions = columnPositions(sheet);
  const lastRow = sheet.getLastRow();
  const width = Math.max(sheet.getLastColumn(), ...Object.values(positions).map(Number));
  const [header = [], ...rows] = lastRow >= 1 ? sheet.getRange(1, 1, lastRow, width).getValues() : [];
  return { sheet, positions, lang: sheetLang(), header, rows, dirty: new Set(), history: [] };
}

export function get(table: PartnerTable, row: unknown[], id: ColumnId): unknown {
  const column = table.positions[id];
  return column ? row[column - 1] : '';
}

export function text(table: PartnerTable, row: unknown[], id: ColumnId): string {
  return cellText(get(table, row, id));
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
  table.dirty.add(id);
}

/** Row of the table holding this partner ID, or undefined. */
export function rowById(table: PartnerTable, partnerId: string): unknown[] | undefined {
  return table.rows.find((row) => text(table, row, 'id') === partnerId);
}

/**
 * Writes back every changed column, one call per column whatever the number of rows, then appends the
 * status changes to the Historique sheet in one write.
 */
export function save(table: PartnerTable): void {
  if (table.rows.length === 0) return;
  for (const id of table.dirty) {
    const column = table.positions[id]!;
    table.sheet.getRange(2, column, table.rows.length, 1).setValues(table.rows.map((row) => [row[column - 1]]));
  }
  table.dirty.clear();
  if (table.history.length) {
    recordHistory(
      table.lang,
      table.history.map((change) => ({
        ...change,
        columnLabel: t(table.lang, `column.${change.column}` as MessageKey),
      })),
    );
    table.history = [];
  }
}
