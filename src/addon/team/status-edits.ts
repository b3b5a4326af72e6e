/** Statuses changed by hand in the sheet (onEdit). */
import { t } from '../../core/i18n';
import { type PartnerTable, set, text } from '../tracking/table';

/**
 * A person changed statuses in the sheet (onEdit): the rows' "Modifié le" is set and the change goes to
 * the Historique, both when the caller saves the table. Sheets gives the previous value of a single cell
 * only (`before`); in a block, a partner numbered by this very edit had no status, any other one's previous
 * status is not known, and the Historique says so.
 */
export function statusEditedByHand(
  table: PartnerTable,
  firstRow: number,
  numRows: number,
  before: string | undefined,
  newPartners: ReadonlySet<string>,
): void {
  const now = new Date();
  for (const row of table.rows.slice(firstRow - 2, firstRow - 2 + numRows)) {
    const partnerId = text(table, row, 'id');
    if (!partnerId) continue;
    table.history.push({
      partnerId,
      column: 'statut',
      before: before ?? (newPartners.has(partnerId) ? '' : t(table.lang, 'history.beforeUnknown')),
      after: text(table, row, 'statut'),
    });
    set(table, row, 'modifieLe', now);
  }
}
