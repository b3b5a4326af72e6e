/**
 * Reading back from Gmail what happened outside the add-on: drafts sent or deleted there, replies received.
 */
import { t } from '../../core/i18n';
import { MAIL_PREFIX } from '../../core/outreach';
import { draftExists, messageState, threadMessages } from '../gas/gmail';
import { withDocumentLock } from '../gas/lock';
import { removeDocumentProperty } from '../gas/properties';
import { rowById, save, set, statusId, text } from '../tracking/table';
import { context, setStatus } from './context';
import { markSent } from './sending';

function fromMe(from: string, me: string): boolean {
  return !!me && from.toLowerCase().includes(me.toLowerCase());
}

/**
 * "Synchroniser avec Gmail": a draft sent from Gmail makes the row "Contacté"; a reply from someone
 * else makes it "En discussion"; a deleted draft is reported and forgotten.
 */
export function syncGmail(): { message: string; sent: number; replies: number; deleted: string[] } {
  return withDocumentLock(() => {
    const ctx = context();
    const now = new Date();
    let sent = 0;
    let replies = 0;
    const deleted: string[] = [];
    for (const [partnerId, record] of Object.entries(ctx.journal)) {
      if (record.u && ctx.me && record.u !== ctx.me) continue;
      const row = rowById(ctx.table, partnerId);
      if (!row) continue;
      if (record.s === 'draft' && record.d && !draftExists(record.d)) {
        const state = record.m ? messageState(record.m) : undefined;
        if (state && !state.draft) {
          markSent(
            ctx,
            partnerId,
            row,
            record,
            { messageId: record.m!, threadId: state.threadId },
            new Date(state.date),
          );
          sent += 1;
        } else {
          deleted.push(text(ctx.table, row, 'structure'));
          removeDocumentProperty(`${MAIL_PREFIX}${partnerId}`);
          delete ctx.journal[partnerId];
          set(ctx.table, row, 'courriel', '');
          if (statusId(ctx.table, row) === 'brouillon') setStatus(ctx, row, 'a_contacter');
          set(ctx.table, row, 'modifieLe', now);
        }
        continue;
      }
      const current = ctx.journal[partnerId];
      if (current?.s !== 'sent' || !current.t) continue;
      const answered = threadMessages(current.t).some((m) => !fromMe(m.from, ctx.me) && m.date >= (current.at ?? 0));
      // A status typed outside the list (statusId '') is a person's: an answer does not overwrite it.
      if (answered && ['contacte', 'relance', 'brouillon', 'a_contacter'].includes(statusId(ctx.table, row))) {
        setStatus(ctx, row, 'en_discussion');
        set(ctx.table, row, 'modifieLe', now);
        replies += 1;
      }
    }
    save(ctx.table);
    return {
      sent,
      replies,
      deleted,
      message: t(ctx.lang, 'mail.synced', { sent, replies, deleted: deleted.length }),
    };
  });
}
