/**
 * Names of the sheets the add-on creates. They are named in the workbook's language when created, and
 * found by developer metadata afterwards, so people may rename them.
 */
import { t } from '../core/i18n';
import type { Lang } from '../core/taxonomy';

export type CreatedSheet = 'partners' | 'dashboard' | 'templates' | 'team' | 'history';

export function createdSheetName(kind: CreatedSheet, lang: Lang): string {
  return t(lang, `sheetName.${kind}`);
}

/** `wanted`, or « wanted (2) », « wanted (3) »… when taken: Sheets refuses two sheets named alike, case aside. */
export function uniqueSheetName(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, wanted: string): string {
  const taken = new Set(ss.getSheets().map((s) => s.getName().toLowerCase()));
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted} (${n})`;
  return name;
}

/**
 * Inserts a sheet the add-on needs, named in `lang`. Sheets shows a new sheet at once; made behind an
 * edit or a sidebar action, it must not take the person away from the sheet they are working in, so
 * the sheet shown before is shown again.
 */
export function insertCreatedSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  kind: CreatedSheet,
  lang: Lang,
): GoogleAppsScript.Spreadsheet.Sheet {
  const shown = ss.getActiveSheet();
  const sheet = ss.insertSheet(uniqueSheetName(ss, createdSheetName(kind, lang)));
  shown?.activate();
  return sheet;
}
