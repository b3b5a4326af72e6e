/**
 * Finds the partner sheet and its columns by developer metadata, so a renamed sheet or moved,
 * inserted or deleted columns are found again. A constant number of calls whatever the rows.
 */

import { hashKey } from '../../core/hash';
import { columnLetter, type Positions } from '../../core/layout';
import { COLUMNS, type ColumnId, META } from '../../core/schema';
import { cacheGet, cachePut } from '../gas/cache';

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

const POSITIONS_CACHE_SECONDS = 6 * 3600;

/**
 * Where each schema column is (1-based). Reading the column metadata costs a few calls per column,
 * so the answer is cached under a fingerprint of the header row: moving, inserting, deleting or
 * renaming a column changes the header row, hence the fingerprint, and the metadata is read again.
 */
export function columnPositions(sheet: Sheet): Positions {
  return locateColumns(sheet).positions;
}

/** The positions and the header row they were found for (to check nothing moved since). */
export function locateColumns(sheet: Sheet): { positions: Positions; header: unknown[] } {
  const lastColumn = sheet.getLastColumn();
  const header = lastColumn ? sheet.getRange(1, 1, 1, lastColumn).getValues()[0] : [];
  const key = positionsKey(sheet, header);
  const cached = cacheGet(key);
  if (cached) {
    try {
      return { positions: JSON.parse(cached) as Positions, header };
    } catch {
      // read the metadata again
    }
  }
  const positions = positionsFromMetadata(sheet);
  if (COLUMNS.every((c) => positions[c.id])) cachePut(key, JSON.stringify(positions), POSITIONS_CACHE_SECONDS);
  return { positions, header };
}

function positionsKey(sheet: Sheet, header: unknown[]): string {
  return `pdc.cols:${sheet.getSheetId()}:${hashKey(JSON.stringify(header))}`;
}

/** After the build wrote the header row, the positions it knows are cached for the next actions. */
export function rememberPositions(sheet: Sheet, header: unknown[], positions: Positions): void {
  cachePut(positionsKey(sheet, header), JSON.stringify(positions), POSITIONS_CACHE_SECONDS);
}

function positionsFromMetadata(sheet: Sheet): Positions {
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
