/** The emulator's data: workbooks, sheets and cells, independent of the service classes. */
import { columnLetter } from '../../core/layout';
import type { CellValue } from './values';

export interface Criteria {
  type: string;
  values: unknown[];
}

export interface Validation {
  criteria: Criteria;
  allowInvalid: boolean;
  helpText: string;
}

export interface Cell {
  value: CellValue;
  formula?: string;
  note?: string;
  numberFormat?: string;
  background?: string;
  fontColor?: string;
  fontWeight?: string;
  wrap?: boolean;
  horizontalAlignment?: string;
  validation?: Validation;
}

export interface Box {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface FormatRule {
  ranges: Box[];
  criteria: Criteria;
  background?: string;
  fontColor?: string;
  bold?: boolean;
}

export type MetadataLocation =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheetId: number }
  | { type: 'COLUMN'; sheetId: number; index: number }
  | { type: 'ROW'; sheetId: number; index: number };

export interface Metadata {
  id: number;
  key: string;
  value: string;
  visibility: string;
  location: MetadataLocation;
}

export interface ChartModel {
  id: number;
  type: string;
  ranges: Box[];
  options: Record<string, unknown>;
  position: { row: number; column: number };
}

/** Whether two boxes share a cell. */
export function boxesIntersect(a: Box, b: Box): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

export interface ProtectionModel {
  description: string;
  warningOnly: boolean;
  box?: Box;
  /**
   * Who may edit besides the owner. Unset until a script or a person changes the list: until then the
   * protection mirrors the spreadsheet's own permissions, as Range.protect() documents.
   */
  editors?: string[];
}

export interface SheetModel {
  id: number;
  name: string;
  rows: (Cell | undefined)[][];
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Map<number, number>;
  rules: FormatRule[];
  filter?: Box;
  merges: Box[];
  charts: ChartModel[];
  protections: ProtectionModel[];
  hidden: boolean;
  tabColor: string | null;
}

export interface WorkbookModel {
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  sheets: SheetModel[];
  metadata: Metadata[];
  nextId: number;
  activeSheetId: number;
  /** Selection of the person at the keyboard (sheet id and box), for getActiveRange. */
  selection?: { sheetId: number; box: Box };
  editors: string[];
  owner: string;
  /** PropertiesService.getDocumentProperties(): they belong to the document. */
  properties: Map<string, string>;
}

export const DEFAULT_COLUMN_WIDTH = 100;

export function newSheet(book: WorkbookModel, name: string): SheetModel {
  book.nextId += 1;
  return {
    id: book.nextId,
    name,
    rows: [],
    maxRows: 1000,
    maxColumns: 26,
    frozenRows: 0,
    frozenColumns: 0,
    columnWidths: new Map(),
    rules: [],
    merges: [],
    charts: [],
    protections: [],
    hidden: false,
    tabColor: null,
  };
}

export function newWorkbook(
  options: { name?: string; locale?: string; timeZone?: string; owner?: string } = {},
): WorkbookModel {
  const book: WorkbookModel = {
    id: `emulated-${Math.random().toString(36).slice(2, 12)}`,
    name: options.name ?? 'Classeur sans titre',
    locale: options.locale ?? 'fr_FR',
    timeZone: options.timeZone ?? 'Europe/Paris',
    sheets: [],
    metadata: [],
    nextId: 0,
    activeSheetId: 0,
    editors: [],
    owner: options.owner ?? 'benevole@example.org',
    properties: new Map(),
  };
  const first = newSheet(book, options.locale?.startsWith('en') ? 'Sheet1' : 'Feuille 1');
  book.sheets.push(first);
  book.activeSheetId = first.id;
  return book;
}

export function cellAt(sheet: SheetModel, row: number, column: number): Cell | undefined {
  return sheet.rows[row - 1]?.[column - 1];
}

export function ensureCell(sheet: SheetModel, row: number, column: number): Cell {
  let line = sheet.rows[row - 1];
  if (!line) {
    line = [];
    sheet.rows[row - 1] = line;
  }
  let cell = line[column - 1];
  if (!cell) {
    cell = { value: '' };
    line[column - 1] = cell;
  }
  return cell;
}

export function hasContent(cell: Cell | undefined): boolean {
  return !!cell && (cell.value !== '' || !!cell.formula);
}

export function lastRow(sheet: SheetModel): number {
  for (let r = sheet.rows.length; r >= 1; r--) {
    const line = sheet.rows[r - 1];
    if (line?.some(hasContent)) return r;
  }
  return 0;
}

export function lastColumn(sheet: SheetModel): number {
  let last = 0;
  for (const line of sheet.rows) {
    if (!line) continue;
    for (let c = line.length; c > last; c--) {
      if (hasContent(line[c - 1])) {
        last = c;
        break;
      }
    }
  }
  return last;
}

// ---- A1 notation ----

export { columnLetter };

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "B2:D10", "A:C", "3:5", "C7" → box (open ends stretch to the sheet's size). */
export function parseA1(a1: string, maxRows: number, maxColumns: number): Box {
  const match = /^\$?([A-Za-z]*)\$?(\d*)(?::\$?([A-Za-z]*)\$?(\d*))?$/.exec(a1.trim());
  if (!match || (!match[1] && !match[2])) throw new Error(`Range not found: ${a1}`);
  const [, c1, r1, c2, r2] = match;
  const hasEnd = match[3] !== undefined || match[4] !== undefined;
  const startCol = c1 ? columnIndex(c1) : 1;
  const startRow = r1 ? Number(r1) : 1;
  const endCol = hasEnd ? (c2 ? columnIndex(c2) : maxColumns) : c1 ? startCol : maxColumns;
  const endRow = hasEnd ? (r2 ? Number(r2) : maxRows) : r1 ? startRow : maxRows;
  return {
    row: Math.min(startRow, endRow),
    column: Math.min(startCol, endCol),
    numRows: Math.abs(endRow - startRow) + 1,
    numColumns: Math.abs(endCol - startCol) + 1,
  };
}

export function boxToA1(box: Box): string {
  const start = `${columnLetter(box.column)}${box.row}`;
  if (box.numRows === 1 && box.numColumns === 1) return start;
  return `${start}:${columnLetter(box.column + box.numColumns - 1)}${box.row + box.numRows - 1}`;
}

/** Shifts a box when columns [at, at+count) are inserted (count > 0) or deleted (count < 0). */
export function shiftColumns(box: Box, at: number, count: number): Box | undefined {
  const end = box.column + box.numColumns - 1;
  if (count > 0) {
    if (at <= box.column) return { ...box, column: box.column + count };
    if (at <= end) return { ...box, numColumns: box.numColumns + count };
    return box;
  }
  const removedEnd = at - count - 1;
  const keptBefore = Math.max(0, Math.min(end, at - 1) - box.column + 1);
  const keptAfter = Math.max(0, end - Math.max(removedEnd, box.column - 1));
  const width = keptBefore + keptAfter;
  if (width <= 0) return undefined;
  const column = box.column < at ? box.column : Math.max(at, box.column + count);
  return { ...box, column, numColumns: width };
}

export function shiftRows(box: Box, at: number, count: number): Box | undefined {
  const turned = shiftColumns(
    { row: box.column, column: box.row, numRows: box.numColumns, numColumns: box.numRows },
    at,
    count,
  );
  return turned && { row: turned.column, column: turned.row, numRows: turned.numColumns, numColumns: turned.numRows };
}
