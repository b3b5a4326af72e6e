/**
 * SpreadsheetApp and its classes, over the model of model.ts, with Apps Script's documented
 * behaviour: 1-based ranges, "" for empty cells, getLastRow() 0 on an empty sheet, errors with
 * Google's wording where it matters (out of bounds, mismatched sizes, rejected input).
 */
import {
  type Box,
  boxToA1,
  type Cell,
  type ChartModel,
  type Criteria,
  cellAt,
  columnLetter,
  DEFAULT_COLUMN_WIDTH,
  ensureCell,
  type FormatRule,
  hasContent,
  lastColumn,
  lastRow,
  type Metadata,
  type MetadataLocation,
  newSheet,
  parseA1,
  type SheetModel,
  shiftColumns,
  shiftRows,
  type Validation,
  type WorkbookModel,
} from './model';
import type { Emulated, Env } from './strict';
import { type CellValue, displayValue, isDateValue, parseInput } from './values';

export const DataValidationCriteria = {
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  CHECKBOX: 'CHECKBOX',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
} as const;

export const BooleanCriteria = {
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  CELL_NOT_EMPTY: 'CELL_NOT_EMPTY',
} as const;

const ENUMS = {
  DataValidationCriteria,
  BooleanCriteria,
  DeveloperMetadataVisibility: { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' },
  DeveloperMetadataLocationType: { SPREADSHEET: 'SPREADSHEET', SHEET: 'SHEET', ROW: 'ROW', COLUMN: 'COLUMN' },
  ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
  Dimension: { ROWS: 'ROWS', COLUMNS: 'COLUMNS' },
  WrapStrategy: { WRAP: 'WRAP', CLIP: 'CLIP', OVERFLOW: 'OVERFLOW' },
};

export const ChartType = { COLUMN: 'COLUMN', BAR: 'BAR', PIE: 'PIE', LINE: 'LINE', TABLE: 'TABLE' } as const;

/** Shared state of one emulated spreadsheet session: the workbook and the services' environment. */
export interface SheetsContext {
  env: Env;
  book: WorkbookModel;
  /** Evaluates a formula for getValues; the default leaves formula results empty. */
  evaluate?: (formula: string, sheet: SheetModel, row: number, column: number) => CellValue;
}

function sameCriteria(a: Criteria, b: Criteria): boolean {
  return a.type === b.type && JSON.stringify(a.values) === JSON.stringify(b.values);
}

function validationAccepts(validation: Validation, value: CellValue): boolean {
  if (validation.allowInvalid || value === '') return true;
  const { type, values } = validation.criteria;
  if (type === DataValidationCriteria.VALUE_IN_LIST) return (values[0] as string[]).map(String).includes(String(value));
  if (type === DataValidationCriteria.CHECKBOX) return typeof value === 'boolean';
  if (type === DataValidationCriteria.DATE_IS_VALID_DATE) return isDateValue(value);
  if (type === DataValidationCriteria.TEXT_IS_VALID_EMAIL) return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(value));
  return true;
}

export class SpreadsheetAppE implements Emulated {
  readonly className = 'SpreadsheetApp';
  readonly DataValidationCriteria = ENUMS.DataValidationCriteria;
  readonly BooleanCriteria = ENUMS.BooleanCriteria;
  readonly DeveloperMetadataVisibility = ENUMS.DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = ENUMS.DeveloperMetadataLocationType;
  readonly ProtectionType = ENUMS.ProtectionType;
  readonly Dimension = ENUMS.Dimension;
  readonly WrapStrategy = ENUMS.WrapStrategy;

  constructor(
    private readonly ctx: SheetsContext,
    private readonly ui: () => Emulated,
  ) {}

  getActive(): SpreadsheetE {
    return spreadsheetOf(this.ctx);
  }
  getActiveSpreadsheet(): SpreadsheetE {
    return spreadsheetOf(this.ctx);
  }
  getActiveSheet(): SheetE {
    return spreadsheetOf(this.ctx).getActiveSheet();
  }
  getActiveRange(): RangeE | null {
    return spreadsheetOf(this.ctx).getActiveRange();
  }
  getUi(): Emulated {
    return this.ui();
  }
  flush(): void {}
  newDataValidation(): DataValidationBuilderE {
    return new DataValidationBuilderE(this.ctx);
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilderE {
    return new ConditionalFormatRuleBuilderE(this.ctx);
  }
}

const spreadsheets = new WeakMap<SheetsContext, SpreadsheetE>();
function spreadsheetOf(ctx: SheetsContext): SpreadsheetE {
  let found = spreadsheets.get(ctx);
  if (!found) {
    found = new SpreadsheetE(ctx);
    spreadsheets.set(ctx, found);
  }
  return found;
}

const sheetObjects = new WeakMap<SheetModel, SheetE>();
function sheetOf(ctx: SheetsContext, model: SheetModel): SheetE {
  let found = sheetObjects.get(model);
  if (!found) {
    found = new SheetE(ctx, model);
    sheetObjects.set(model, found);
  }
  return found;
}

export class SpreadsheetE implements Emulated {
  readonly className = 'Spreadsheet';
  constructor(private readonly ctx: SheetsContext) {}

