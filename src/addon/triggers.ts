/**
 * Simple triggers other than onOpen. onEdit must stay cheap and silent: it runs on every edit of
 * every sheet, and a person typing should never see an error from it.
 */
import { t } from '../core/i18n';
import { categoriesEditedByHand } from './classify/action';
import { logError } from './gas/log';
import { isPartnerSheet } from './tracking/locate';
import { sheetLang } from './tracking/table';

export function onEdit(event?: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    const range = event?.range;
    if (!range) return;
    const lastRow = range.getRow() + range.getNumRows() - 1;
    if (lastRow < 2) return;
    const sheet = range.getSheet();
    if (!isPartnerSheet(sheet)) return;
    const headers = sheet.getRange(1, range.getColumn(), 1, range.getNumColumns()).getValues()[0];
    if (!headers.includes(t(sheetLang(), 'column.categorie'))) return;
    const firstRow = Math.max(2, range.getRow());
    categoriesEditedByHand(firstRow, lastRow - firstRow + 1);
  } catch (error) {
    logError('onEdit', error);
  }
}
