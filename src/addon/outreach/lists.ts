/**
 * Which partners an e-mail action is for: the rows ready and why the others are not, the follow-ups due,
 * the drafts waiting to be sent.
 */
import { UserError } from '../../core/errors';
import { isDate } from '../../core/text';
import type { OutreachEntry, OutreachList, OutreachRequest } from '../../rpc';
import { remainingQuota } from '../gas/gmail';
import { selectedRows } from '../gas/spreadsheet';
import { get, rowById, statusId, text } from '../tracking/table';
import { type Context, categoryOf, check, context, reasonText, recipient } from './context';

/** Rows the request designates: the selection in the sheet, or a status and category filter. */
function chosenRows(ctx: Context, request: OutreachRequest): unknown[][] {
  const rows = ctx.table.rows.filter((row) => text(ctx.table, row, 'structure') && text(ctx.table, row, 'id'));
  if (request.scope === 'selection') {
    const span = selectedRows(ctx.table.sheet);
    if (!span) throw new UserError('mail.noSelection', { sheet: ctx.table.sheet.getName() });
    const first = Math.max(0, span.row - 2);
    const selected = new Set(ctx.table.rows.slice(first, span.row - 2 + span.numRows));
    return rows.filter((row) => selected.has(row));
  }
  return rows.filter(
    (row) =>
      (!request.status || statusId(ctx.table, row) === request.status) &&
      (!request.category || categoryOf(ctx, row) === request.category),
  );
}

export function listOutreach(request: OutreachRequest): OutreachList {
  const ctx = context();
  const ready: OutreachEntry[] = [];
  const blocked: OutreachEntry[] = [];
  for (const row of chosenRows(ctx, request)) {
    const entry = {
      partnerId: text(ctx.table, row, 'id'),
      name: text(ctx.table, row, 'structure'),
      email: recipient(ctx, row),
    };
    const result = check(ctx, row, request.kind);
    if (result.ok) ready.push(entry);
    else
      blocked.push({
        ...entry,
        reason: reasonText(ctx.lang, result.reason, 'detail' in result ? result.detail : undefined),
      });
  }
  const drafts = Object.values(ctx.journal).filter(
    (r) => r.s === 'draft' && (!r.u || !ctx.me || r.u === ctx.me),
  ).length;
  return { ready, blocked, quota: remainingQuota(), draftsToSend: drafts };
}

/** Follow-ups due: sent, unanswered, Prochaine relance reached. */
export function dueFollowUps(): OutreachEntry[] {
  const ctx = context();
  const today = new Date();
  return ctx.table.rows
    .filter((row) => {
      const due = get(ctx.table, row, 'prochaineRelance');
      const record = ctx.journal[text(ctx.table, row, 'id')];
      return (
        isDate(due) &&
        due.getTime() <= today.getTime() &&
        record?.s === 'sent' &&
        ['contacte', 'relance'].includes(statusId(ctx.table, row))
      );
    })
    .map((row) => ({
      partnerId: text(ctx.table, row, 'id'),
      name: text(ctx.table, row, 'structure'),
      email: recipient(ctx, row),
    }));
}

/** The drafts of this mailbox waiting to be sent, for "Envoyer les brouillons". */
export function listDraftsToSend(): OutreachEntry[] {
  const ctx = context();
  const out: OutreachEntry[] = [];
  for (const [partnerId, record] of Object.entries(ctx.journal)) {
    if (record.s !== 'draft' || (record.u && ctx.me && record.u !== ctx.me)) continue;
    const row = rowById(ctx.table, partnerId);
    if (row) out.push({ partnerId, name: text(ctx.table, row, 'structure'), email: recipient(ctx, row) });
  }
  return out;
}
