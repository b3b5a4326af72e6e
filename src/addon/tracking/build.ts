/**
 * "Créer / mettre à jour le tableau de suivi": builds the partner sheet and its dashboard, adopts a
 * club's own list, or repairs what a person broke, without touching data (but for the 0 a paste from
 * Excel took from postal codes and phone numbers, given back). Every step reads in one
 * call, compares, and writes only what differs; none loops over rows with service calls.
 */
import { valueForCell, withLeadingZero } from '../../core/cell-text';
import { correctByValues, findHeaderRow, mapHeaders } from '../../core/headers';
import { type MessageKey, t } from '../../core/i18n';
import { idNumber } from '../../core/ids';
import {
  columnLetter,
  dashboardGrid,
  dashboardSignature,
  type Positions,
  RULE_MARKER,
  ruleSpecs,
  validationFor,
} from '../../core/layout';
import { COLUMNS, type ColumnId, META } from '../../core/schema';
import type { Lang } from '../../core/taxonomy';
import { cellText, isDate } from '../../core/text';
import type { BuildOutcome, BuildRequest } from '../../rpc';
import { withDocumentLock } from '../gas/lock';
import { setDocumentProperty } from '../gas/properties';
import { activeSpreadsheet, buildFormulaRule, buildValidation, insertColumnChart } from '../gas/spreadsheet';
import { currentLang } from '../lang';
import { ensureTemplatesSheet } from '../outreach/templates-sheet';
import { createdSheetName, uniqueSheetName } from '../sheet-names';
import { ensureTeamSheet } from '../team/sheets';
import { newIds } from './id-counter';
import {
  columnPositions,
  DASHBOARD_TAG,
  findDashboard,
  findPartnerSheet,
  PARTNER_SHEET_TAG,
  rememberPositions,
  tagColumn,
} from './locate';
import { assertHeaderInPlace, HEADER_SEARCH_ROWS, LANG_PROPERTY, sheetLang } from './table';

/** How many of a sheet's first rows are searched for the header of a club's own list. */
const HEADER_SCAN_ROWS = 10;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface Report {
  /** The language of what is said to the person (theirs). */
  lang: Lang;
  /** The language of what is written in the workbook (the sheet's, whoever runs the build). */
  sheetLang: Lang;
  adopted?: string;
  changes: string[];
  warnings: string[];
}

interface Candidate {
  sheet: Sheet;
  headerRow: number;
  rows: number;
}

/** A sheet's first rows, where a header is looked for: one read. */
function topRows(sheet: Sheet, rows: number): { top: unknown[][]; lastRow: number } {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow === 0 || lastColumn === 0) return { top: [], lastRow };
  return { top: sheet.getRange(1, 1, Math.min(rows, lastRow), lastColumn).getValues(), lastRow };
}

/** The sheets of the club's own lists: a name-like header in their first rows. The first is adopted. */
function findAdoptable(ss: Spreadsheet): Candidate[] {
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

function createBlank(ss: Spreadsheet, lang: Lang): Sheet {
  const sheets = ss.getSheets();
  const lone =
    sheets.length === 1 && sheets[0].getLastRow() === 0 && sheets[0].getLastColumn() === 0 ? sheets[0] : undefined;
  const name = uniqueSheetName(ss, createdSheetName('partners', lang));
  const sheet = lone ? lone.setName(name) : ss.insertSheet(name, 0);
  if (sheet.getMaxColumns() < COLUMNS.length)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), COLUMNS.length - sheet.getMaxColumns());
  tagAllColumns(sheet);
  formatNewColumns(
    sheet,
    COLUMNS.map((spec, i) => [spec.id, i + 1] as [ColumnId, number]),
  );
  sheet.addDeveloperMetadata(META.sheet, PARTNER_SHEET_TAG);
  return sheet;
}

function tagAllColumns(sheet: Sheet): void {
  COLUMNS.forEach((spec, i) => {
    tagColumn(sheet, i + 1, spec.id);
  });
}

