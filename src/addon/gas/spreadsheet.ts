/** Thin adapter over SpreadsheetApp and Charts: the builders, the active document and its selection. */
import type { ValidationSpec } from '../../core/layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActive();
}

export function buildValidation(spec: ValidationSpec): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation().setHelpText(spec.help);
  if (spec.kind === 'range') {
    const source = SpreadsheetApp.getActive().getSheetByName(spec.sheetName);
    if (!source) throw new Error(`validation source sheet missing: ${spec.sheetName}`);
    return builder.requireValueInRange(source.getRange(spec.a1), true).setAllowInvalid(true).build();
  }
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

/** First row and number of rows the person has selected in this sheet, if the selection is there. */
export function selectedRows(sheet: Sheet): { row: number; numRows: number } | undefined {
  const range = SpreadsheetApp.getActiveRange();
  if (!range || range.getSheet().getSheetId() !== sheet.getSheetId()) return undefined;
  return { row: range.getRow(), numRows: range.getNumRows() };
}

/** Puts the cursor on a cell of the sheet (Mes actions → "voir la ligne"). */
export function goTo(sheet: Sheet, row: number, column: number): void {
  sheet.getRange(row, column).activate();
}

export function editorEmails(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  const owner = ss.getOwner();
  return [...(owner ? [owner.getEmail()] : []), ...ss.getEditors().map((user) => user.getEmail())];
}

export function addEditors(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, emails: string[]): void {
  ss.addEditors(emails);
}
