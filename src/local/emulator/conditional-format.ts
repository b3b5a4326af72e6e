/**
 * Conditional format rules: the boolean conditions, the rule and its builder.
 */
import type { FormatRule, SheetModel } from './model';
import { RangeE } from './range';
import type { SheetsContext } from './spreadsheet';
import type { Emulated } from './strict';

export const BooleanCriteria = {
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  CELL_NOT_EMPTY: 'CELL_NOT_EMPTY',
} as const;

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
