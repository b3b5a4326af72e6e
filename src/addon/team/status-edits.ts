/** Statuses changed by hand in the sheet (onEdit). */
import { t } from '../../core/i18n';
import { withDocumentLock } from '../gas/lock';
import { openPartnerTable, save, set, text } from '../tracking/table';
import { type HistoryEntry, recordHistory } from './history';

/**
 * A person changed statuses in the sheet (onEdit): the change goes to the Historique and the rows'
 * "Modifié le" is set. Sheets gives the previous value only for a single-cell edit.
 */
export function statusEditedByHand(firstRow: number, numRows: number, before: string | undefined, who: string): void {
  withDocumentLock(() => {
    const table = openPartnerTable();
    const now = new Date();
    const rows = table.rows.slice(firstRow - 2, firstRow - 2 + numRows);
    const entries: HistoryEntry[] = rows
      .filter((row) => text(table, row, 'id'))
      .map((row) => ({
        partnerId: text(table, row, 'id'),
        columnLabel: t(table.lang, 'column.statut'),
        before: numRows === 1 ? (before ?? '') : '?',
        after: text(table, row, 'statut'),
      }));
    for (const row of rows) if (text(table, row, 'id')) set(table, row, 'modifieLe', now);
    save(table);
    recordHistory(table.lang, entries, who);
  });
}
