/**
 * Data validation: the criteria, the rule and its builder, and whether a value passes it.
 */
import type { Box, Criteria, Validation } from './model';
import { RangeE } from './range';
import type { SheetsContext } from './spreadsheet';
import type { Emulated } from './strict';
import { type CellValue, isDateValue } from './values';

export const DataValidationCriteria = {
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  CHECKBOX: 'CHECKBOX',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
} as const;

export function sameCriteria(a: Criteria, b: Criteria): boolean {
  return a.type === b.type && JSON.stringify(a.values) === JSON.stringify(b.values);
}

export function validationAccepts(validation: Validation, value: CellValue): boolean {
  if (validation.allowInvalid || value === '') return true;
  const { type, values } = validation.criteria;
  if (type === DataValidationCriteria.VALUE_IN_LIST) return (values[0] as string[]).map(String).includes(String(value));
  if (type === DataValidationCriteria.CHECKBOX) return typeof value === 'boolean';
  if (type === DataValidationCriteria.DATE_IS_VALID_DATE) return isDateValue(value);
  if (type === DataValidationCriteria.TEXT_IS_VALID_EMAIL) return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(value));
  return true;
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

export function sameValidation(a: Validation | undefined, b: Validation | undefined): boolean {
  if (!a || !b) return a === b;
  return a.allowInvalid === b.allowInvalid && a.helpText === b.helpText && sameCriteria(a.criteria, b.criteria);
}
