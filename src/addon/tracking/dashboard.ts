/**
 * The dashboard sheet: its formulas and chart, rewritten only when what they count has changed.
 */

import { t } from '../../core/i18n';
import { dashboardGrid, dashboardSignature, type Positions } from '../../core/layout';
import { META } from '../../core/schema';
import { insertColumnChart } from '../gas/spreadsheet';
import { createdSheetName, uniqueSheetName } from '../sheet-names';
import type { Report } from './build-report';
import { DASHBOARD_TAG, findDashboard } from './locate';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function ensureDashboard(
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
