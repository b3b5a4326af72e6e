/**
 * Sheet: rows and columns inserted, deleted, moved; frozen panes, sorting, names, metadata.
 */

import { EmbeddedChartBuilderE, EmbeddedChartE } from './charts';
import { ConditionalFormatRuleE } from './conditional-format';
import { addMetadata, DeveloperMetadataE, DeveloperMetadataFinderE } from './developer-metadata';
import { FilterE } from './filter';
import {
  type Box,
  type Cell,
  DEFAULT_COLUMN_WIDTH,
  lastColumn,
  lastRow,
  newSheet,
  parseA1,
  type SheetModel,
  shiftColumns,
  shiftRows,
  type WorkbookModel,
} from './model';
import { assertEditable, assertSheetEditable, ProtectionE } from './protection';
import { RangeE } from './range';
import { deletedMap, insertedMap, movedMap, renameSheetInFormulas, rewriteWorkbookReferences } from './references';
import { type SheetsContext, type SpreadsheetE, sheetOf, spreadsheetOf } from './spreadsheet';
import type { Emulated } from './strict';

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
    renameSheetInFormulas(this.book, old, name);
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
    this._shiftColumnState(from, -width);
    const target = destinationIndex > from ? destinationIndex - width : destinationIndex;
    this._shiftColumnState(target, width);
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
    rewriteWorkbookReferences(this.book, model, 'column', movedMap(from, width, destinationIndex));
  }
  private _insertRows(before: number, count: number): SheetE {
    const model = this._model;
    if (before < 1 || before > model.maxRows + 1) throw new Error('Those rows are out of bounds.');
    assertSheetEditable(this.ctx, model);
    const inheritFrom = before > 1 ? model.rows[before - 2] : undefined;
    const fresh = [...Array(count)].map(() => inheritFormats(inheritFrom));
    if (model.rows.length >= before) model.rows.splice(before - 1, 0, ...fresh);
    model.maxRows += count;
    this._shiftRowState(before, count);
    rewriteWorkbookReferences(this.book, model, 'row', insertedMap(before, count), (b) => shiftRows(b, before, count));
    return this;
  }
  private _deleteRows(position: number, count: number): SheetE {
    const model = this._model;
    if (position < 1 || position + count - 1 > model.maxRows) throw new Error('Those rows are out of bounds.');
    if (count >= model.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    assertEditable(this.ctx, model, { row: position, column: 1, numRows: count, numColumns: model.maxColumns });
    model.rows.splice(position - 1, count);
    model.maxRows -= count;
    this._shiftRowState(position, -count);
    rewriteWorkbookReferences(this.book, model, 'row', deletedMap(position, count), (b) =>
      shiftRows(b, position, -count),
    );
    return this;
  }
  private _insertColumns(before: number, count: number): SheetE {
    const model = this._model;
    if (before < 1 || before > model.maxColumns + 1) throw new Error('Those columns are out of bounds.');
    assertSheetEditable(this.ctx, model);
    for (const line of model.rows) {
      if (line && line.length >= before) line.splice(before - 1, 0, ...Array(count).fill(undefined));
    }
    model.maxColumns += count;
    this._shiftColumnState(before, count);
    rewriteWorkbookReferences(this.book, model, 'column', insertedMap(before, count), (b) =>
      shiftColumns(b, before, count),
    );
    return this;
  }
  private _deleteColumns(position: number, count: number): SheetE {
    const model = this._model;
    if (position < 1 || position + count - 1 > model.maxColumns) throw new Error('Those columns are out of bounds.');
    if (count >= model.maxColumns) throw new Error("You can't delete all the columns on the sheet.");
    assertEditable(this.ctx, model, { row: 1, column: position, numRows: model.maxRows, numColumns: count });
    for (const line of model.rows) if (line) line.splice(position - 1, count);
    model.maxColumns -= count;
    this._shiftColumnState(position, -count);
    rewriteWorkbookReferences(this.book, model, 'column', deletedMap(position, count), (b) =>
      shiftColumns(b, position, -count),
    );
    return this;
  }
  /** Keeps widths, metadata, rules, filter, merges and charts attached to the columns they were on. */
  private _shiftColumnState(at: number, count: number): void {
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
    assertEditable(this.ctx, this._model);
    this._model.rows = [];
    return this;
  }
  clearContents(): SheetE {
    assertEditable(this.ctx, this._model);
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
    if (existing) return new ProtectionE(this.ctx, this._model, existing);
    const protection = { description: '', warningOnly: false };
    this._model.protections.push(protection);
    return new ProtectionE(this.ctx, this._model, protection);
  }
  getProtections(type: string): ProtectionE[] {
    return this._model.protections
      .filter((p) => (type === 'SHEET' ? !p.box : !!p.box))
      .map((p) => new ProtectionE(this.ctx, this._model, p));
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
