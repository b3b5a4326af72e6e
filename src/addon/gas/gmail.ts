/** Thin adapter over GmailApp, MailApp and the user's address: drafts, sending, threads, quota. */

export interface MailIds {
  draftId: string;
  messageId: string;
  /** Known for a reply; for a new draft the thread is read when it is sent. */
  threadId?: string;
}

export interface Outgoing {
  to: string;
  subject: string;
  text: string;
  html: string;
  senderName: string;
}

function options(mail: Outgoing): GoogleAppsScript.Gmail.GmailAdvancedOptions {
  return mail.senderName ? { htmlBody: mail.html, name: mail.senderName } : { htmlBody: mail.html };
}

export function createDraft(mail: Outgoing): MailIds {
  const draft = GmailApp.createDraft(mail.to, mail.subject, mail.text, options(mail));
  return { draftId: draft.getId(), messageId: draft.getMessageId() };
}

export function createDraftReply(threadId: string, mail: Omit<Outgoing, 'to' | 'subject'>): MailIds | undefined {
  const thread = GmailApp.getThreadById(threadId);
  if (!thread) return undefined;
  const draft = thread.createDraftReply(
    mail.text,
    mail.senderName ? { htmlBody: mail.html, name: mail.senderName } : { htmlBody: mail.html },
  );
  return { draftId: draft.getId(), messageId: draft.getMessageId(), threadId };
}

/** Sends a draft; undefined when it no longer exists (deleted or already sent from Gmail). */
export function sendDraft(draftId: string): { messageId: string; threadId: string } | undefined {
  let draft: GoogleAppsScript.Gmail.GmailDraft;
  try {
    draft = GmailApp.getDraft(draftId);
  } catch (_missing) {
    return undefined;
  }
  const message = draft.send();
  return { messageId: message.getId(), threadId: message.getThread().getId() };
}

export function draftExists(draftId: string): boolean {
  try {
    GmailApp.getDraft(draftId);
    return true;
  } catch (_missing) {
    return false;
  }
}

/** The message, if it exists, and whether it is still a draft. */
export function messageState(messageId: string): { draft: boolean; threadId: string; date: number } | undefined {
  try {
    const message = GmailApp.getMessageById(messageId);
    return { draft: message.isDraft(), threadId: message.getThread().getId(), date: message.getDate().getTime() };
  } catch (_missing) {
    return undefined;
  }
}

/** Senders and dates of a thread's messages. */
export function threadMessages(threadId: string): { from: string; date: number }[] {
  const thread = GmailApp.getThreadById(threadId);
  if (!thread) return [];
  return thread.getMessages().map((m) => ({ from: m.getFrom(), date: m.getDate().getTime() }));
}

export function sendEmail(mail: Outgoing): void {
  GmailApp.sendEmail(mail.to, mail.subject, mail.text, options(mail));
}

export function remainingQuota(): number {
  return MailApp.getRemainingDailyQuota();
}

/** The address of the person running the add-on; '' when Google does not give it (consumer accounts). */
export function myEmail(): string {
  try {
    return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || '';
  } catch (_error) {
    return '';
  }
}

/**
 * A draft of this mailbox to this address (in this thread, or with this subject): how a run cut between
 * asking Gmail for a draft and recording it finds that draft again instead of making a second one.
 */
export function findDraft(to: string, match: { subject?: string; threadId?: string }): MailIds | undefined {
  for (const draft of GmailApp.getDrafts()) {
    const message = draft.getMessage();
    if (message.getTo() !== to) continue;
    if (match.threadId ? message.getThread().getId() !== match.threadId : message.getSubject() !== match.subject)
      continue;
    return { draftId: draft.getId(), messageId: message.getId(), threadId: match.threadId };
  }
  return undefined;
}