  private get book(): WorkbookModel {
    return this.ctx.book;
  }
  getId(): string {
    return this.book.id;
  }
  getName(): string {
    return this.book.name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.book.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.book.timeZone;
  }
  getSpreadsheetLocale(): string {
    return this.book.locale;
  }
  getSheets(): SheetE[] {
    return this.book.sheets.map((s) => sheetOf(this.ctx, s));
  }
  getNumSheets(): number {
    return this.book.sheets.length;
  }
  getSheetByName(name: string): SheetE | null {
    const found = this.book.sheets.find((s) => s.name === name);
    return found ? sheetOf(this.ctx, found) : null;
  }
  getSheetById(id: number): SheetE | null {
    const found = this.book.sheets.find((s) => s.id === id);
    return found ? sheetOf(this.ctx, found) : null;
  }
  insertSheet(nameOrIndex?: string | number, index?: number): SheetE {
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : index;
    if (name !== undefined && this.book.sheets.some((s) => s.name.toLowerCase() === name!.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (name === undefined) {
      let n = this.book.sheets.length + 1;
      const base = this.book.locale.startsWith('en') ? 'Sheet' : 'Feuille ';
      while (this.book.sheets.some((s) => s.name === `${base}${n}`)) n++;
      name = `${base}${n}`;
    }
    const model = newSheet(this.book, name);
    const position = at === undefined ? this.book.sheets.length : Math.max(0, Math.min(at, this.book.sheets.length));
    this.book.sheets.splice(position, 0, model);
    this.book.activeSheetId = model.id;
    return sheetOf(this.ctx, model);
  }
  deleteSheet(sheet: SheetE): void {
    if (this.book.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    const model = sheet._model;
    this.book.sheets = this.book.sheets.filter((s) => s !== model);
    this.book.metadata = this.book.metadata.filter(
      (m) => !('sheetId' in m.location) || m.location.sheetId !== model.id,
    );
    if (this.book.activeSheetId === model.id) this.book.activeSheetId = this.book.sheets[0].id;
  }
  getActiveSheet(): SheetE {
    const found = this.book.sheets.find((s) => s.id === this.book.activeSheetId) ?? this.book.sheets[0];
    return sheetOf(this.ctx, found);
  }
  setActiveSheet(sheet: SheetE): SheetE {
    this.book.activeSheetId = sheet._model.id;
    return sheet;
  }
  getActiveRange(): RangeE | null {
    const selection = this.book.selection;
    if (!selection) return null;
    const model = this.book.sheets.find((s) => s.id === selection.sheetId);
    return model ? new RangeE(this.ctx, model, selection.box) : null;
  }
  getRange(a1: string): RangeE {
    const bang = a1.lastIndexOf('!');
    const sheetName =
      bang >= 0
        ? a1
            .slice(0, bang)
            .replace(/^'(.*)'$/, '$1')
            .replace(/''/g, "'")
        : undefined;
    const sheet = sheetName === undefined ? this.getActiveSheet() : this.getSheetByName(sheetName);
    if (!sheet) throw new Error(`Range not found: ${a1}`);
    return sheet.getRange(bang >= 0 ? a1.slice(bang + 1) : a1);
  }
  toast(): void {}
  getDeveloperMetadata(): DeveloperMetadataE[] {
    return this.book.metadata
      .filter((m) => m.location.type === 'SPREADSHEET')
      .map((m) => new DeveloperMetadataE(this.ctx, m));
  }
  addDeveloperMetadata(key: string, value?: string, visibility?: string): SpreadsheetE {
    addMetadata(this.ctx, key, value, visibility, { type: 'SPREADSHEET' });
    return this;
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinderE {
    return new DeveloperMetadataFinderE(this.ctx, () => this.book.metadata);
  }
  getEditors(): UserE[] {
    return [this.book.owner, ...this.book.editors].map((email) => new UserE(email));
  }
  getOwner(): UserE {
    return new UserE(this.book.owner);
  }
  addEditors(emails: string[]): SpreadsheetE {
    for (const email of emails) {
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Error(`Invalid email: ${email}`);
    }
    for (const email of emails) {
      const lower = email.toLowerCase();
      if (lower !== this.book.owner.toLowerCase() && !this.book.editors.some((e) => e.toLowerCase() === lower)) {
        this.book.editors.push(email);
      }
    }
    return this;
  }
  addEditor(email: string): SpreadsheetE {
    return this.addEditors([email]);
  }
  removeEditor(email: string): SpreadsheetE {
    this.book.editors = this.book.editors.filter((e) => e.toLowerCase() !== email.toLowerCase());
    return this;
  }
}

export class UserE implements Emulated {
  readonly className = 'User';
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
}

function addMetadata(
  ctx: SheetsContext,
  key: string,
  value: string | undefined,
  visibility: string | undefined,
  location: MetadataLocation,
): void {
  if (!key || key.length > 256) throw new Error('Developer metadata key must be 1 to 256 characters.');
  const size = ctx.book.metadata.reduce((n, m) => n + m.key.length + m.value.length, 0);
  if (size + key.length + (value ?? '').length > 30000)
    throw new Error('Developer metadata exceeds the 30,000 characters per spreadsheet.');
  ctx.book.nextId += 1;
  ctx.book.metadata.push({
    id: ctx.book.nextId,
    key,
    value: value ?? '',
    visibility: visibility ?? 'DOCUMENT',
    location,
  });
}

export class SheetE implements Emulated {
  readonly className = 'Sheet';
  constructor(
    private readonly ctx: SheetsContext,
    readonly _model: SheetModel,
  ) {}

  private get book(): WorkbookModel {
    return this.ctx.book;
  }
  getName(): string {
    return this._model.name;
  }
  setName(name: string): SheetE {
    if (this.book.sheets.some((s) => s !== this._model && s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const old = this._model.name;
    this._model.name = name;
    renameInFormulas(this.book, old, name);
    return this;
  }
  getSheetId(): number {
    return this._model.id;
  }
  getIndex(): number {
    return this.book.sheets.indexOf(this._model) + 1;
  }
  getParent(): SpreadsheetE {
    return spreadsheetOf(this.ctx);
  }
  activate(): SheetE {
    this.book.activeSheetId = this._model.id;
    return this;
  }
  getMaxRows(): number {
    return this._model.maxRows;
  }
  getMaxColumns(): number {
    return this._model.maxColumns;
  }
  getLastRow(): number {
    return lastRow(this._model);
  }
  getLastColumn(): number {
    return lastColumn(this._model);
  }
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): RangeE {
    if (typeof a === 'string') {
      if (a.includes('!')) return spreadsheetOf(this.ctx).getRange(a);
      return new RangeE(this.ctx, this._model, parseA1(a, this._model.maxRows, this._model.maxColumns));
    }
    const box: Box = { row: a, column: column ?? NaN, numRows: numRows ?? 1, numColumns: numColumns ?? 1 };
    if (![box.row, box.column, box.numRows, box.numColumns].every(Number.isInteger)) {
      throw new Error(
        "Exception: The parameters (number,number,number,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    }
    if (box.numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (box.numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (
      box.row < 1 ||
      box.column < 1 ||
      box.row + box.numRows - 1 > this._model.maxRows ||
      box.column + box.numColumns - 1 > this._model.maxColumns
    ) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new RangeE(this.ctx, this._model, box);
  }
  getDataRange(): RangeE {
    return new RangeE(this.ctx, this._model, {
      row: 1,
      column: 1,
      numRows: Math.max(1, lastRow(this._model)),
      numColumns: Math.max(1, lastColumn(this._model)),
    });
  }
  appendRow(values: unknown[]): SheetE {
    const row = lastRow(this._model) + 1;
    if (row > this._model.maxRows) this._model.maxRows = row;
    if (values.length > this._model.maxColumns) this._model.maxColumns = values.length;
    new RangeE(this.ctx, this._model, { row, column: 1, numRows: 1, numColumns: Math.max(1, values.length) }).setValues(
      [values],
    );
    return this;
  }
  // ---- rows and columns ----
  insertRowsAfter(after: number, count: number): SheetE {
    return this._insertRows(after + 1, count);
  }
  insertRowsBefore(before: number, count: number): SheetE {
    return this._insertRows(before, count);
  }
  insertRowAfter(after: number): SheetE {
    return this._insertRows(after + 1, 1);
  }
  insertRowBefore(before: number): SheetE {
    return this._insertRows(before, 1);
  }
  insertRows(before: number, count = 1): SheetE {
    return this._insertRows(before, count);
  }
  deleteRow(position: number): SheetE {
    return this._deleteRows(position, 1);
  }
  deleteRows(position: number, count: number): SheetE {
    return this._deleteRows(position, count);
  }
  insertColumnsAfter(after: number, count: number): SheetE {
    return this._insertColumns(after + 1, count);
  }
  insertColumnsBefore(before: number, count: number): SheetE {
    return this._insertColumns(before, count);
  }
  insertColumnAfter(after: number): SheetE {
    return this._insertColumns(after + 1, 1);
  }
  insertColumnBefore(before: number): SheetE {
    return this._insertColumns(before, 1);
  }
  insertColumns(before: number, count = 1): SheetE {
    return this._insertColumns(before, count);
  }
  deleteColumn(position: number): SheetE {
    return this._deleteColumns(position, 1);
  }
  deleteColumns(position: number, count: number): SheetE {
    return this._deleteColumns(position, count);
  }
  /** Moves the columns of `range` so they start at column `destinationIndex` (before the move). */
  moveColumns(range: RangeE, destinationIndex: number): void {
    const box = range._box;
    const model = this._model;
    const width = box.numColumns;
    const from = box.column;
    if (destinationIndex < 1 || destinationIndex > model.maxColumns + 1)
      throw new Error('Those columns are out of bounds.');
    const taken = model.rows.map((line) => (line ? line.splice(from - 1, width) : undefined));
    const widths = [...Array(width)].map((_, i) => model.columnWidths.get(from + i));
    const meta = this.book.metadata.filter(
      (m) =>
        m.location.type === 'COLUMN' &&
        m.location.sheetId === model.id &&
        m.location.index >= from &&
        m.location.index < from + width,
    );
    this.book.metadata = this.book.metadata.filter((m) => !meta.includes(m));
    this._shiftColumnState(from, -width, false);
    const target = destinationIndex > from ? destinationIndex - width : destinationIndex;
    this._shiftColumnState(target, width, false);
    model.rows.forEach((line, r) => {
      const chunk = taken[r];
      if (!line && !chunk) return;
      if (!line) model.rows[r] = [];
      const row = model.rows[r];
      while (row.length < target - 1) row.push(undefined);
      row.splice(target - 1, 0, ...(chunk ?? []), ...Array(Math.max(0, width - (chunk?.length ?? 0))).fill(undefined));
    });
    widths.forEach((w, i) => {
      if (w === undefined) model.columnWidths.delete(target + i);
      else model.columnWidths.set(target + i, w);
    });
    for (const m of meta) if (m.location.type === 'COLUMN') m.location.index = target + (m.location.index - from);
    this.book.metadata.push(...meta);
  }
  private _insertRows(before: number, count: number): SheetE {
    const model = this._model;
    if (before < 1 || before > model.maxRows + 1) throw new Error('Those rows are out of bounds.');
    const inheritFrom = before > 1 ? model.rows[before - 2] : undefined;
    const fresh = [...Array(count)].map(() => inheritFormats(inheritFrom));
    if (model.rows.length >= before) model.rows.splice(before - 1, 0, ...fresh);
    model.maxRows += count;
    this._shiftRowState(before, count);
    return this;
  }
  private _deleteRows(position: number, count: number): SheetE {
    const model = this._model;
    if (position < 1 || position + count - 1 > model.maxRows) throw new Error('Those rows are out of bounds.');
    if (count >= model.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    model.rows.splice(position - 1, count);
    model.maxRows -= count;
    this._shiftRowState(position, -count);
    return this;
  }
  private _insertColumns(before: number, count: number): SheetE {
    const model = this._model;
    if (before < 1 || before > model.maxColumns + 1) throw new Error('Those columns are out of bounds.');
    for (const line of model.rows) {
      if (line && line.length >= before) line.splice(before - 1, 0, ...Array(count).fill(undefined));
    }
    model.maxColumns += count;
    this._shiftColumnState(before, count, true);
    return this;
  }
  private _deleteColumns(position: number, count: number): SheetE {
    const model = this._model;
    if (position < 1 || position + count - 1 > model.maxColumns) throw new Error('Those columns are out of bounds.');
    if (count >= model.maxColumns) throw new Error("You can't delete all the columns on the sheet.");
    for (const line of model.rows) if (line) line.splice(position - 1, count);
    model.maxColumns -= count;
    this._shiftColumnState(position, -count, true);
    return this;
  }
  /** Keeps widths, metadata, rules, filter, merges and charts attached to the columns they were on. */
  private _shiftColumnState(at: number, count: number, resize: boolean): void {
    const model = this._model;
    const widths = new Map<number, number>();
    for (const [c, w] of model.columnWidths) {
      if (c < at) widths.set(c, w);
      else if (count > 0) widths.set(c + count, w);
      else if (c >= at - count) widths.set(c + count, w);
    }
    model.columnWidths = widths;
    this.book.metadata = this.book.metadata.filter((m) => {
      if (m.location.type !== 'COLUMN' || m.location.sheetId !== model.id) return true;
      if (m.location.index < at) return true;
      if (count < 0 && m.location.index < at - count) return false;
      m.location.index += count;
      return true;
    });
    void resize;
    shiftBoxes(model, (b) => shiftColumns(b, at, count));
  }
  private _shiftRowState(at: number, count: number): void {
    const model = this._model;
    this.book.metadata = this.book.metadata.filter((m) => {
      if (m.location.type !== 'ROW' || m.location.sheetId !== model.id) return true;
      if (m.location.index < at) return true;
      if (count < 0 && m.location.index < at - count) return false;
      m.location.index += count;
      return true;
    });
    shiftBoxes(model, (b) => shiftRows(b, at, count));
  }
  // ---- layout ----
  setFrozenRows(rows: number): SheetE {
    this._model.frozenRows = rows;
    return this;
  }
  getFrozenRows(): number {
    return this._model.frozenRows;
  }
  setFrozenColumns(columns: number): SheetE {
    this._model.frozenColumns = columns;
    return this;
  }
  getFrozenColumns(): number {
    return this._model.frozenColumns;
  }
  setColumnWidth(column: number, width: number): SheetE {
    this._model.columnWidths.set(column, width);
    return this;
  }
  setColumnWidths(start: number, count: number, width: number): SheetE {
    for (let c = start; c < start + count; c++) this._model.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(column: number): number {
    return this._model.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }
  hideSheet(): SheetE {
    this._model.hidden = true;
    return this;
  }
  showSheet(): SheetE {
    this._model.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._model.hidden;
  }
  setTabColor(color: string | null): SheetE {
    this._model.tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    return this._model.tabColor;
  }
  clear(): SheetE {
    this._model.rows = [];
    return this;
  }
  clearContents(): SheetE {
    for (const line of this._model.rows)
      for (const cell of line ?? [])
        if (cell) {
          cell.value = '';
          delete cell.formula;
        }
    return this;
  }
  sort(column: number, ascending = true): SheetE {
    const rows = Math.max(0, lastRow(this._model) - this._model.frozenRows);
    if (rows > 0) {
      new RangeE(this.ctx, this._model, {
        row: this._model.frozenRows + 1,
        column: 1,
        numRows: rows,
        numColumns: this._model.maxColumns,
      }).sort({ column, ascending });
    }
    return this;
  }
  copyTo(destination: SpreadsheetE): SheetE {
    if (destination.getId() !== this.book.id) throw new Error('not emulated: Sheet.copyTo another spreadsheet');
    const copyName = `${this.book.locale.startsWith('en') ? 'Copy of' : 'Copie de'} ${this._model.name}`;
    let name = copyName;
    for (let n = 2; this.book.sheets.some((s) => s.name === name); n++) name = `${copyName} ${n}`;
    const model = newSheet(this.book, name);
    const source = this._model;
    Object.assign(model, {
      rows: source.rows.map((line) => line?.map((cell) => (cell ? { ...cell } : undefined))),
      maxRows: source.maxRows,
      maxColumns: source.maxColumns,
      frozenRows: source.frozenRows,
      frozenColumns: source.frozenColumns,
      columnWidths: new Map(source.columnWidths),
      rules: source.rules.map((r) => ({ ...r, ranges: r.ranges.map((b) => ({ ...b })) })),
      merges: source.merges.map((b) => ({ ...b })),
    });
    this.book.sheets.push(model);
    return sheetOf(this.ctx, model);
  }
  // ---- formats, filter, metadata, protection, charts ----
  getConditionalFormatRules(): ConditionalFormatRuleE[] {
    return this._model.rules.map((r) => new ConditionalFormatRuleE(this.ctx, this._model, r));
  }
  setConditionalFormatRules(rules: ConditionalFormatRuleE[]): void {
    this._model.rules = rules.map((r) => ({ ...r._rule, ranges: r._rule.ranges.map((b) => ({ ...b })) }));
  }
  clearConditionalFormatRules(): void {
    this._model.rules = [];
  }
  getFilter(): FilterE | null {
    return this._model.filter ? new FilterE(this.ctx, this._model) : null;
  }
  getDeveloperMetadata(): DeveloperMetadataE[] {
    return this.book.metadata
      .filter((m) => m.location.type === 'SHEET' && m.location.sheetId === this._model.id)
      .map((m) => new DeveloperMetadataE(this.ctx, m));
  }
  addDeveloperMetadata(key: string, value?: string, visibility?: string): SheetE {
    addMetadata(this.ctx, key, value, visibility, { type: 'SHEET', sheetId: this._model.id });
    return this;
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinderE {
    return new DeveloperMetadataFinderE(this.ctx, () =>
      this.book.metadata.filter((m) => 'sheetId' in m.location && m.location.sheetId === this._model.id),
    );
  }
  protect(): ProtectionE {
    const existing = this._model.protections.find((p) => !p.box);
    if (existing) return new ProtectionE(this._model, existing);
    const protection = { description: '', warningOnly: false };
    this._model.protections.push(protection);
    return new ProtectionE(this._model, protection);
  }
  getProtections(type: string): ProtectionE[] {
    return this._model.protections
      .filter((p) => (type === 'SHEET' ? !p.box : !!p.box))
      .map((p) => new ProtectionE(this._model, p));
  }
  newChart(): EmbeddedChartBuilderE {
    return new EmbeddedChartBuilderE(this.ctx, this._model, undefined);
  }
  insertChart(chart: EmbeddedChartE): void {
    this._model.charts.push(chart._chart);
  }
  updateChart(chart: EmbeddedChartE): void {
    const index = this._model.charts.findIndex((c) => c.id === chart._chart.id);
    if (index < 0) throw new Error('Chart not found.');
    this._model.charts[index] = chart._chart;
  }
  getCharts(): EmbeddedChartE[] {
    return this._model.charts.map((c) => new EmbeddedChartE(this.ctx, this._model, c));
  }
  removeChart(chart: EmbeddedChartE): void {
    this._model.charts = this._model.charts.filter((c) => c.id !== chart._chart.id);
  }
}

function inheritFormats(from: (Cell | undefined)[] | undefined): (Cell | undefined)[] {
  if (!from) return [];
  return from.map((cell) => {
    if (!cell) return undefined;
    const { value: _v, formula: _f, note: _n, ...formats } = cell;
    return { value: '', ...formats };
  });
}

function shiftBoxes(model: SheetModel, shift: (box: Box) => Box | undefined): void {
  model.rules = model.rules
    .map((rule) => ({ ...rule, ranges: rule.ranges.map(shift).filter((b): b is Box => !!b) }))
    .filter((rule) => rule.ranges.length > 0);
  model.filter = model.filter && shift(model.filter);
  model.merges = model.merges.map(shift).filter((b): b is Box => !!b);
  for (const chart of model.charts) chart.ranges = chart.ranges.map(shift).filter((b): b is Box => !!b);
  for (const p of model.protections) if (p.box) p.box = shift(p.box);
}

function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Sheets rewrites references in formulas when a sheet is renamed. */
function renameInFormulas(book: WorkbookModel, oldName: string, newName: string): void {
  const from = `${quoteSheetName(oldName)}!`;
  const to = `${quoteSheetName(newName)}!`;
  for (const sheet of book.sheets) {
    for (const line of sheet.rows)
      for (const cell of line ?? [])
        if (cell?.formula?.includes(from)) cell.formula = cell.formula.split(from).join(to);
    for (const rule of sheet.rules) {
      rule.criteria = {
        ...rule.criteria,
        values: rule.criteria.values.map((v) => (typeof v === 'string' ? v.split(from).join(to) : v)),
      };
    }
  }
}

export class RangeE implements Emulated {
  readonly className = 'Range';
  constructor(
    private readonly ctx: SheetsContext,
    readonly _sheet: SheetModel,
    readonly _box: Box,
  ) {}

  private _cells<T>(read: (cell: Cell | undefined, row: number, column: number) => T): T[][] {
    const { row, column, numRows, numColumns } = this._box;
    const out: T[][] = new Array(numRows);
    for (let r = 0; r < numRows; r++) {
      const line = this._sheet.rows[row - 1 + r];
      const values: T[] = new Array(numColumns);
      for (let c = 0; c < numColumns; c++) values[c] = read(line?.[column - 1 + c], row + r, column + c);
      out[r] = values;
    }
    return out;
  }
  private _write<T>(
    grid: T[][],
    what: string,
    write: (cell: Cell, value: T, row: number, column: number) => void,
  ): void {
    const { row, column, numRows, numColumns } = this._box;
    if (!Array.isArray(grid) || grid.length !== numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(grid) ? grid.length : 0} but the range has ${numRows}.`,
      );
    }
    for (const line of grid) {
      if (!Array.isArray(line) || line.length !== numColumns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(line) ? line.length : 0} but the range has ${numColumns}.`,
        );
      }
    }
    void what;
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numColumns; c++)
        write(ensureCell(this._sheet, row + r, column + c), grid[r][c], row + r, column + c);
    }
  }
  private _all<T>(value: T): T[][] {
    return [...Array(this._box.numRows)].map(() => Array(this._box.numColumns).fill(value));
  }
  private _value(cell: Cell | undefined, row: number, column: number): CellValue {
    if (!cell) return '';
    if (cell.formula && this.ctx.evaluate) return this.ctx.evaluate(cell.formula, this._sheet, row, column);
    return cell.value;
  }

  getSheet(): SheetE {
    return sheetOf(this.ctx, this._sheet);
  }
  getA1Notation(): string {
    return boxToA1(this._box);
  }
  getRow(): number {
    return this._box.row;
  }
  getColumn(): number {
    return this._box.column;
  }
  getNumRows(): number {
    return this._box.numRows;
  }
  getNumColumns(): number {
    return this._box.numColumns;
  }
  getLastRow(): number {
    return this._box.row + this._box.numRows - 1;
  }
  getLastColumn(): number {
    return this._box.column + this._box.numColumns - 1;
  }
  getCell(row: number, column: number): RangeE {
    return this.offset(row - 1, column - 1, 1, 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeE {
    return sheetOf(this.ctx, this._sheet).getRange(
      this._box.row + rowOffset,
      this._box.column + columnOffset,
      numRows ?? this._box.numRows,
      numColumns ?? this._box.numColumns,
    );
  }
  activate(): RangeE {
    this.ctx.book.activeSheetId = this._sheet.id;
    this.ctx.book.selection = { sheetId: this._sheet.id, box: { ...this._box } };
    return this;
  }
  // ---- values ----
  getValues(): CellValue[][] {
    return this._cells((cell, r, c) => this._value(cell, r, c));
  }
  getValue(): CellValue {
    return this._value(cellAt(this._sheet, this._box.row, this._box.column), this._box.row, this._box.column);
  }
  getDisplayValues(): string[][] {
    const { locale, timeZone } = this.ctx.book;
    return this._cells((cell, r, c) =>
      cell ? displayValue(this._value(cell, r, c), cell.numberFormat ?? '', locale, timeZone) : '',
    );
  }
  getDisplayValue(): string {
    return this.getCell(1, 1).getDisplayValues()[0][0];
  }
  setValues(values: unknown[][]): RangeE {
    const { locale, timeZone } = this.ctx.book;
    const parsed = this._rowsParsed(values, locale, timeZone);
    this._write(parsed, 'values', (cell, p) => {
      cell.value = p.value;
      if (p.formula) cell.formula = p.formula;
      else delete cell.formula;
    });
    return this;
  }
  private _rowsParsed(values: unknown[][], locale: string, timeZone: string) {
    if (!Array.isArray(values))
      throw new Error("The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.");
    const { row, column } = this._box;
    return values.map((line, r) =>
      (Array.isArray(line) ? line : []).map((input, c) => {
        const cell = cellAt(this._sheet, row + r, column + c);
        const parsed = parseInput(input, cell?.numberFormat ?? '', locale, timeZone);
        if (cell?.validation && !parsed.formula && !validationAccepts(cell.validation, parsed.value)) {
          throw new Error(
            `The data you entered in cell ${columnLetter(column + c)}${row + r} violates the data validation rules set on this cell.`,
          );
        }
        return parsed;
      }),
    );
  }
  setValue(value: unknown): RangeE {
    return this.setValues(this._all(value));
  }
  getFormulas(): string[][] {
    return this._cells((cell) => cell?.formula ?? '');
  }
  getFormula(): string {
    return cellAt(this._sheet, this._box.row, this._box.column)?.formula ?? '';
  }
  setFormulas(formulas: string[][]): RangeE {
    this._write(formulas, 'formulas', (cell, formula) => {
      if (formula) {
        cell.formula = formula.startsWith('=') ? formula : `=${formula}`;
        cell.value = '';
      } else {
        delete cell.formula;
        cell.value = '';
      }
    });
    return this;
  }
  setFormula(formula: string): RangeE {
    return this.setFormulas(this._all(formula));
  }
  clearContent(): RangeE {
    this._cells((cell) => {
      if (cell) {
        cell.value = '';
        delete cell.formula;
      }
    });
    return this;
  }
  clear(): RangeE {
    const { row, column, numRows, numColumns } = this._box;
    for (let r = row; r < row + numRows; r++) {
      const line = this._sheet.rows[r - 1];
      if (!line) continue;
      for (let c = column; c < column + numColumns; c++) {
        const cell = line[c - 1];
        if (cell) line[c - 1] = cell.validation ? { value: '', validation: cell.validation } : undefined;
      }
    }
    return this;
  }
  isBlank(): boolean {
    return this._cells((cell) => hasContent(cell)).every((line) => line.every((v) => !v));
  }
  // ---- notes and formats ----
  getNotes(): string[][] {
    return this._cells((cell) => cell?.note ?? '');
  }
  getNote(): string {
    return cellAt(this._sheet, this._box.row, this._box.column)?.note ?? '';
  }
  setNotes(notes: (string | null)[][]): RangeE {
    this._write(notes, 'notes', (cell, note) => {
      if (note) cell.note = String(note);
      else delete cell.note;
    });
    return this;
  }
  setNote(note: string | null): RangeE {
    return this.setNotes(this._all(note));
  }
  getBackgrounds(): string[][] {
    return this._cells((cell) => cell?.background ?? '#ffffff');
  }
  getBackground(): string {
    return this.getCell(1, 1).getBackgrounds()[0][0];
  }
  setBackground(color: string | null): RangeE {
    return this.setBackgrounds(this._all(color));
  }
  setBackgrounds(colors: (string | null)[][]): RangeE {
    this._write(colors, 'backgrounds', (cell, color) => {
      if (color && color.toLowerCase() !== '#ffffff') cell.background = color.toLowerCase();
      else delete cell.background;
    });
    return this;
  }
  getFontColors(): string[][] {
    return this._cells((cell) => cell?.fontColor ?? '#000000');
  }
  setFontColor(color: string | null): RangeE {
    this._write(this._all(color), 'fontColor', (cell, c) => {
      if (c) cell.fontColor = c.toLowerCase();
      else delete cell.fontColor;
    });
    return this;
  }
  getFontWeights(): string[][] {
    return this._cells((cell) => cell?.fontWeight ?? 'normal');
  }
  getFontWeight(): string {
    return this.getCell(1, 1).getFontWeights()[0][0];
  }
  setFontWeight(weight: string | null): RangeE {
    this._write(this._all(weight), 'fontWeight', (cell, w) => {
      if (w === 'bold') cell.fontWeight = 'bold';
      else delete cell.fontWeight;
    });
    return this;
  }
  getNumberFormats(): string[][] {
    return this._cells((cell) => cell?.numberFormat ?? '');
  }
  getNumberFormat(): string {
    return this.getCell(1, 1).getNumberFormats()[0][0];
  }
  setNumberFormat(format: string): RangeE {
    return this.setNumberFormats(this._all(format));
  }
  setNumberFormats(formats: string[][]): RangeE {
    this._write(formats, 'numberFormats', (cell, f) => {
      if (f) cell.numberFormat = f;
      else delete cell.numberFormat;
    });
    return this;
  }
  getWraps(): boolean[][] {
    return this._cells((cell) => cell?.wrap ?? false);
  }
  setWrap(wrap: boolean): RangeE {
    this._write(this._all(wrap), 'wrap', (cell, w) => {
      if (w) cell.wrap = true;
      else delete cell.wrap;
    });
    return this;
  }
  setHorizontalAlignment(alignment: string | null): RangeE {
    this._write(this._all(alignment), 'alignment', (cell, a) => {
      if (a) cell.horizontalAlignment = a;
      else delete cell.horizontalAlignment;
    });
    return this;
  }
  getHorizontalAlignments(): string[][] {
    return this._cells((cell) => cell?.horizontalAlignment ?? 'general');
  }
  // ---- validation ----
  getDataValidations(): (DataValidationE | null)[][] {
    return this._cells((cell) => (cell?.validation ? new DataValidationE(this.ctx, cell.validation) : null));
  }
  getDataValidation(): DataValidationE | null {
    return this.getCell(1, 1).getDataValidations()[0][0];
  }
  setDataValidation(rule: DataValidationE | null): RangeE {
    return this.setDataValidations(this._all(rule));
  }
  setDataValidations(rules: (DataValidationE | null)[][]): RangeE {
    this._write(rules, 'validations', (cell, rule) => {
      if (rule) cell.validation = rule._validation;
      else delete cell.validation;
    });
    return this;
  }
  clearDataValidations(): RangeE {
    return this.setDataValidation(null);
  }
  insertCheckboxes(): RangeE {
    const rule = new DataValidationBuilderE(this.ctx).requireCheckbox().build();
    this._write(this._all(rule), 'checkboxes', (cell, r) => {
      cell.validation = r._validation;
      if (cell.value === '' && !cell.formula) cell.value = false;
    });
    return this;
  }
  // ---- structure ----
  merge(): RangeE {
    this._sheet.merges.push({ ...this._box });
    return this;
  }
  breakApart(): RangeE {
    this._sheet.merges = this._sheet.merges.filter((m) => !intersects(m, this._box));
    return this;
  }
  getMergedRanges(): RangeE[] {
    return this._sheet.merges.filter((m) => intersects(m, this._box)).map((m) => new RangeE(this.ctx, this._sheet, m));
  }
  isPartOfMerge(): boolean {
    return this._sheet.merges.some((m) => intersects(m, this._box));
  }
  createFilter(): FilterE {
    if (this._sheet.filter) throw new Error("You can't create a filter in a sheet that already has a filter.");
    this._sheet.filter = { ...this._box };
    return new FilterE(this.ctx, this._sheet);
  }
  getFilter(): FilterE | null {
    return this._sheet.filter && intersects(this._sheet.filter, this._box) ? new FilterE(this.ctx, this._sheet) : null;
  }
  /** Sorts the rows of the range by one or more columns (absolute column numbers). */
  sort(
    spec: number | { column: number; ascending?: boolean } | ({ column: number; ascending?: boolean } | number)[],
  ): RangeE {
    const specs = (Array.isArray(spec) ? spec : [spec]).map((s) =>
      typeof s === 'number' ? { column: s, ascending: true } : { column: s.column, ascending: s.ascending !== false },
    );
    const { row, column, numRows, numColumns } = this._box;
    const lines = [...Array(numRows)].map((_, r) => {
      const line = this._sheet.rows[row - 1 + r] ?? [];
      return line.slice(column - 1, column - 1 + numColumns);
    });
    const key = (line: (Cell | undefined)[], col: number) => line[col - column]?.value ?? '';
    lines.sort((a, b) => {
      for (const s of specs) {
        const x = key(a, s.column);
        const y = key(b, s.column);
        if (x === y) continue;
        if (x === '') return 1;
        if (y === '') return -1;
        const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'fr');
        if (order !== 0) return s.ascending ? order : -order;
      }
      return 0;
    });
    lines.forEach((line, r) => {
      if (!this._sheet.rows[row - 1 + r]) this._sheet.rows[row - 1 + r] = [];
      const target = this._sheet.rows[row - 1 + r];
      while (target.length < column - 1) target.push(undefined);
      target.splice(column - 1, numColumns, ...line, ...Array(Math.max(0, numColumns - line.length)).fill(undefined));
    });
    return this;
  }
  protect(): ProtectionE {
    const protection = { description: '', warningOnly: false, box: { ...this._box } };
    this._sheet.protections.push(protection);
    return new ProtectionE(this._sheet, protection);
  }
  // ---- developer metadata on whole rows or columns ----
  private _wholeLocation(): MetadataLocation {
    const { row, column, numRows, numColumns } = this._box;
    if (numColumns === 1 && row === 1 && numRows === this._sheet.maxRows)
      return { type: 'COLUMN', sheetId: this._sheet.id, index: column };
    if (numRows === 1 && column === 1 && numColumns === this._sheet.maxColumns)
      return { type: 'ROW', sheetId: this._sheet.id, index: row };
    throw new Error(
      'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
    );
  }
  addDeveloperMetadata(key: string, value?: string, visibility?: string): RangeE {
    addMetadata(this.ctx, key, value, visibility, this._wholeLocation());
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadataE[] {
    const where = this._wholeLocation();
    return this.ctx.book.metadata
      .filter(
        (m) =>
          m.location.type === where.type &&
          'index' in m.location &&
          'index' in where &&
          m.location.sheetId === where.sheetId &&
          m.location.index === where.index,
      )
      .map((m) => new DeveloperMetadataE(this.ctx, m));
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinderE {
    return new DeveloperMetadataFinderE(this.ctx, () =>
      this.ctx.book.metadata.filter((m) => {
        if (!('index' in m.location) || m.location.sheetId !== this._sheet.id) return false;
        const { row, column, numRows, numColumns } = this._box;
        return m.location.type === 'COLUMN'
          ? m.location.index >= column && m.location.index < column + numColumns
          : m.location.index >= row && m.location.index < row + numRows;
      }),
    );
  }
}

function intersects(a: Box, b: Box): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

export class FilterE implements Emulated {
  readonly className = 'Filter';
  constructor(
    private readonly ctx: SheetsContext,
    private readonly sheet: SheetModel,
  ) {}
  getRange(): RangeE {
    if (!this.sheet.filter) throw new Error('This filter has been removed.');
    return new RangeE(this.ctx, this.sheet, this.sheet.filter);
  }
  remove(): void {
    this.sheet.filter = undefined;
  }
}

export class DataValidationE implements Emulated {
  readonly className = 'DataValidation';
  constructor(
    private readonly ctx: SheetsContext,
    readonly _validation: Validation,
  ) {}
  getCriteriaType(): string {
    return this._validation.criteria.type;
  }
  getCriteriaValues(): unknown[] {
    const values = this._validation.criteria.values;
    if (this._validation.criteria.type !== DataValidationCriteria.VALUE_IN_RANGE) return values;
    const { sheetId, box } = values[0] as { sheetId: number; box: Box };
    const sheet = this.ctx.book.sheets.find((s) => s.id === sheetId);
    return [sheet ? new RangeE(this.ctx, sheet, box) : null, values[1]];
  }
  getAllowInvalid(): boolean {
    return this._validation.allowInvalid;
  }
  getHelpText(): string {
    return this._validation.helpText;
  }
  copy(): DataValidationBuilderE {
    return new DataValidationBuilderE(this.ctx, { ...this._validation });
  }
}

export class DataValidationBuilderE implements Emulated {
  readonly className = 'DataValidationBuilder';
  private v: Validation;
  constructor(
    private readonly ctx: SheetsContext,
    start?: Validation,
  ) {
    this.v = start ?? { criteria: { type: '', values: [] }, allowInvalid: true, helpText: '' };
  }
  private _set(type: string, values: unknown[]): DataValidationBuilderE {
    this.v = { ...this.v, criteria: { type, values } };
    return this;
  }
  requireValueInList(values: string[], showDropdown = true): DataValidationBuilderE {
    if (!Array.isArray(values) || values.length === 0) throw new Error('The list of values must not be empty.');
    if (values.length > 500) throw new Error('Data validation lists are limited to 500 items.');
    return this._set(DataValidationCriteria.VALUE_IN_LIST, [values.map(String), showDropdown]);
  }
  requireValueInRange(range: RangeE, showDropdown = true): DataValidationBuilderE {
    return this._set(DataValidationCriteria.VALUE_IN_RANGE, [
      { sheetId: range._sheet.id, box: { ...range._box } },
      showDropdown,
    ]);
  }
  requireDate(): DataValidationBuilderE {
    return this._set(DataValidationCriteria.DATE_IS_VALID_DATE, []);
  }
  requireCheckbox(): DataValidationBuilderE {
    return this._set(DataValidationCriteria.CHECKBOX, []);
  }
  requireTextIsEmail(): DataValidationBuilderE {
    return this._set(DataValidationCriteria.TEXT_IS_VALID_EMAIL, []);
  }
  requireTextIsUrl(): DataValidationBuilderE {
    return this._set(DataValidationCriteria.TEXT_IS_VALID_URL, []);
  }
  requireFormulaSatisfied(formula: string): DataValidationBuilderE {
    return this._set(DataValidationCriteria.CUSTOM_FORMULA, [formula]);
  }
  setAllowInvalid(allow: boolean): DataValidationBuilderE {
    this.v = { ...this.v, allowInvalid: allow };
    return this;
  }
  setHelpText(text: string): DataValidationBuilderE {
    this.v = { ...this.v, helpText: text };
    return this;
  }
  build(): DataValidationE {
    if (!this.v.criteria.type) throw new Error('A data validation rule needs criteria.');
    return new DataValidationE(this.ctx, { ...this.v });
  }
}

export class BooleanConditionE implements Emulated {
  readonly className = 'BooleanCondition';
  constructor(private readonly rule: FormatRule) {}
  getCriteriaType(): string {
    return this.rule.criteria.type;
  }
  getCriteriaValues(): unknown[] {
    return this.rule.criteria.values;
  }
  getBackground(): string | null {
    return this.rule.background ?? null;
  }
  getFontColor(): string | null {
    return this.rule.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this.rule.bold ?? null;
  }
}

export class ConditionalFormatRuleE implements Emulated {
  readonly className = 'ConditionalFormatRule';
  constructor(
    private readonly ctx: SheetsContext,
    private readonly sheet: SheetModel | undefined,
    readonly _rule: FormatRule,
  ) {}
  getRanges(): RangeE[] {
    const sheet = this.sheet ?? this.ctx.book.sheets[0];
    return this._rule.ranges.map((b) => new RangeE(this.ctx, sheet, b));
  }
  getBooleanCondition(): BooleanConditionE {
    return new BooleanConditionE(this._rule);
  }
  copy(): ConditionalFormatRuleBuilderE {
    return new ConditionalFormatRuleBuilderE(this.ctx, { ...this._rule });
  }
}

export class ConditionalFormatRuleBuilderE implements Emulated {
  readonly className = 'ConditionalFormatRuleBuilder';
  private r: FormatRule;
  private sheet: SheetModel | undefined;
  constructor(
    private readonly ctx: SheetsContext,
    start?: FormatRule,
  ) {
    this.r = start ?? { ranges: [], criteria: { type: '', values: [] } };
  }
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilderE {
    this.r = { ...this.r, criteria: { type: BooleanCriteria.CUSTOM_FORMULA, values: [formula] } };
    return this;
  }
  whenTextEqualTo(text: string): ConditionalFormatRuleBuilderE {
    this.r = { ...this.r, criteria: { type: BooleanCriteria.TEXT_EQUAL_TO, values: [text] } };
    return this;
  }
  whenCellNotEmpty(): ConditionalFormatRuleBuilderE {
    this.r = { ...this.r, criteria: { type: BooleanCriteria.CELL_NOT_EMPTY, values: [] } };
    return this;
  }
  setBackground(color: string | null): ConditionalFormatRuleBuilderE {
    this.r = { ...this.r, background: color?.toLowerCase() ?? undefined };
    return this;
  }
  setFontColor(color: string | null): ConditionalFormatRuleBuilderE {
    this.r = { ...this.r, fontColor: color?.toLowerCase() ?? undefined };
    return this;
  }
  setBold(bold: boolean | null): ConditionalFormatRuleBuilderE {
    this.r = { ...this.r, bold: bold ?? undefined };
    return this;
  }
  setRanges(ranges: RangeE[]): ConditionalFormatRuleBuilderE {
    this.sheet = ranges[0]?._sheet;
    this.r = { ...this.r, ranges: ranges.map((range) => ({ ...range._box })) };
    return this;
  }
  build(): ConditionalFormatRuleE {
    if (!this.r.criteria.type) throw new Error('A conditional format rule needs a condition.');
    return new ConditionalFormatRuleE(this.ctx, this.sheet, { ...this.r });
  }
}

export class DeveloperMetadataE implements Emulated {
  readonly className = 'DeveloperMetadata';
  constructor(
    private readonly ctx: SheetsContext,
    private readonly m: Metadata,
  ) {}
  getId(): number {
    return this.m.id;
  }
  getKey(): string {
    return this.m.key;
  }
  getValue(): string {
    return this.m.value;
  }
  getVisibility(): string {
    return this.m.visibility;
  }
  setValue(value: string): DeveloperMetadataE {
    this.m.value = value;
    return this;
  }
  setKey(key: string): DeveloperMetadataE {
    this.m.key = key;
    return this;
  }
  remove(): void {
    this.ctx.book.metadata = this.ctx.book.metadata.filter((x) => x !== this.m);
  }
  getLocation(): DeveloperMetadataLocationE {
    return new DeveloperMetadataLocationE(this.ctx, this.m.location);
  }
  moveToColumn(range: RangeE): DeveloperMetadataE {
    this.m.location = { type: 'COLUMN', sheetId: range._sheet.id, index: range._box.column };
    return this;
  }
}

export class DeveloperMetadataLocationE implements Emulated {
  readonly className = 'DeveloperMetadataLocation';
  constructor(
    private readonly ctx: SheetsContext,
    private readonly loc: MetadataLocation,
  ) {}
  getLocationType(): string {
    return this.loc.type;
  }
  private _sheet(): SheetModel {
    const id = 'sheetId' in this.loc ? this.loc.sheetId : -1;
    const found = this.ctx.book.sheets.find((s) => s.id === id);
    if (!found) throw new Error('The sheet of this metadata no longer exists.');
    return found;
  }
  getSheet(): SheetE | null {
    return this.loc.type === 'SHEET' ? sheetOf(this.ctx, this._sheet()) : null;
  }
  getSpreadsheet(): SpreadsheetE | null {
    return this.loc.type === 'SPREADSHEET' ? spreadsheetOf(this.ctx) : null;
  }
  getColumn(): RangeE | null {
    if (this.loc.type !== 'COLUMN') return null;
    const sheet = this._sheet();
    return new RangeE(this.ctx, sheet, { row: 1, column: this.loc.index, numRows: sheet.maxRows, numColumns: 1 });
  }
  getRow(): RangeE | null {
    if (this.loc.type !== 'ROW') return null;
    const sheet = this._sheet();
    return new RangeE(this.ctx, sheet, { row: this.loc.index, column: 1, numRows: 1, numColumns: sheet.maxColumns });
  }
}

export class DeveloperMetadataFinderE implements Emulated {
  readonly className = 'DeveloperMetadataFinder';
  private filters: ((m: Metadata) => boolean)[] = [];
  constructor(
    private readonly ctx: SheetsContext,
    private readonly source: () => Metadata[],
  ) {}
  withKey(key: string): DeveloperMetadataFinderE {
    this.filters.push((m) => m.key === key);
    return this;
  }
  withValue(value: string): DeveloperMetadataFinderE {
    this.filters.push((m) => m.value === value);
    return this;
  }
  withId(id: number): DeveloperMetadataFinderE {
    this.filters.push((m) => m.id === id);
    return this;
  }
  withLocationType(type: string): DeveloperMetadataFinderE {
    this.filters.push((m) => m.location.type === type);
    return this;
  }
  withVisibility(visibility: string): DeveloperMetadataFinderE {
    this.filters.push((m) => m.visibility === visibility);
    return this;
  }
  find(): DeveloperMetadataE[] {
    return this.source()
      .filter((m) => this.filters.every((f) => f(m)))
      .map((m) => new DeveloperMetadataE(this.ctx, m));
  }
}

export class ProtectionE implements Emulated {
  readonly className = 'Protection';
  constructor(
    private readonly sheet: SheetModel,
    private readonly p: { description: string; warningOnly: boolean; box?: Box },
  ) {}
  setDescription(text: string): ProtectionE {
    this.p.description = text;
    return this;
  }
  getDescription(): string {
    return this.p.description;
  }
  setWarningOnly(warningOnly: boolean): ProtectionE {
    this.p.warningOnly = warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    return this.p.warningOnly;
  }
  remove(): void {
    this.sheet.protections = this.sheet.protections.filter((x) => x !== this.p);
  }
}

export class EmbeddedChartE implements Emulated {
  readonly className = 'EmbeddedChart';
  constructor(
    private readonly ctx: SheetsContext,
    private readonly sheet: SheetModel,
    readonly _chart: ChartModel,
  ) {}
  getChartId(): number {
    return this._chart.id;
  }
  getRanges(): RangeE[] {
    return this._chart.ranges.map((b) => new RangeE(this.ctx, this.sheet, b));
  }
  modify(): EmbeddedChartBuilderE {
    return new EmbeddedChartBuilderE(this.ctx, this.sheet, {
      ...this._chart,
      ranges: [...this._chart.ranges],
      options: { ...this._chart.options },
    });
  }
}

export class EmbeddedChartBuilderE implements Emulated {
  readonly className = 'EmbeddedChartBuilder';
  private chart: ChartModel;
  constructor(
    private readonly ctx: SheetsContext,
    private readonly sheet: SheetModel,
    start: ChartModel | undefined,
  ) {
    if (start) this.chart = start;
    else {
      ctx.book.nextId += 1;
      this.chart = {
        id: ctx.book.nextId,
        type: ChartType.COLUMN,
        ranges: [],
        options: {},
        position: { row: 1, column: 1 },
      };
    }
  }
  setChartType(type: string): EmbeddedChartBuilderE {
    this.chart.type = type;
    return this;
  }
  addRange(range: RangeE): EmbeddedChartBuilderE {
    this.chart.ranges.push({ ...range._box });
    return this;
  }
  clearRanges(): EmbeddedChartBuilderE {
    this.chart.ranges = [];
    return this;
  }
  setPosition(row: number, column: number): EmbeddedChartBuilderE {
    this.chart.position = { row, column };
    return this;
  }
  setOption(name: string, value: unknown): EmbeddedChartBuilderE {
    this.chart.options[name] = value;
    return this;
  }
  build(): EmbeddedChartE {
    return new EmbeddedChartE(this.ctx, this.sheet, { ...this.chart });
  }
}

export function sameValidation(a: Validation | undefined, b: Validation | undefined): boolean {
  if (!a || !b) return a === b;
  return a.allowInvalid === b.allowInvalid && a.helpText === b.helpText && sameCriteria(a.criteria, b.criteria);
}
