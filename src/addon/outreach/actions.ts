/**
 * Courriels: which rows are ready and why the others are not; a preview; a test to oneself; drafts in
 * chunks driven by the sidebar; sending; reading back from Gmail; follow-ups in the same thread.
 *
 * Each draft is recorded in document properties (one key per partner) the moment it exists, and on the
 * row when the chunk ends; a chunk cut anywhere is completed by the next one from that journal, so a
 * partner never gets two drafts. Chunks hold the document lock, so two sidebars never draft the same row.
 */
import { UserError } from '../../core/errors';
import { type MessageKey, t } from '../../core/i18n';
import {
  addDays,
  type BlockReason,
  draftLink,
  emailAddressIn,
  MAIL_PREFIX,
  type MailRecord,
  parseMailRecord,
  readiness,
  threadLink,
} from '../../core/outreach';
import { COLUMNS, type ColumnId } from '../../core/schema';
import type { ClubSettings } from '../../core/settings';
import { CATEGORIES, idFromLabel, label, STATUTS, type StatutId } from '../../core/taxonomy';
import { type Fields, fieldsFrom, pickTemplate, render, type Template, type TemplateKind } from '../../core/templates';
import { cellText, isDate } from '../../core/text';
import type { ChunkOutcome, OutreachEntry, OutreachList, OutreachRequest, PreviewOutcome } from '../../rpc';
import {
  createDraft,
  createDraftReply,
  draftExists,
  findDraft,
  messageState,
  myEmail,
  type Outgoing,
  remainingQuota,
  sendDraft,
  sendEmail,
  threadMessages,
} from '../gas/gmail';
import { withDocumentLock } from '../gas/lock';
import { documentProperties, removeDocumentProperty, setDocumentProperty } from '../gas/properties';
import { activeSpreadsheet, selectedRows } from '../gas/spreadsheet';
import { currentLang } from '../lang';
import { loadSettings } from '../settings';
import { get, openPartnerTable, type PartnerTable, rowById, save, set, statusId, text } from '../tracking/table';
import { readTemplates } from './templates-sheet';

/** Most drafts one call makes: well inside the six-minute limit, and the sidebar shows progress. */
export const CHUNK_SIZE = 20;

const REASON_KEYS: Record<BlockReason | 'rowGone' | 'otherMailbox' | 'quota' | 'sendFailed', MessageKey> = {
  noEmail: 'mail.reason.noEmail',
  invalidEmail: 'mail.reason.invalidEmail',
  severalEmails: 'mail.reason.severalEmails',
  doNotContact: 'mail.reason.doNotContact',
  missingField: 'mail.reason.missingField',
  draftExists: 'mail.reason.draftExists',
  noTemplate: 'mail.reason.noTemplate',
  notSent: 'mail.reason.notSent',
  rowGone: 'mail.reason.rowGone',
  otherMailbox: 'mail.reason.otherMailbox',
  quota: 'mail.reason.quota',
  sendFailed: 'mail.reason.sendFailed',
};

interface Context {
  table: PartnerTable;
  settings: ClubSettings;
  templates: Template[];
  journal: Record<string, MailRecord>;
  me: string;
  timeZone: string;
  lang: ReturnType<typeof currentLang>;
  /** Recipients left today, read once per chunk and counted down as messages go. */
  quota?: number;
}

/** What the e-mails read and write besides ID and Structure. */
const OUTREACH_COLUMNS: ColumnId[] = [
  'email',
  'nePasContacter',
  'statut',
  'courriel',
  'dernierContact',
  'prochaineRelance',
  'prochaineAction',
];

function context(): Context {
  const ss = activeSpreadsheet();
  // « Ne pas contacter » above all: without it, a partner who asked not to be written to would be.
  const table = openPartnerTable(...OUTREACH_COLUMNS);
  const journal: Record<string, MailRecord> = {};
  for (const [key, value] of Object.entries(documentProperties())) {
    if (!key.startsWith(MAIL_PREFIX)) continue;
    const record = parseMailRecord(value);
    if (record) journal[key.slice(MAIL_PREFIX.length)] = record;
  }
  return {
    table,
    settings: loadSettings(),
    templates: readTemplates(ss, table.lang),
    journal,
    me: myEmail(),
    timeZone: ss.getSpreadsheetTimeZone(),
    lang: currentLang(),
  };
}

function dayText(value: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('fr-FR', { timeZone }).format(value);
}

/** Placeholders a template may use: every column (by its French or English header or id) and the club. */
function fieldsFor(ctx: Context, row: unknown[]): Fields {
  const entries: [string, string][] = [];
  const value = (v: unknown) =>
    isDate(v) ? dayText(v, ctx.timeZone) : typeof v === 'boolean' ? (v ? 'oui' : '') : cellText(v);
  for (const spec of COLUMNS) {
    const v = value(get(ctx.table, row, spec.id));
    entries.push(
      [t('fr', `column.${spec.id}` as MessageKey), v],
      [t('en', `column.${spec.id}` as MessageKey), v],
      [spec.id, v],
    );
  }
  ctx.table.header.forEach((header, i) => {
    entries.push([cellText(header), value(row[i])]);
  });
  entries.push(
    ['Club', ctx.settings.clubName],
    ['Signature', ctx.settings.signature || ctx.settings.senderName || ctx.settings.clubName],
    ['Expéditeur', ctx.settings.senderName],
    ['Sender', ctx.settings.senderName],
    ['Commune du club', ctx.settings.commune?.nom ?? ''],
  );
  return fieldsFrom(entries);
}

