/**
 * Drafts in Gmail, first contact or follow-up in the same thread, one chunk at a time.
 */
import { t } from '../../core/i18n';
import { type BlockReason, draftLink, type MailRecord } from '../../core/outreach';
import type { TemplateKind } from '../../core/templates';
import type { ChunkOutcome } from '../../rpc';
import { createDraft, createDraftReply, findDraft, type Outgoing } from '../gas/gmail';
import { set, statusId } from '../tracking/table';
import { chunk } from './chunks';
import { type Context, check, hasDraft, journalWrite, reasonText, recipient, senderName, setStatus } from './context';

function outgoing(ctx: Context, row: unknown[], kind: TemplateKind) {
  const result = check(ctx, row, kind);
  if (!result.ok) return { result };
  const mail: Outgoing = {
    to: recipient(ctx, row),
    subject: result.rendered.subject,
    text: result.rendered.text,
    html: result.rendered.html,
    senderName: senderName(ctx),
  };
  return { result, mail };
}

/** Puts on the row what the journal knows (a run cut after a draft, before the row was written). */
function reflect(ctx: Context, row: unknown[], record: MailRecord, now: Date): void {
  if (record.s === 'draft' && record.m) {
    set(ctx.table, row, 'courriel', draftLink(record.m));
    if (record.k === 'premier' && statusId(ctx.table, row) === 'a_contacter') setStatus(ctx, row, 'brouillon');
  }
  set(ctx.table, row, 'modifieLe', now);
}

/** One chunk of drafts, first contact or follow-up in the same thread. */
export function createDraftsChunk(request: { partnerIds: string[]; kind: TemplateKind }): ChunkOutcome {
  return chunk(request.partnerIds, (ctx, partnerId, row, now) => {
    if (hasDraft(ctx, partnerId, request.kind)) {
      reflect(ctx, row, ctx.journal[partnerId], now);
      return true;
    }
    const { result, mail } = outgoing(ctx, row, request.kind);
    if (!mail)
      return reasonText(ctx.lang, (result as { reason: BlockReason }).reason, (result as { detail?: string }).detail);
    const previous = ctx.journal[partnerId];
    const thread = previous?.t;
    const reply = request.kind === 'relance' && !!thread;
    // A previous run may have been cut between asking Gmail and recording the draft: adopt that one.
    let ids =
      previous?.s === 'pending'
        ? findDraft(mail.to, reply ? { threadId: thread } : { subject: mail.subject })
        : undefined;
    if (!ids) {
      journalWrite(ctx, partnerId, { ...(previous ?? {}), s: 'pending', k: request.kind, u: ctx.me });
      ids = reply ? createDraftReply(thread!, mail) : createDraft(mail);
    }
    if (!ids) return reasonText(ctx.lang, 'notSent');
    journalWrite(ctx, partnerId, {
      d: ids.draftId,
      m: ids.messageId,
      t: ids.threadId ?? thread,
      s: 'draft',
      k: request.kind,
      u: ctx.me,
      at: previous?.at,
    });
    reflect(ctx, row, ctx.journal[partnerId], now);
    if (request.kind === 'relance') set(ctx.table, row, 'prochaineAction', t(ctx.table.lang, 'mail.followUpReady'));
    return true;
  });
}
