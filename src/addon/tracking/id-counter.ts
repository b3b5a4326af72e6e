/**
 * The partner ID counter, in document properties: IDs only go up, so one is never reused even after
 * its row is deleted. The one place that reads and moves it.
 */
import { nextIdNumber } from '../../core/ids';
import { documentProperty, setDocumentProperty } from '../gas/properties';

const LAST_ID_PROPERTY = 'pdc.lastId';

/** The first free number above every ID in the sheet and above the stored counter. */
export function firstFreeId(existing: unknown[]): number {
  return nextIdNumber(existing, Number(documentProperty(LAST_ID_PROPERTY) ?? 0) || 0);
}

/** Records the last number handed out. */
export function recordLastId(last: number): void {
  setDocumentProperty(LAST_ID_PROPERTY, String(last));
}
