/**
 * Drafting and sending run in chunks the sidebar drives, each under the document lock, so two sidebars
 * never handle the same row and a run cut at six minutes loses nothing.
 */
import { type ChunkOutcome, MAIL_CHUNK_SIZE } from '../../rpc';
import { remainingQuota } from '../gas/gmail';
import { withDocumentLock } from '../gas/lock';
import { rowById, save } from '../tracking/table';
import { type Context, context, reasonText } from './context';

function outcome(ctx: Context, done: string[], failed: Failure[]): ChunkOutcome {
  save(ctx.table);
  return { done, failed, quota: remainingQuota() };
}

type Failure = { partnerId: string; reason: string };

/**
 * Runs one chunk (at most MAIL_CHUNK_SIZE partners) under the lock: `each` handles one partner whose row
 * exists and says whether it is done or why not; the rows are written once at the end.
 */
export function chunk(
  partnerIds: string[],
  each: (ctx: Context, partnerId: string, row: unknown[], now: Date) => true | string,
): ChunkOutcome {
  const ids = (partnerIds ?? []).slice(0, MAIL_CHUNK_SIZE);
  return withDocumentLock(() => {
    const ctx = context();
    const now = new Date();
    const done: string[] = [];
    const failed: Failure[] = [];
    for (const partnerId of ids) {
      const row = rowById(ctx.table, partnerId);
      const result = row ? each(ctx, partnerId, row, now) : reasonText(ctx.lang, 'rowGone', partnerId);
      if (result === true) done.push(partnerId);
      else failed.push({ partnerId, reason: result });
    }
    return outcome(ctx, done, failed);
  });
}
