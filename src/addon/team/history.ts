/** The Historique sheet: every status change, by the add-on or by hand, appended in batches. */
import type { Lang } from '../../core/taxonomy';
import { myEmail } from '../gas/gmail';
import { activeSpreadsheet } from '../gas/spreadsheet';
import { appendRows, ensureHistorySheet } from './sheets';

export interface HistoryEntry {
  partnerId: string;
  columnLabel: string;
  before: string;
  after: string;
}

export function recordHistory(lang: Lang, entries: HistoryEntry[], who = myEmail()): void {
  if (!entries.length) return;
  const sheet = ensureHistorySheet(activeSpreadsheet(), lang);
  const now = new Date();
  appendRows(
    sheet,
    entries.map((e) => [now, who || '—', e.partnerId, e.columnLabel, e.before, e.after]),
  );
}
