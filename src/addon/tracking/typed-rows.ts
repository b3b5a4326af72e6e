/**
 * A partner typed in by hand gets its ID at once, as one added from the suggestions does: Mes actions,
 * Courriels and the history all follow partners by ID, so a row without one would be left out until
 * the next « Créer / mettre à jour ».
 */
import { newIds } from './id-counter';
import { get, type PartnerTable, text } from './table';

/**
 * Gives an ID to the edited rows that name a partner and have none (onEdit on the Structure column),
 * in one write of the edited rows' ID cells, and in the table read, so the edit's other changes are
 * saved on those rows. Not through save(): it finds rows by the ID they had when read. Returns the IDs
 * given: those partners are new, with nothing in their cells before.
 */
export function idsForTypedRows(table: PartnerTable, firstRow: number, numRows: number): Set<string> {
  const column = table.positions.id;
  const edited = table.rows.slice(firstRow - 2, firstRow - 2 + numRows);
  const lacksId = (row: unknown[]) => !!text(table, row, 'structure') && !text(table, row, 'id');
  if (!column || !edited.some(lacksId)) return new Set();
  const lacking = edited.filter(lacksId);
  const ids = newIds(
    table.rows.map((row) => text(table, row, 'id')),
    lacking.length,
  );
  lacking.forEach((row, i) => {
    row[column - 1] = ids[i];
  });
  table.sheet.getRange(firstRow, column, edited.length, 1).setValues(edited.map((row) => [get(table, row, 'id')]));
  return new Set(ids);
}
