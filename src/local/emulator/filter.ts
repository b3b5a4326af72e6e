/**
 * Filter: the basic filter of a sheet.
 */
import type { SheetModel } from './model';
import { RangeE } from './range';
import type { SheetsContext } from './spreadsheet';
import type { Emulated } from './strict';

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
