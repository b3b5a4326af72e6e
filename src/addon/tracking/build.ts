/**
 * "Créer / mettre à jour le tableau de suivi": builds the partner sheet and its dashboard, adopts a
 * club's own list, or repairs what a person broke, without touching data (but for the 0 a paste from
 * Excel took from postal codes and phone numbers, given back). Every step reads in one
 * call, compares, and writes only what differs; none loops over rows with service calls.
 *
 * The steps, in order: `adopt` (a club's own list) or a blank sheet, `columns`, `sheet-rules`,
 * `data-repairs`, the team and templates sheets, `dashboard`.
 */

import { t } from '../../core/i18n';
import { COLUMNS, type ColumnId, META } from '../../core/schema';
import type { Lang } from '../../core/taxonomy';
import type { BuildOutcome, BuildRequest } from '../../rpc';
import { withDocumentLock } from '../gas/lock';
import { setDocumentProperty } from '../gas/properties';
import { activeSpreadsheet } from '../gas/spreadsheet';
import { currentLang } from '../lang';
import { ensureTemplatesSheet } from '../outreach/templates-sheet';
import { createdSheetName, uniqueSheetName } from '../sheet-names';
import { ensureTeamSheet } from '../team/sheets';
import { adopt, findAdoptable, topRows } from './adopt';
import type { Report } from './build-report';
import { ensureColumns, ensureHeaders, formatNewColumns, tagAllColumns } from './columns';
import { ensureDashboard } from './dashboard';
import { assignIds } from './data-repairs';
import { findPartnerSheet, PARTNER_SHEET_TAG, rememberPositions } from './locate';
import { ensureLayout, ensureRules, ensureValidations } from './sheet-rules';
import { assertHeaderInPlace, HEADER_SEARCH_ROWS, LANG_PROPERTY, sheetLang } from './table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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
