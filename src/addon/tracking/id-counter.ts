/**
 * The partner ID counter, in document properties: IDs only go up, so one is never reused even after
 * its row is deleted. The one place that hands IDs out — to a built sheet's rows, to suggestions
 * added, to partners typed in.
 */
import { formatId, nextIdNumber } from '../../core/ids';
import { documentProperty, setDocumentProperty } from '../gas/properties';

const LAST_ID_PROPERTY = 'pdc.lastId';

/**
 * `count` new IDs (« P-0042 »…), above every ID in `existing` and every one handed out before. Recorded
 * at once: an ID whose write then fails is skipped, never given twice.
 */
export function newIds(existing: unknown[], count: number): string[] {
  if (count <= 0) return [];
  const first = nextIdNumber(existing, Number(documentProperty(LAST_ID_PROPERTY) ?? 0) || 0);
  setDocumentProperty(LAST_ID_PROPERTY, String(first + count - 1));
  return Array.from({ length: count }, (_, i) => formatId(first + i));
}