/** Widths and number formats of columns the add-on creates (people's own columns keep theirs). */
function formatNewColumns(sheet: Sheet, columns: [ColumnId, number][]): void {
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

/** Turns the club's own list into the partner sheet: schema columns first, unknown ones kept to the right. */
function adopt(ss: Spreadsheet, candidate: Candidate, report: Report): Sheet {
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

/** Columns whose metadata was lost are found again by header, or added at the right end. */
function ensureColumns(sheet: Sheet, report: Report): Positions {
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
function ensureHeaders(sheet: Sheet, positions: Positions, report: Report): unknown[] {
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

function ensureLayout(sheet: Sheet, positions: Positions, report: Report): void {
  let changed = false;
  if (sheet.getFrozenRows() !== 1) {
    sheet.setFrozenRows(1);
    changed = true;
  }
  const frozenColumns = positions.structure === 2 ? 2 : 1;
  if (sheet.getFrozenColumns() !== frozenColumns) {
    sheet.setFrozenColumns(frozenColumns);
    changed = true;
  }
  const width = Math.max(sheet.getLastColumn(), 1);
  const filter = sheet.getFilter();
  const filterRange = filter?.getRange();
  if (!filter || filterRange!.getRow() !== 1 || filterRange!.getNumColumns() < width) {
    filter?.remove();
    sheet.getRange(1, 1, sheet.getMaxRows(), width).createFilter();
    changed = true;
  }
  if (changed) report.changes.push(t(report.lang, 'sheet.change.layout'));
}

/** Gives an ID to every non-blank row without one (or with a copied one), and reports what to check. */
function assignIds(sheet: Sheet, positions: Positions, report: Report): number {
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

/** Samples the first and last data rows: a validation removed from a column shows there. */
function ensureValidations(sheet: Sheet, positions: Positions, report: Report, teamSheetName: string): void {
  const width = sheet.getLastColumn();
  const last = Math.max(2, sheet.getLastRow());
  const samples = [
    sheet.getRange(2, 1, 1, width).getDataValidations()[0],
    sheet.getRange(last, 1, 1, width).getDataValidations()[0],
  ];
  let changed = false;
  for (const spec of COLUMNS) {
    const wanted = validationFor(spec, report.sheetLang, teamSheetName);
    if (!wanted) continue;
    const column = positions[spec.id]!;
    const right = samples.every((row) => {
      const rule = row[column - 1];
      if (!rule) return false;
      const type = String(rule.getCriteriaType());
      if (wanted.kind === 'range') {
        const source = rule.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range | null;
        return type === 'VALUE_IN_RANGE' && !!source && source.getSheet().getName() === wanted.sheetName;
      }
      if (wanted.kind === 'list') {
        return (
          type === 'VALUE_IN_LIST' && JSON.stringify(rule.getCriteriaValues()[0]) === JSON.stringify(wanted.values)
        );
      }
      return type === (wanted.kind === 'date' ? 'DATE_IS_VALID_DATE' : 'CHECKBOX');
    });
    if (right) continue;
    sheet.getRange(2, column, sheet.getMaxRows() - 1, 1).setDataValidation(buildValidation(wanted));
    changed = true;
  }
  if (changed) report.changes.push(t(report.lang, 'sheet.change.validation'));
}

function ensureRules(sheet: Sheet, positions: Positions, report: Report): void {
  const wanted = ruleSpecs(positions, report.sheetLang);
  const existing = sheet.getConditionalFormatRules();
  const theirs: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  const ours = new Map<string, string>();
  for (const rule of existing) {
    const condition = rule.getBooleanCondition();
    const formula = condition ? String(condition.getCriteriaValues()[0] ?? '') : '';
    const marker = RULE_MARKER.exec(formula);
    if (!marker) {
      theirs.push(rule);
      continue;
    }
    const ranges = rule
      .getRanges()
      .map((r) => r.getA1Notation())
      .join(',');
    ours.set(marker[1], `${formula}|${ranges}|${condition!.getBackground()}`);
  }
  const maxRows = sheet.getMaxRows();
  const targetRange = (spec: (typeof wanted)[number]) =>
    sheet.getRange(2, positions[spec.target as ColumnId]!, maxRows - 1, 1);
  const a1 = (spec: (typeof wanted)[number]) => {
    const letter = columnLetter(positions[spec.target as ColumnId]!);
    return `${letter}2:${letter}${maxRows}`;
  };
  const expected = wanted.map((spec) => ({ spec, key: `${spec.formula}|${a1(spec)}|${spec.background}` }));
  const upToDate = ours.size === wanted.length && expected.every(({ spec, key }) => ours.get(spec.name) === key);
  if (upToDate) return;
  const rebuilt = expected.map(({ spec }) =>
    buildFormulaRule(spec.formula, [targetRange(spec)], spec.background, spec.fontColor),
  );
  sheet.setConditionalFormatRules([...theirs, ...rebuilt]);
  report.changes.push(t(report.lang, 'sheet.change.formats'));
}

function ensureDashboard(
  ss: Spreadsheet,
  partners: Sheet,
  positions: Positions,
  report: Report,
  teamSheetName: string,
): void {
  const signature = dashboardSignature(partners.getName(), positions, report.sheetLang, teamSheetName);
  const found = findDashboard(ss);
  if (found && found.meta.getValue() === `${DASHBOARD_TAG}|${signature}`) {
    if (found.sheet.getCharts().length > 0) return;
  }
  const sheet = found?.sheet ?? ss.insertSheet(uniqueSheetName(ss, createdSheetName('dashboard', report.sheetLang)));
  const grid = dashboardGrid(partners.getName(), positions, report.sheetLang, teamSheetName);
  sheet.clear();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  const width = grid.cells[0].length;
  sheet.getRange(1, 1, grid.cells.length, width).setValues(grid.cells);
  sheet.getRange(1, 1).setFontWeight('bold');
  sheet.setColumnWidth(1, 220);
  const { chart } = grid;
  insertColumnChart(
    sheet,
    [sheet.getRange(chart.headerRow, 2, 1, chart.numColumns), sheet.getRange(chart.totalRow, 2, 1, chart.numColumns)],
    chart.anchorRow,
    chart.anchorColumn,
    t(report.sheetLang, 'dashboard.chartTitle'),
  );
  if (found) found.meta.setValue(`${DASHBOARD_TAG}|${signature}`);
  else sheet.addDeveloperMetadata(META.dashboard, `${DASHBOARD_TAG}|${signature}`);
  report.changes.push(t(report.lang, 'sheet.change.dashboard'));
}

export function buildTrackingSheet(request: BuildRequest = {}): BuildOutcome {
  return withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const lang = sheetLang();
    const report: Report = { lang: currentLang(), sheetLang: lang, changes: [], warnings: [] };
    let sheet = findPartnerSheet(ss);
    let created = false;
    // Repairing headers pushed down by an inserted row would write them over what was inserted.
    if (sheet) assertHeaderInPlace(sheet, topRows(sheet, HEADER_SEARCH_ROWS).top);
    if (!sheet) {
      const [candidate, ...others] = findAdoptable(ss);
      if (candidate && request.adopt === undefined) {
        return {
          kind: 'confirmAdopt',
          sheetName: candidate.sheet.getName(),
          rows: candidate.rows,
          question: t(currentLang(), 'sheet.adoptConfirm', { sheet: candidate.sheet.getName(), rows: candidate.rows }),
        };
      }
      setDocumentProperty(LANG_PROPERTY, lang);
      sheet = candidate && request.adopt ? adopt(ss, candidate, report) : createBlank(ss, lang);
      if (candidate && request.adopt === false) report.warnings.push(t(report.lang, 'sheet.adoptDeclined'));
      // Only one list becomes the tracking sheet: the others are left as they are, and the person told so.
      for (const other of others)
        report.warnings.push(
          t(report.lang, 'sheet.warn.otherList', { sheet: other.sheet.getName(), rows: other.rows }),
        );
      created = true;
    }
    const positions = ensureColumns(sheet, report);
    const header = ensureHeaders(sheet, positions, report);
    ensureLayout(sheet, positions, report);
    const partners = assignIds(sheet, positions, report);
    const team = ensureTeamSheet(ss, lang);
    const teamSheetName = team.sheet.getName();
    if (team.created) report.changes.push(t(report.lang, 'sheet.change.team', { sheet: teamSheetName }));
    ensureValidations(sheet, positions, report, teamSheetName);
    ensureRules(sheet, positions, report);
    ensureDashboard(ss, sheet, positions, report, teamSheetName);
    const templates = ensureTemplatesSheet(ss, lang);
    if (templates.created)
      report.changes.push(t(report.lang, 'sheet.change.templates', { sheet: templates.sheet.getName() }));
    rememberPositions(sheet, header, positions);
    const changed = created || report.changes.length > 0;
    // Sheets opens each sheet it inserts: the person lands back on the partner list, not on the last one.
    if (changed) sheet.activate();
    const message = report.adopted
      ? report.adopted
      : created
        ? t(report.lang, 'sheet.built', { rows: partners })
        : report.changes.length
          ? t(report.lang, 'sheet.repaired', { changes: report.changes.join(', ') })
          : t(report.lang, 'sheet.upToDate', { rows: partners });
    return { kind: 'done', message, warnings: report.warnings, changed };
  });
}
