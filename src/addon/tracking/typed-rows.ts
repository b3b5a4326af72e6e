/**
 * A partner typed in by hand gets its ID at once, as one added from the suggestions does: Mes actions,
 * Courriels and the history all follow partners by ID, so a row without one would be left out until
 * the next « Créer / mettre à jour ».
 */
import { formatId } from '../../core/ids';
import { withDocumentLock } from '../gas/lock';
import { firstFreeId, recordLastId } from './id-counter';
import { get, openPartnerTable, text } from './table';

/**
 * Gives an ID to the edited rows that name a partner and have none (onEdit on the Structure column),
 * in one write of the edited rows' ID cells. Not through save(): it finds rows by their ID.
 */
export function idsForTypedRows(firstRow: number, numRows: number): void {
  withDocumentLock(() => {
    const table = openPartnerTable();
    const column = table.positions.id;
    const edited = table.rows.slice(firstRow - 2, firstRow - 2 + numRows);
    const lacksId = (row: unknown[]) => !!text(table, row, 'structure') && !text(table, row, 'id');
    if (!column || !edited.some(lacksId)) return;
    let next = firstFreeId(table.rows.map((row) => text(table, row, 'id')));
    const ids = edited.map((row) => [lacksId(row) ? formatId(next++) : get(table, row, 'id')]);
    table.sheet.getRange(firstRow, column, ids.length, 1).setValues(ids);
    recordLastId(next - 1);
  });
}