function categoryOf(ctx: Context, row: unknown[]): string {
  return idFromLabel(CATEGORIES, text(ctx.table, row, 'categorie')) || 'autre';
}

function hasDraft(ctx: Context, partnerId: string, kind: TemplateKind): boolean {
  const record = ctx.journal[partnerId];
  return !!record && record.s === 'draft' && record.k === kind;
}

/** For a follow-up, the first message must have been sent. */
function followUpBlocked(ctx: Context, partnerId: string): boolean {
  const record = ctx.journal[partnerId];
  return !record?.t || (record.s !== 'sent' && record.k !== 'relance');
}

/** Who the partner's e-mail goes to: the address in its E-mail cell, however it was pasted there. */
function recipient(ctx: Context, row: unknown[]): string {
  return emailAddressIn(text(ctx.table, row, 'email'));
}

function check(ctx: Context, row: unknown[], kind: TemplateKind) {
  const partnerId = text(ctx.table, row, 'id');
  if (kind === 'relance' && followUpBlocked(ctx, partnerId))
    return { ok: false as const, reason: 'notSent' as BlockReason };
  return readiness(
    {
      email: recipient(ctx, row),
      doNotContact:
        get(ctx.table, row, 'nePasContacter') === true ||
        /^(true|oui|x|vrai)$/i.test(text(ctx.table, row, 'nePasContacter')),
      hasDraft: hasDraft(ctx, partnerId, kind),
    },
    pickTemplate(ctx.templates, categoryOf(ctx, row), kind),
    fieldsFor(ctx, row),
  );
}

function reasonText(lang: ReturnType<typeof currentLang>, reason: keyof typeof REASON_KEYS, detail?: string): string {
  return t(lang, REASON_KEYS[reason], { detail: detail ?? '' });
}

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

function outgoing(ctx: Context, row: unknown[], kind: TemplateKind) {
  const result = check(ctx, row, kind);
  if (!result.ok) return { result };
  const mail: Outgoing = {
    to: recipient(ctx, row),
    subject: result.rendered.subject,
    text: result.rendered.text,
    html: result.rendered.html,
    senderName: ctx.settings.senderName || ctx.settings.clubName,
  };
  return { result, mail };
}

export function previewMessage(request: { partnerId: string; kind: TemplateKind }): PreviewOutcome {
  const ctx = context();
  const row = rowById(ctx.table, request.partnerId);
  if (!row) throw new UserError('mail.reason.rowGone', { detail: request.partnerId });
  const template = pickTemplate(ctx.templates, categoryOf(ctx, row), request.kind);
  if (!template) throw new UserError('mail.reason.noTemplate');
  const rendered = render(template, fieldsFor(ctx, row));
  return { to: recipient(ctx, row), ...rendered };
}

/** "M'envoyer un test": the rendered message, to the person's own address. */
export function sendTest(request: { partnerId: string; kind: TemplateKind }): { message: string } {
  const ctx = context();
  if (!ctx.me) throw new UserError('mail.noOwnAddress');
  const row = rowById(ctx.table, request.partnerId);
  if (!row) throw new UserError('mail.reason.rowGone', { detail: request.partnerId });
  const template = pickTemplate(ctx.templates, categoryOf(ctx, row), request.kind);
  if (!template) throw new UserError('mail.reason.noTemplate');
  const rendered = render(template, fieldsFor(ctx, row));
  if (remainingQuota() < 1) throw new UserError('mail.reason.quota');
  sendEmail({
    to: ctx.me,
    subject: `[Test] ${rendered.subject}`,
    text: rendered.text,
    html: rendered.html,
    senderName: ctx.settings.senderName || ctx.settings.clubName,
  });
  return { message: t(ctx.lang, 'mail.testSent', { email: ctx.me }) };
}

function setStatus(ctx: Context, row: unknown[], status: StatutId): void {
  set(ctx.table, row, 'statut', label(STATUTS, status, ctx.table.lang));
}

function journalWrite(ctx: Context, partnerId: string, record: MailRecord): void {
  ctx.journal[partnerId] = record;
  setDocumentProperty(`${MAIL_PREFIX}${partnerId}`, JSON.stringify(record));
}

/** Puts on the row what the journal knows (a run cut after a draft, before the row was written). */
function reflect(ctx: Context, row: unknown[], record: MailRecord, now: Date): void {
  if (record.s === 'draft' && record.m) {
    set(ctx.table, row, 'courriel', draftLink(record.m));
    if (record.k === 'premier' && statusId(ctx.table, row) === 'a_contacter') setStatus(ctx, row, 'brouillon');
  }
  set(ctx.table, row, 'modifieLe', now);
}

function outcome(ctx: Context, done: string[], failed: Failure[]): ChunkOutcome {
  save(ctx.table);
  return { done, failed, quota: remainingQuota() };
}

type Failure = { partnerId: string; reason: string };

/**
 * Runs one chunk (at most CHUNK_SIZE partners) under the lock: `each` handles one partner whose row
 * exists and says whether it is done or why not; the rows are written once at the end.
 */
function chunk(
  partnerIds: string[],
  each: (ctx: Context, partnerId: string, row: unknown[], now: Date) => true | string,
): ChunkOutcome {
  const ids = (partnerIds ?? []).slice(0, CHUNK_SIZE);
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

function markSent(
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
