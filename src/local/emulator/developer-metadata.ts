/**
 * Developer metadata on a spreadsheet, a sheet, a row or a column, and the finder that searches it.
 */
import type { Metadata, MetadataLocation, SheetModel } from './model';
import { RangeE } from './range';
import type { SheetE } from './sheet';
import { type SheetsContext, type SpreadsheetE, sheetOf, spreadsheetOf } from './spreadsheet';
import type { Emulated } from './strict';

export function addMetadata(
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
