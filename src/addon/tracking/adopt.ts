/**
 * A club's own list becomes the tracking sheet: found by a name-like header in a sheet's first rows, its
 * columns recognised (headers first, then what the values say), schema columns first, its own kept to the right.
 */

import { correctByValues, findHeaderRow, mapHeaders } from '../../core/headers';
import { t } from '../../core/i18n';
import { COLUMNS, type ColumnId, META } from '../../core/schema';
import { cellText } from '../../core/text';
import { createdSheetName, uniqueSheetName } from '../sheet-names';
import type { Report } from './build-report';
import { formatNewColumns, tagAllColumns } from './columns';
import { PARTNER_SHEET_TAG } from './locate';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How many of a sheet's first rows are searched for the header of a club's own list. */
const HEADER_SCAN_ROWS = 10;

interface Candidate {
  sheet: Sheet;
  headerRow: number;
  rows: number;
}

/** A sheet's first rows, where a header is looked for: one read. */
export function topRows(sheet: Sheet, rows: number): { top: unknown[][]; lastRow: number } {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow === 0 || lastColumn === 0) return { top: [], lastRow };
  return { top: sheet.getRange(1, 1, Math.min(rows, lastRow), lastColumn).getValues(), lastRow };
}

/** The sheets of the club's own lists: a name-like header in their first rows. The first is adopted. */
export function findAdoptable(ss: Spreadsheet): Candidate[] {
  const found: Candidate[] = [];
  for (const sheet of ss.getSheets()) {
    const { top, lastRow } = topRows(sheet, HEADER_SCAN_ROWS);
    const headerIndex = findHeaderRow(top);
    if (headerIndex >= 0) found.push({ sheet, headerRow: headerIndex + 1, rows: lastRow - headerIndex - 1 });
  }
  return found;
}

/**
 * What the club's values say beyond its headers, read once: its own numbering (« N° » 12, 13) is kept
 * aside rather than replaced by P-0001…, and e-mail addresses under « Contact » become the E-mail column
 * when no header names one (else every partner would be « pas d'adresse e-mail »).
 */
function correctMapping(
  sheet: Sheet,
  headers: unknown[],
  mapped: Map<number, ColumnId>,
  rows: number,
  report: Report,
): void {
  if (rows < 1) return;
  const findings = correctByValues(mapped, sheet.getRange(2, 1, rows, headers.length).getValues());
  const title = (column: number) => cellText(headers[column]);
  if (findings.ownNumbering !== undefined)
    report.warnings.push(t(report.lang, 'sheet.warn.ownNumbering', { column: title(findings.ownNumbering) }));
  if (findings.emailsUnder !== undefined)
    report.warnings.push(t(report.lang, 'sheet.warn.emailsUnder', { column: title(findings.emailsUnder) }));
}

/** Turns the club's own list into the partner sheet: schema columns first, unknown ones kept to the right. */
export function adopt(ss: Spreadsheet, candidate: Candidate, report: Report): Sheet {
  const { sheet } = candidate;
  const original = sheet.getName();
  sheet.copyTo(ss).setName(uniqueSheetName(ss, `${original} (original)`));
  const backup = `${original} (original)`;
  if (candidate.headerRow > 1) {
    sheet.deleteRows(1, candidate.headerRow - 1);
    report.warnings.push(t(report.lang, 'sheet.warn.headerRow', { row: candidate.headerRow }));
  }
  const lastColumn = sheet.getLastColumn();
  const headerRange = sheet.getRange(1, 1, 1, lastColumn);
  if (headerRange.isPartOfMerge()) {
    headerRange.breakApart();
    report.warnings.push(t(report.lang, 'sheet.warn.merged'));
  }
  const headers = headerRange.getValues()[0];
  const mapped = mapHeaders(headers);
  correctMapping(sheet, headers, mapped, candidate.rows, report);
  // Simulate the moves on a list of column identities so every move uses current positions.
  const order: (ColumnId | number)[] = [...Array(lastColumn)].map((_, i) => mapped.get(i) ?? i + 1);
  const created: [ColumnId, number][] = [];
  COLUMNS.forEach((spec, target) => {
    const at = order.indexOf(spec.id);
    if (at === target) return;
    if (at >= 0) {
      sheet.moveColumns(sheet.getRange(1, at + 1), target + 1);
      order.splice(at, 1);
      order.splice(target, 0, spec.id);
    } else {
      sheet.insertColumnBefore(target + 1);
      order.splice(target, 0, spec.id);
      created.push([spec.id, target + 1]);
    }
  });
  tagAllColumns(sheet);
  formatNewColumns(sheet, created);
  sheet.addDeveloperMetadata(META.sheet, PARTNER_SHEET_TAG);
  const wanted = createdSheetName('partners', report.sheetLang);
  if (!ss.getSheetByName(wanted)) sheet.setName(wanted);
  report.adopted = t(report.lang, 'sheet.adopted', {
    sheet: original,
    rows: candidate.rows,
    known: mapped.size,
    kept: lastColumn - mapped.size,
    backup,
  });
  return sheet;
}
