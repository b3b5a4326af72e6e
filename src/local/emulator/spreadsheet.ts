/**
 * SpreadsheetApp, the Spreadsheet and its user, and the one object per spreadsheet and per sheet each
 * session hands out — over the model of model.ts, with Apps Script's documented behaviour: 1-based
 * ranges, "" for empty cells, getLastRow() 0 on an empty sheet, errors with Google's wording where it
 * matters (out of bounds, mismatched sizes, rejected input). One module per class family: sheet, range,
 * validation, conditional-format, developer-metadata, filter, protection, charts.
 */

import { BooleanCriteria, ConditionalFormatRuleBuilderE } from './conditional-format';
import { addMetadata, DeveloperMetadataE, DeveloperMetadataFinderE } from './developer-metadata';
import { newSheet, type SheetModel, type WorkbookModel } from './model';
import { RangeE } from './range';
import { SheetE } from './sheet';
import type { Emulated, Env } from './strict';
import { DataValidationBuilderE, DataValidationCriteria } from './validation';
import type { CellValue } from './values';

const ENUMS = {
  DataValidationCriteria,
  BooleanCriteria,
  DeveloperMetadataVisibility: { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' },
  DeveloperMetadataLocationType: { SPREADSHEET: 'SPREADSHEET', SHEET: 'SHEET', ROW: 'ROW', COLUMN: 'COLUMN' },
  ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
  Dimension: { ROWS: 'ROWS', COLUMNS: 'COLUMNS' },
  WrapStrategy: { WRAP: 'WRAP', CLIP: 'CLIP', OVERFLOW: 'OVERFLOW' },
};

/** Shared state of one emulated spreadsheet session: the workbook and the services' environment. */
export interface SheetsContext {
  env: Env;
  book: WorkbookModel;
  /** The person the script runs as: protected ranges refuse their edits unless they are an editor. */
  user: () => string;
  /** Evaluates a formula for getValues; the default leaves formula results empty. */
  evaluate?: (formula: string, sheet: SheetModel, row: number, column: number) => CellValue;
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
export function spreadsheetOf(ctx: SheetsContext): SpreadsheetE {
  let found = spreadsheets.get(ctx);
  if (!found) {
    found = new SpreadsheetE(ctx);
    spreadsheets.set(ctx, found);
  }
  return found;
}

const sheetObjects = new WeakMap<SheetModel, SheetE>();
export function sheetOf(ctx: SheetsContext, model: SheetModel): SheetE {
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
