/**
 * Embedded charts and their builder.
 */
import type { ChartModel, SheetModel } from './model';
import { RangeE } from './range';
import type { SheetsContext } from './spreadsheet';
import type { Emulated } from './strict';

export const ChartType = { COLUMN: 'COLUMN', BAR: 'BAR', PIE: 'PIE', LINE: 'LINE', TABLE: 'TABLE' } as const;

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
