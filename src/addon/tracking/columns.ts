/**
 * The columns the add-on owns: tagged with metadata so they are found wherever a person moves them,
 * given back when deleted, their headers rewritten when changed, formatted when created.
 */

import { mapHeaders } from '../../core/headers';
import { t } from '../../core/i18n';
import type { Positions } from '../../core/layout';
import { COLUMNS, type ColumnId } from '../../core/schema';
import type { Report } from './build-report';
import { columnPositions, tagColumn } from './locate';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function tagAllColumns(sheet: Sheet): void {
  COLUMNS.forEach((spec, i) => {
    tagColumn(sheet, i + 1, spec.id);
  });
}

/** Widths and number formats of columns the add-on creates (people's own columns keep theirs). */
export function formatNewColumns(sheet: Sheet, columns: [ColumnId, number][]): void {
  for (const [id, column] of columns) {
    const spec = COLUMNS.find((c) => c.id === id)!;
    sheet.setColumnWidth(column, spec.width);
    const format =
      spec.type === 'date'
        ? 'dd/mm/yyyy'
        : spec.type === 'postal' || spec.type === 'phone' || spec.type === 'id'
          ? '@'
          : '';
    if (format) sheet.getRange(2, column, sheet.getMaxRows() - 1, 1).setNumberFormat(format);
  }
}

/** Columns whose metadata was lost are found again by header, or added at the right end. */
export function ensureColumns(sheet: Sheet, report: Report): Positions {
  const positions = columnPositions(sheet);
  const missing = COLUMNS.filter((spec) => !positions[spec.id]);
  if (missing.length === 0) return positions;
  const lastColumn = Math.max(1, sheet.getLastColumn());
  const headers = sheet.getRange(1, 1, 1, lastColumn).getValues()[0];
  const used = new Set(Object.values(positions));
  const byHeader = mapHeaders(headers);
  const added: [ColumnId, number][] = [];
  let next = lastColumn + 1;
  for (const spec of missing) {
    const found = [...byHeader.entries()].find(([index, id]) => id === spec.id && !used.has(index + 1));
    if (found) {
      positions[spec.id] = found[0] + 1;
      tagColumn(sheet, found[0] + 1, spec.id);
      continue;
    }
    if (next > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), next - sheet.getMaxColumns());
    positions[spec.id] = next;
    tagColumn(sheet, next, spec.id);
    added.push([spec.id, next]);
    next += 1;
  }
  if (added.length) {
    formatNewColumns(sheet, added);
    report.changes.push(t(report.lang, 'sheet.change.columns', { count: added.length }));
  }
  return positions;
}

/** Writes what the headers should be; returns the header row as it now is. */
export function ensureHeaders(sheet: Sheet, positions: Positions, report: Report): unknown[] {
  const width = Math.max(sheet.getLastColumn(), ...Object.values(positions).map(Number));
  const range = sheet.getRange(1, 1, 1, width);
  const values = range.getValues()[0];
  const notes = range.getNotes()[0];
  const weights = range.getFontWeights()[0];
  let changed = false;
  for (const spec of COLUMNS) {
    const i = positions[spec.id]! - 1;
    const header = t(report.sheetLang, `column.${spec.id}` as never);
    const note = t(report.sheetLang, `note.${spec.id}` as never);
    if (values[i] !== header || notes[i] !== note || weights[i] !== 'bold') {
      values[i] = header;
      notes[i] = note;
      changed = true;
    }
  }
  if (!changed) return values;
  range.setValues([values]);
  range.setNotes([notes]);
  range.setFontWeight('bold').setBackground('#e8f0fe');
  report.changes.push(t(report.lang, 'sheet.change.headers'));
  return values;
}
