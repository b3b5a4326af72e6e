/**
 * What keeps the sheet usable as people type in it: the frozen header and name columns, the filter, the dropdowns and
 * checks of each column, the conditional formats.
 */

import { t } from '../../core/i18n';
import { columnLetter, type Positions, RULE_MARKER, ruleSpecs, validationFor } from '../../core/layout';
import { COLUMNS, type ColumnId } from '../../core/schema';
import { buildFormulaRule, buildValidation } from '../gas/spreadsheet';
import type { Report } from './build-report';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function ensureLayout(sheet: Sheet, positions: Positions, report: Report): void {
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

/** Samples the first and last data rows: a validation removed from a column shows there. */
export function ensureValidations(sheet: Sheet, positions: Positions, report: Report, teamSheetName: string): void {
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

export function ensureRules(sheet: Sheet, positions: Positions, report: Report): void {
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
