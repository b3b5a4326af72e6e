/** Statuses changed by hand in the sheet (onEdit). */
import { type PartnerTable, set, text } from '../tracking/table';

/**
 * A person changed statuses in the sheet (onEdit): the rows' "Modifié le" is set and the change goes to
 * the Historique, both when the caller saves the table. Sheets gives the previous value only for a
 * single-cell edit.
 */
export function statusEditedByHand(
  table: PartnerTable,
  firstRow: number,
  numRows: number,
  before: string | undefined,
): void {
  const now = new Date();
  for (const row of table.rows.slice(firstRow - 2, firstRow - 2 + numRows)) {
    const partnerId = text(table, row, 'id');
    if (!partnerId) continue;
    table.history.push({
      partnerId,
      column: 'statut',
      before: numRows === 1 ? (before ?? '') : '?',
      after: text(table, row, 'statut'),
    });
    set(table, row, 'modifieLe', now);
  }
}
