/**
 * What every e-mail action reads once: the partner table, the club's settings, the templates, the
 * journal of drafts and sends, the person's address; and what it asks of one row (its fields, its
 * recipient, whether it is ready).
 *
 * Each draft is recorded in document properties (one key per partner) the moment it exists, and on the
 * row when the chunk ends; a chunk cut anywhere is completed by the next one from that journal, so a
 * partner never gets two drafts.
 */
import { type MessageKey, t } from '../../core/i18n';
import {
  type BlockReason,
  emailAddressIn,
  MAIL_PREFIX,
  type MailRecord,
  parseMailRecord,
  readiness,
} from '../../core/outreach';
import { COLUMNS, type ColumnId } from '../../core/schema';
import type { ClubSettings } from '../../core/settings';
import { CATEGORIES, idFromLabel, label, STATUTS, type StatutId } from '../../core/taxonomy';
import { type Fields, fieldsFrom, pickTemplate, type Template, type TemplateKind } from '../../core/templates';
import { cellText, isDate } from '../../core/text';
import { myEmail } from '../gas/gmail';
import { documentProperties, setDocumentProperty } from '../gas/properties';
import { activeSpreadsheet } from '../gas/spreadsheet';
import { currentLang } from '../lang';
import { loadSettings } from '../settings';
import { get, openPartnerTable, type PartnerTable, set, text } from '../tracking/table';
import { readTemplates } from './templates-sheet';

export const REASON_KEYS: Record<BlockReason | 'rowGone' | 'otherMailbox' | 'quota' | 'sendFailed', MessageKey> = {
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

export function reasonText(
  lang: ReturnType<typeof currentLang>,
  reason: keyof typeof REASON_KEYS,
  detail?: string,
): string {
  return t(lang, REASON_KEYS[reason], { detail: detail ?? '' });
}

export interface Context {
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

export function context(): Context {
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
export function fieldsFor(ctx: Context, row: unknown[]): Fields {
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
    ['Signature', ctx.settings.signature || senderName(ctx)],
    ['Expéditeur', ctx.settings.senderName],
    ['Sender', ctx.settings.senderName],
    ['Commune du club', ctx.settings.commune?.nom ?? ''],
  );
  return fieldsFrom(entries);
}

export function categoryOf(ctx: Context, row: unknown[]): string {
  return idFromLabel(CATEGORIES, text(ctx.table, row, 'categorie')) || 'autre';
}

export function hasDraft(ctx: Context, partnerId: string, kind: TemplateKind): boolean {
  const record = ctx.journal[partnerId];
  return !!record && record.s === 'draft' && record.k === kind;
}

/** For a follow-up, the first message must have been sent. */
function followUpBlocked(ctx: Context, partnerId: string): boolean {
  const record = ctx.journal[partnerId];
  return !record?.t || (record.s !== 'sent' && record.k !== 'relance');
}

/** The name the messages are sent under: the sender's, else the club's. */
export function senderName(ctx: Context): string {
  return ctx.settings.senderName || ctx.settings.clubName;
}

/** Who the partner's e-mail goes to: the address in its E-mail cell, however it was pasted there. */
export function recipient(ctx: Context, row: unknown[]): string {
  return emailAddressIn(text(ctx.table, row, 'email'));
}

export function check(ctx: Context, row: unknown[], kind: TemplateKind) {
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

export function setStatus(ctx: Context, row: unknown[], status: StatutId): void {
  set(ctx.table, row, 'statut', label(STATUTS, status, ctx.table.lang));
}

export function journalWrite(ctx: Context, partnerId: string, record: MailRecord): void {
  ctx.journal[partnerId] = record;
  setDocumentProperty(`${MAIL_PREFIX}${partnerId}`, JSON.stringify(record));
}
