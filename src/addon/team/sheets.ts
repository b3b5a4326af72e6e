/**
 * The team's sheets: "Équipe" (Nom, E-mail, Rôle, Partagé le) and "Historique" (Date, Qui, ID, Colonne,
 * Avant, Après), "Team" and "History" in an English workbook. Both are found by developer metadata and
 * created when missing.
 */
import { t } from '../../core/i18n';
import { META } from '../../core/schema';
import type { Lang } from '../../core/taxonomy';
import { type CreatedSheet, insertCreatedSheet } from '../sheet-names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const TEAM_TAG = 'equipe';
const HISTORY_TAG = 'historique';

function tagged(ss: Spreadsheet, key: string): Sheet | undefined {
  for (const meta of ss.createDeveloperMetadataFinder().withKey(key).find()) {
    const sheet = meta.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return undefined;
}

function create(
  ss: Spreadsheet,
  kind: CreatedSheet,
  lang: Lang,
  headers: string[],
  widths: number[],
  key: string,
  tag: string,
): Sheet {
  const sheet = insertCreatedSheet(ss, kind, lang);
  sheet.getRange(1, 1, 1, headers.length).setValues([headers]).setFontWeight('bold').setBackground('#e8f0fe');
  sheet.setFrozenRows(1);
  widths.forEach((width, i) => {
    sheet.setColumnWidth(i + 1, width);
  });
  sheet.addDeveloperMetadata(key, tag);
  return sheet;
}

export function findTeamSheet(ss: Spreadsheet): Sheet | undefined {
  return tagged(ss, META.team);
}

export function ensureTeamSheet(ss: Spreadsheet, lang: Lang): { sheet: Sheet; created: boolean } {
  const found = findTeamSheet(ss);
  if (found) return { sheet: found, created: false };
  const headers = [
    t(lang, 'team.header.name'),
    t(lang, 'team.header.email'),
    t(lang, 'team.header.role'),
    t(lang, 'team.header.shared'),
  ];
  const sheet = create(ss, 'team', lang, headers, [180, 230, 140, 110], META.team, TEAM_TAG);
  sheet.getRange(2, 1, sheet.getMaxRows() - 1, 3).setNumberFormat('@');
  sheet.getRange(2, 4, sheet.getMaxRows() - 1, 1).setNumberFormat('dd/mm/yyyy');
  sheet.getRange(1, 1).setNote(t(lang, 'team.note'));
  return { sheet, created: true };
}

export function ensureHistorySheet(ss: Spreadsheet, lang: Lang): Sheet {
  const found = tagged(ss, META.history);
  if (found) return found;
  const headers = [
    t(lang, 'history.header.date'),
    t(lang, 'history.header.who'),
    t(lang, 'history.header.id'),
    t(lang, 'history.header.column'),
    t(lang, 'history.header.before'),
    t(lang, 'history.header.after'),
  ];
  const sheet = create(ss, 'history', lang, headers, [140, 200, 80, 120, 150, 150], META.history, HISTORY_TAG);
  sheet.getRange(2, 2, sheet.getMaxRows() - 1, 5).setNumberFormat('@');
  sheet.getRange(2, 1, sheet.getMaxRows() - 1, 1).setNumberFormat('dd/mm/yyyy hh:mm');
  return sheet;
}

/** Appends rows at the end of a sheet in one write (growing it when needed). */
export function appendRows(sheet: Sheet, rows: unknown[][]): void {
  if (!rows.length) return;
  const start = sheet.getLastRow() + 1;
  const needed = start + rows.length - 1 - sheet.getMaxRows();
  if (needed > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needed);
  sheet.getRange(start, 1, rows.length, rows[0].length).setValues(rows);
}
