/**
 * Finds the partner sheet and its columns by developer metadata, so a renamed sheet or moved,
 * inserted or deleted columns are found again. A constant number of calls whatever the rows.
 */
import { columnLetter, type Positions } from '../../core/layout';
import { COLUMNS, type ColumnId, META } from '../../core/schema';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const PARTNER_SHEET_TAG = 'partenaires';
export const DASHBOARD_TAG = 'tableau-de-bord';

function sheetTagged(
  ss: Spreadsheet,
  key: string,
  value: string,
): { sheet: Sheet; meta: GoogleAppsScript.Spreadsheet.DeveloperMetadata } | undefined {
  for (const meta of ss.createDeveloperMetadataFinder().withKey(key).find()) {
    if (String(meta.getValue()).split('|')[0] !== value) continue;
    const sheet = meta.getLocation().getSheet();
    if (sheet) return { sheet, meta };
  }
  return undefined;
}

export function findPartnerSheet(ss: Spreadsheet): Sheet | undefined {
  return sheetTagged(ss, META.sheet, PARTNER_SHEET_TAG)?.sheet;
}

export function findDashboard(ss: Spreadsheet) {
  return sheetTagged(ss, META.dashboard, DASHBOARD_TAG);
}

const KNOWN = new Set<string>(COLUMNS.map((c) => c.id));

/** Where each schema column is (1-based), read from the column metadata of the sheet. */
export function columnPositions(sheet: Sheet): Positions {
  const positions: Positions = {};
  for (const meta of sheet.createDeveloperMetadataFinder().withKey(META.column).find()) {
    const id = String(meta.getValue());
    const column = meta.getLocation().getColumn();
    if (!KNOWN.has(id) || !column || positions[id as ColumnId]) continue;
    positions[id as ColumnId] = column.getColumn();
  }
  return positions;
}

export function tagColumn(sheet: Sheet, column: number, id: ColumnId): void {
  const letter = columnLetter(column);
  sheet.getRange(`${letter}:${letter}`).addDeveloperMetadata(META.column, id);
}

/** True when this sheet is the partner sheet (cheap: the sheet's own metadata only). */
export function isPartnerSheet(sheet: Sheet): boolean {
  return sheet
    .getDeveloperMetadata()
    .some((meta) => meta.getKey() === META.sheet && String(meta.getValue()).split('|')[0] === PARTNER_SHEET_TAG);
}
