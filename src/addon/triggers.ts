/**
 * Simple triggers other than onOpen. onEdit must stay cheap and silent: it runs on every edit of
 * every sheet, and a person typing should never see an error from it.
 */
import { t } from '../core/i18n';
import { cellText } from '../core/text';
import { categoriesEditedByHand } from './classify/action';
import { withDocumentLock } from './gas/lock';
import { logError } from './gas/log';
import { statusEditedByHand } from './team/status-edits';
import { isPartnerSheet } from './tracking/locate';
import { openPartnerTable, save, sheetLang } from './tracking/table';
import { idsForTypedRows } from './tracking/typed-rows';

/** Who made the edit, as the event tells it (a User object in Sheets). */
function editor(event: GoogleAppsScript.Events.SheetsOnEdit | undefined): string {
  const user = event?.user as unknown as { getEmail?: () => string; email?: string } | undefined;
  if (!user) return '';
  return typeof user.getEmail === 'function' ? user.getEmail() : (user.email ?? '');
}

/**
 * Rows inserted, deleted or sorted between the typing and onEdit's read: the cell no longer holds what
 * was typed, and where its row went is unknown, so the edit is left alone rather than put on another
 * partner (Classer later keeps a category with no "auto" mark as a person's choice). Sheets gives the
 * value of a single cell only, as typed: a paste, or a number or date Sheets parsed, is taken as read.
 */
function movedSinceTyping(cell: unknown, typed: unknown): boolean {
  return (typeof cell === 'string' || cell === undefined) && cellText(cell) !== cellText(typed ?? '');
}

export function onEdit(event?: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    const range = event?.range;
    if (!range) return;
    // The edited block is read once, and only as far as needed: onEdit runs on every edit of every sheet.
    const top = range.getRow();
    const height = range.getNumRows();
    const lastRow = top + height - 1;
    if (lastRow < 2) return;
    const sheet = range.getSheet();
    if (!isPartnerSheet(sheet)) return;
    const left = range.getColumn();
    const width = range.getNumColumns();
    const headers = sheet.getRange(1, left, 1, width).getValues()[0];
    const lang = sheetLang();
    const typed = (id: 'structure' | 'statut' | 'categorie') => headers.includes(t(lang, `column.${id}`));
    if (!typed('structure') && !typed('statut') && !typed('categorie')) return;
    const firstRow = Math.max(2, top);
    const numRows = lastRow - firstRow + 1;
    const single = height === 1 && width === 1;
    // Whole rows pasted touch the three columns at once: one read of the table serves them, one save.
    withDocumentLock(() => {
      const table = openPartnerTable();
      if (single && movedSinceTyping(table.rows[firstRow - 2]?.[left - 1], event?.value)) return;
      // IDs first: the status history and the categories' changes follow partners by ID.
      const newPartners = typed('structure') ? idsForTypedRows(table, firstRow, numRows) : new Set<string>();
      if (typed('statut')) {
        // Sheets leaves oldValue out for a cell that was empty, and for any edit of more than one cell.
        const before = single ? String(event?.oldValue ?? '') : undefined;
        statusEditedByHand(table, firstRow, numRows, before, newPartners);
      }
      if (typed('categorie')) categoriesEditedByHand(table, firstRow, numRows);
      save(table, editor(event));
    });
  } catch (error) {
    logError('onEdit', error);
  }
}
