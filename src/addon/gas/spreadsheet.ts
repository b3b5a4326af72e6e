/** Thin adapter over SpreadsheetApp, Charts and document properties: the builders and the active document. */
import type { ValidationSpec } from '../../core/layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActive();
}

export function buildValidation(spec: ValidationSpec): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation().setHelpText(spec.help);
  // People's values outside the list are kept and flagged, never refused: nothing typed is lost.
  if (spec.kind === 'list') return builder.requireValueInList(spec.values, true).setAllowInvalid(true).build();
  if (spec.kind === 'date') return builder.requireDate().setAllowInvalid(true).build();
  return builder.requireCheckbox().setAllowInvalid(true).build();
}

export function buildFormulaRule(
  formula: string,
  ranges: Range[],
  background: string,
  fontColor?: string,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  const builder = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(formula)
    .setBackground(background)
    .setRanges(ranges);
  return (fontColor ? builder.setFontColor(fontColor) : builder).build();
}

export function insertColumnChart(sheet: Sheet, ranges: Range[], row: number, column: number, title: string): void {
  let builder = sheet
    .newChart()
    .setChartType(Charts.ChartType.COLUMN)
    .setPosition(row, column, 0, 0)
    .setOption('title', title);
  for (const range of ranges) builder = builder.addRange(range);
  sheet.insertChart(builder.build());
}

export function documentProperty(key: string): string | null {
  return PropertiesService.getDocumentProperties().getProperty(key);
}

export function setDocumentProperty(key: string, value: string): void {
  PropertiesService.getDocumentProperties().setProperty(key, value);
}
