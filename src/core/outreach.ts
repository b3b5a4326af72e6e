/**
 * Who can be written to, and why not: no e-mail, an invalid one, "Ne pas contacter", a placeholder
 * with no value, a draft already made. Pure: the addon layer reads the sheet and the journal.
 */
import { TEXT_LIMITS } from './limits';
import { type Fields, type Rendered, render, type Template } from './templates';

export type BlockReason =
  | 'noEmail'
  | 'invalidEmail'
  | 'severalEmails'
  | 'doNotContact'
  | 'missingField'
  | 'draftExists'
  | 'noTemplate'
  | 'notSent';

/** A valid single address: no spaces, no line breaks, no display name, a dotted domain. */
export function isValidEmail(value: string): boolean {
  return (
    value.length <= TEXT_LIMITS.email &&
    /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/.test(
      value,
    )
  );
}

/**
 * The address in an E-mail cell as people paste it — « Marie Dupont <marie@x.fr> » from a mail client,
 * « mailto:marie@x.fr?subject=… » from a web page — or the cell as written when it holds anything else.
 */
export function emailAddressIn(cell: string): string {
  const written = cell.trim();
  // Most cells hold the address alone: nothing to take out of it.
  if (!written.includes('<') && !/^mailto:/i.test(written)) return written;
  const inBrackets = /^[^<>]*<\s*([^<>\s]+)\s*>$/.exec(written)?.[1] ?? written;
  const mailto = /^mailto:([^?]*)/i.exec(inBrackets);
  const address = mailto ? mailto[1] : inBrackets;
  return isValidEmail(address) ? address : written;
}

export interface Candidate {
  email: string;
  doNotContact: boolean;
  /** A draft of this kind already exists for the row (journal or sheet). */
  hasDraft: boolean;
}

export type Readiness = { ok: true; rendered: Rendered } | { ok: false; reason: BlockReason; detail?: string };

export function readiness(candidate: Candidate, template: Template | undefined, fields: Fields): Readiness {
  if (candidate.doNotContact) return { ok: false, reason: 'doNotContact' };
  if (candidate.hasDraft) return { ok: false, reason: 'draftExists' };
  const email = candidate.email.trim();
  if (!email) return { ok: false, reason: 'noEmail' };
  if (!isValidEmail(email)) {
    // « contact@x.fr ; direction@x.fr », « a@x.fr et b@x.fr »: club lists keep two addresses in a cell.
    // Which one to write to is the person's choice, so say that rather than « invalid ».
    const several = email.split(/\s*[,;/]\s*|\s+(?:et|ou|and|or)\s+|\s+/i).filter(Boolean);
    const reason = several.length > 1 && several.every(isValidEmail) ? 'severalEmails' : 'invalidEmail';
    return { ok: false, reason, detail: email };
  }
  if (!template) return { ok: false, reason: 'noTemplate' };
  const rendered = render(template, fields);
  if (rendered.missing.length) return { ok: false, reason: 'missingField', detail: rendered.missing.join(', ') };
  return { ok: true, rendered };
}

/** What the add-on remembers of each partner's message, in document properties (one key per partner). */
export interface MailRecord {
  /** Draft id while a draft exists. */
  d?: string;
  /** Message id of the draft or of the sent message. */
  m?: string;
  /** Thread id. */
  t?: string;
  /** 'pending' is written just before asking Gmail for a draft: a run cut there adopts the draft it finds. */
  s: 'pending' | 'draft' | 'sent';
  k: 'premier' | 'relance';
  /** Mailbox that holds it: a draft can only be sent from there. */
  u: string;
  /** When it was sent (ms), to know which replies came after. */
  at?: number;
}

export const MAIL_PREFIX = 'pdc.mail.';

export function parseMailRecord(text: string | null | undefined): MailRecord | undefined {
  if (!text) return undefined;
  try {
    const o = JSON.parse(text) as MailRecord;
    return o && (o.s === 'pending' || o.s === 'draft' || o.s === 'sent') ? o : undefined;
  } catch {
    return undefined;
  }
}

export function draftLink(messageId: string): string {
  return `https://mail.google.com/mail/u/0/#drafts?compose=${encodeURIComponent(messageId)}`;
}

export function threadLink(threadId: string): string {
  return `https://mail.google.com/mail/u/0/#all/${encodeURIComponent(threadId)}`;
}

/** A day N days after `from`, at midnight in the sheet's time zone offset given (minutes). */
export function addDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * 86400000);
}
