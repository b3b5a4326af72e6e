/**
 * Range: values, formulas, formats, notes and validations of a block of cells, read and written as Sheets does.
 */

import { addMetadata, DeveloperMetadataE, DeveloperMetadataFinderE } from './developer-metadata';
import { FilterE } from './filter';
import {
  type Box,
  boxesIntersect,
  boxToA1,
  type Cell,
  cellAt,
  columnLetter,
  ensureCell,
  hasContent,
  type MetadataLocation,
  type SheetModel,
} from './model';
import { assertEditable, ProtectionE } from './protection';
import type { SheetE } from './sheet';
import { type SheetsContext, sheetOf } from './spreadsheet';
import type { Emulated } from './strict';
import { DataValidationBuilderE, DataValidationE, validationAccepts } from './validation';
import { type CellValue, displayValue, parseInput } from './values';

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
  private _write<T>(grid: T[][], write: (cell: Cell, value: T, row: number, column: number) => void): void {
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
    assertEditable(this.ctx, this._sheet, this._box);
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
    this._write(parsed, (cell, p) => {
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
    this._write(formulas, (cell, formula) => {
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
    assertEditable(this.ctx, this._sheet, this._box);
    this._cells((cell) => {
      if (cell) {
        cell.value = '';
        delete cell.formula;
      }
    });
    return this;
  }
  clear(): RangeE {
    assertEditable(this.ctx, this._sheet, this._box);
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
    this._write(notes, (cell, note) => {
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
    this._write(colors, (cell, color) => {
      if (color && color.toLowerCase() !== '#ffffff') cell.background = color.toLowerCase();
      else delete cell.background;
    });
    return this;
  }
  getFontColors(): string[][] {
    return this._cells((cell) => cell?.fontColor ?? '#000000');
  }
  setFontColor(color: string | null): RangeE {
    this._write(this._all(color), (cell, c) => {
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
    this._write(this._all(weight), (cell, w) => {
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
    this._write(formats, (cell, f) => {
      if (f) cell.numberFormat = f;
      else delete cell.numberFormat;
    });
    return this;
  }
  getWraps(): boolean[][] {
    return this._cells((cell) => cell?.wrap ?? false);
  }
  setWrap(wrap: boolean): RangeE {
    this._write(this._all(wrap), (cell, w) => {
      if (w) cell.wrap = true;
      else delete cell.wrap;
    });
    return this;
  }
  setHorizontalAlignment(alignment: string | null): RangeE {
    this._write(this._all(alignment), (cell, a) => {
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
    this._write(rules, (cell, rule) => {
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
    this._write(this._all(rule), (cell, r) => {
      cell.validation = r._validation;
      if (cell.value === '' && !cell.formula) cell.value = false;
    });
    return this;
  }
  // ---- structure ----
  merge(): RangeE {
    assertEditable(this.ctx, this._sheet, this._box);
    this._sheet.merges.push({ ...this._box });
    return this;
  }
  breakApart(): RangeE {
    assertEditable(this.ctx, this._sheet, this._box);
    this._sheet.merges = this._sheet.merges.filter((m) => !boxesIntersect(m, this._box));
    return this;
  }
  getMergedRanges(): RangeE[] {
    return this._sheet.merges
      .filter((m) => boxesIntersect(m, this._box))
      .map((m) => new RangeE(this.ctx, this._sheet, m));
  }
  isPartOfMerge(): boolean {
    return this._sheet.merges.some((m) => boxesIntersect(m, this._box));
  }
  createFilter(): FilterE {
    if (this._sheet.filter) throw new Error("You can't create a filter in a sheet that already has a filter.");
    this._sheet.filter = { ...this._box };
    return new FilterE(this.ctx, this._sheet);
  }
  getFilter(): FilterE | null {
    return this._sheet.filter && boxesIntersect(this._sheet.filter, this._box)
      ? new FilterE(this.ctx, this._sheet)
      : null;
  }
  /** Sorts the rows of the range by one or more columns (absolute column numbers). */
  sort(
    spec: number | { column: number; ascending?: boolean } | ({ column: number; ascending?: boolean } | number)[],
  ): RangeE {
    assertEditable(this.ctx, this._sheet, this._box);
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
    return new ProtectionE(this.ctx, this._sheet, protection);
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
