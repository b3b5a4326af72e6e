/**
 * Sending the drafts this mailbox holds, within the day's quota, and what a sent message changes on its row.
 */
import { addDays, type MailRecord, threadLink } from '../../core/outreach';
import type { ChunkOutcome } from '../../rpc';
import { messageState, remainingQuota, sendDraft } from '../gas/gmail';
import { set } from '../tracking/table';
import { chunk } from './chunks';
import { type Context, journalWrite, reasonText, setStatus } from './context';

/** Sends the drafts of these partners that this mailbox holds, within the day's quota. */
export function sendDraftsChunk(request: { partnerIds: string[] }): ChunkOutcome {
  return chunk(request.partnerIds, (ctx, partnerId, row, now) => {
    const record = ctx.journal[partnerId];
    if (record?.s !== 'draft' || !record.d) return reasonText(ctx.lang, 'notSent');
    if (record.u && ctx.me && record.u !== ctx.me) return reasonText(ctx.lang, 'otherMailbox', record.u);
    ctx.quota ??= remainingQuota();
    if (ctx.quota < 1) return reasonText(ctx.lang, 'quota');
    let sent: { messageId: string; threadId: string } | undefined;
    try {
      sent = sendDraft(record.d);
    } catch (_error) {
      return reasonText(ctx.lang, 'sendFailed');
    }
    if (!sent && record.m) {
      // A run cut right after sending: the draft is gone because it left.
      const state = messageState(record.m);
      if (state && !state.draft) sent = { messageId: record.m, threadId: state.threadId };
    }
    if (!sent) return reasonText(ctx.lang, 'notSent');
    ctx.quota -= 1;
    markSent(ctx, partnerId, row, record, sent, now);
    return true;
  });
}

export function markSent(
  ctx: Context,
  partnerId: string,
  row: unknown[],
  record: MailRecord,
  sent: { messageId: string; threadId: string },
  when: Date,
): void {
  journalWrite(ctx, partnerId, {
    m: sent.messageId,
    t: sent.threadId,
    s: 'sent',
    k: record.k,
    u: record.u,
    at: when.getTime(),
  });
  setStatus(ctx, row, record.k === 'relance' ? 'relance' : 'contacte');
  set(ctx.table, row, 'dernierContact', when);
  set(ctx.table, row, 'prochaineRelance', addDays(when, ctx.settings.followUpDays));
  set(ctx.table, row, 'courriel', threadLink(sent.threadId));
  if (record.k === 'relance') set(ctx.table, row, 'prochaineAction', '');
  set(ctx.table, row, 'modifieLe', when);
}
