/**
 * The only data a build writes: an ID for every partner without one (or with a copied one), and the 0
 * a paste from Excel took from postal codes and phone numbers.
 */

import { valueForCell, withLeadingZero } from '../../core/cell-text';
import { type MessageKey, t } from '../../core/i18n';
import { idNumber } from '../../core/ids';
import type { Positions } from '../../core/layout';
import type { ColumnId } from '../../core/schema';
import { cellText, isDate } from '../../core/text';
import type { Report } from './build-report';
import { newIds } from './id-counter';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Gives an ID to every non-blank row without one (or with a copied one), and reports what to check. */
export function assignIds(sheet: Sheet, positions: Positions, report: Report): number {
  const lastRow = sheet.getLastRow();
  if (lastRow < 2) return 0;
  const width = sheet.getLastColumn();
  const rows = sheet.getRange(2, 1, lastRow - 1, width).getValues();
  const idIndex = positions.id! - 1;
  const seen = new Set<number>();
  // Each row keeps its ID, or needs a new one (none yet, or a copy of the row above's).
  const ids: (string | undefined)[] = [];
  let blank = 0;
  let partners = 0;
  for (const row of rows) {
    const current = row[idIndex];
    const isBlank = row.every((v, i) => i === idIndex || cellText(v) === '' || v === false);
    const n = idNumber(current);
    if (isBlank) {
      if (n === undefined) blank += 1;
      ids.push(cellText(current));
      continue;
    }
    partners += 1;
    if (n !== undefined && !seen.has(n)) {
      seen.add(n);
      ids.push(cellText(current));
    } else ids.push(undefined);
  }
  const assigned = ids.filter((id) => id === undefined).length;
  if (assigned) {
    const fresh = newIds(
      rows.map((r) => r[idIndex]),
      assigned,
    );
    let k = 0;
    sheet.getRange(2, positions.id!, rows.length, 1).setValues(ids.map((id) => [id ?? fresh[k++]]));
    report.changes.push(t(report.lang, 'sheet.change.ids', { count: assigned }));
  }
  if (blank) report.warnings.push(t(report.lang, 'sheet.warn.blankRows', { count: blank }));
  for (const id of ['dernierContact', 'prochaineRelance'] as ColumnId[]) {
    const index = positions[id]! - 1;
    const textDates = rows.filter((r) => typeof r[index] === 'string' && r[index] !== '' && !isDate(r[index])).length;
    if (textDates) {
      report.warnings.push(
        t(report.lang, 'sheet.warn.textDates', {
          count: textDates,
          column: t(report.sheetLang, `column.${id}` as never),
        }),
      );
    }
  }
  restoreLeadingZeros(sheet, positions, rows, report);
  return partners;
}

const LEADING_ZEROS: [ColumnId, 'postal' | 'phone', MessageKey][] = [
  ['codePostal', 'postal', 'sheet.change.postalZeros'],
  ['telephone', 'phone', 'sheet.change.phoneZeros'],
];

/**
 * Postal codes and phone numbers a spreadsheet stored as numbers get back the 0 it dropped (the SIREN
 * look-up compares postal codes as written), as text; formulas in those columns stay formulas.
 */
function restoreLeadingZeros(sheet: Sheet, positions: Positions, rows: unknown[][], report: Report): void {
  for (const [id, kind, message] of LEADING_ZEROS) {
    const column = positions[id];
    if (!column) continue;
    const restored = rows.map((row) => withLeadingZero(row[column - 1], kind));
    const count = restored.filter((value) => value !== undefined).length;
    if (!count) continue;
    const range = sheet.getRange(2, column, rows.length, 1);
    const formulas = range.getFormulas();
    const formats = range.getNumberFormats();
    range.setValues(
      rows.map((row, i) => {
        const text = restored[i];
        return [formulas[i][0] || (text === undefined ? row[column - 1] : valueForCell(text, formats[i][0]))];
      }),
    );
    // An adoption's outcome names only the list adopted: what was restored in its data goes with what to check.
    (report.adopted ? report.warnings : report.changes).push(t(report.lang, message, { count }));
  }
}
