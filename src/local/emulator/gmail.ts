/**
 * GmailApp (drafts, messages, threads) and MailApp's quota. A mailbox is a list of threads; a draft
 * is a message with draft=true. Sending spends the daily recipient quota, as Google counts it.
 */
import type { Clock } from './clock';
import type { Emulated } from './strict';

export interface MailMessage {
  id: string;
  threadId: string;
  from: string;
  to: string;
  subject: string;
  plainBody: string;
  htmlBody?: string;
  date: number;
  draft: boolean;
  draftId?: string;
  senderName?: string;
  inReplyTo?: string;
}

export interface Mailbox {
  owner: string;
  threads: { id: string; messages: MailMessage[] }[];
  quota: number;
  nextId: number;
}

export interface DraftOptions {
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  cc?: string;
  bcc?: string;
}

const ADDRESS = /^[^@\s<>",;]+@[^@\s<>",;]+\.[^@\s<>",;]+$/;

function checkRecipients(to: string): void {
  for (const part of to
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const bare = /<([^>]+)>$/.exec(part)?.[1] ?? part;
    if (!ADDRESS.test(bare)) throw new Error(`Invalid email: ${part}`);
  }
  if (/[\r\n]/.test(to)) throw new Error(`Invalid email: ${to}`);
}

function checkSubject(subject: string): void {
  if (/[\r\n]/.test(subject)) throw new Error('Invalid argument: subject');
}

export class GmailMessageE implements Emulated {
  readonly className = 'GmailMessage';
  constructor(
    private readonly box: Mailbox,
    readonly _m: MailMessage,
    private readonly app?: GmailAppE,
  ) {}
  getId(): string {
    return this._m.id;
  }
  getSubject(): string {
    return this._m.subject;
  }
  getTo(): string {
    return this._m.to;
  }
  getFrom(): string {
    return this._m.senderName ? `${this._m.senderName} <${this._m.from}>` : this._m.from;
  }
  getDate(): Date {
    return new Date(this._m.date);
  }
  getPlainBody(): string {
    return this._m.plainBody;
  }
  getBody(): string {
    return this._m.htmlBody ?? this._m.plainBody;
  }
  isDraft(): boolean {
    return this._m.draft;
  }
  getThread(): GmailThreadE {
    const thread = this.box.threads.find((t) => t.id === this._m.threadId);
    if (!thread) throw new Error('Thread not found.');
    return new GmailThreadE(this.box, thread, this.app);
  }
}

export class GmailThreadE implements Emulated {
  readonly className = 'GmailThread';
  constructor(
    private readonly box: Mailbox,
    private readonly thread: { id: string; messages: MailMessage[] },
    private readonly app?: GmailAppE,
  ) {}
  /** A draft reply to the thread, addressed to the sender of its last message (or its recipient if that was us). */
  createDraftReply(body: string, options: DraftOptions = {}): GmailDraftE {
    if (!this.app) throw new Error('not emulated: GmailThread.createDraftReply outside GmailApp');
    return this.app._draftReply(this.thread.id, body, options);
  }
  getId(): string {
    return this.thread.id;
  }
  getMessages(): GmailMessageE[] {
    return this.thread.messages.filter((m) => !m.draft).map((m) => new GmailMessageE(this.box, m, this.app));
  }
  getMessageCount(): number {
    return this.thread.messages.filter((m) => !m.draft).length;
  }
  getFirstMessageSubject(): string {
    return this.thread.messages[0]?.subject ?? '';
  }
  getLastMessageDate(): Date {
    return new Date(Math.max(...this.thread.messages.filter((m) => !m.draft).map((m) => m.date)));
  }
  getPermalink(): string {
    return `https://mail.google.com/mail/#all/${this.thread.id}`;
  }
}

export class GmailDraftE implements Emulated {
  readonly className = 'GmailDraft';
  constructor(
    private readonly app: GmailAppE,
    private readonly box: Mailbox,
    readonly _m: MailMessage,
  ) {}
  getId(): string {
    return this._m.draftId!;
  }
  getMessageId(): string {
    return this._m.id;
  }
  getMessage(): GmailMessageE {
    return new GmailMessageE(this.box, this._m, this.app);
  }
  update(recipient: string, subject: string, body: string, options: DraftOptions = {}): GmailDraftE {
    this.app._assertDraft(this._m);
    checkRecipients(recipient);
    checkSubject(subject);
    Object.assign(this._m, {
      to: recipient,
      subject,
      plainBody: body,
      htmlBody: options.htmlBody,
      senderName: options.name,
    });
    return this;
  }
  send(): GmailMessageE {
    this.app._assertDraft(this._m);
    this.app._spend(this._m.to);
    this._m.draft = false;
    this._m.date = this.app._now();
    this._m.draftId = undefined;
    return new GmailMessageE(this.box, this._m, this.app);
  }
  deleteDraft(): void {
    this.app._assertDraft(this._m);
    for (const thread of this.box.threads) thread.messages = thread.messages.filter((m) => m !== this._m);
    this.box.threads = this.box.threads.filter((t) => t.messages.length > 0);
  }
}

export class GmailAppE implements Emulated {
  readonly className = 'GmailApp';
  constructor(
    private readonly box: Mailbox,
    private readonly clock: Clock,
  ) {}
  _now(): number {
    return this.clock.now();
  }
  _id(prefix: string): string {
    this.box.nextId += 1;
    return `${prefix}${(0x18c0000000 + this.box.nextId).toString(16)}`;
  }
  _assertDraft(message: MailMessage): void {
    if (!message.draft || !this.box.threads.some((t) => t.messages.includes(message)))
      throw new Error('Draft not found.');
  }
  _spend(to: string): void {
    const count = to.split(',').filter((s) => s.trim()).length;
    if (this.box.quota < count) throw new Error('Service invoked too many times for one day: email.');
    this.box.quota -= count;
  }
  private _draft(to: string, subject: string, body: string, options: DraftOptions, threadId?: string): GmailDraftE {
    checkRecipients(to);
    checkSubject(subject);
    const message: MailMessage = {
      id: this._id('m'),
      threadId: threadId ?? this._id('t'),
      from: this.box.owner,
      to,
      subject,
      plainBody: body,
      htmlBody: options.htmlBody,
      senderName: options.name,
      date: this.clock.now(),
      draft: true,
      draftId: this._id('r-'),
    };
    const thread = this.box.threads.find((t) => t.id === message.threadId);
    if (thread) thread.messages.push(message);
    else this.box.threads.push({ id: message.threadId, messages: [message] });
    return new GmailDraftE(this, this.box, message);
  }
  createDraft(recipient: string, subject: string, body: string, options: DraftOptions = {}): GmailDraftE {
    return this._draft(recipient, subject, body, options);
  }
  _draftReply(threadId: string, body: string, options: DraftOptions): GmailDraftE {
    const thread = this.box.threads.find((t) => t.id === threadId);
    if (!thread) throw new Error('Thread not found.');
    const sent = thread.messages.filter((m) => !m.draft);
    const last = sent[sent.length - 1] ?? thread.messages[0];
    const to = last.from === this.box.owner ? last.to : last.from;
    const subject = thread.messages[0].subject;
    return this._draft(to, subject.startsWith('Re:') ? subject : `Re: ${subject}`, body, options, threadId);
  }
  getDrafts(): GmailDraftE[] {
    return this.box.threads.flatMap((t) =>
      t.messages.filter((m) => m.draft).map((m) => new GmailDraftE(this, this.box, m)),
    );
  }
  getDraft(draftId: string): GmailDraftE {
    const found = this.box.threads.flatMap((t) => t.messages).find((m) => m.draft && m.draftId === draftId);
    if (!found) throw new Error(`Draft not found: ${draftId}`);
    return new GmailDraftE(this, this.box, found);
  }
  getDraftMessages(): GmailMessageE[] {
    return this.getDrafts().map((d) => d.getMessage());
  }
  getMessageById(id: string): GmailMessageE {
    const found = this.box.threads.flatMap((t) => t.messages).find((m) => m.id === id);
    if (!found) throw new Error(`Message not found: ${id}`);
    return new GmailMessageE(this.box, found, this);
  }
  getThreadById(id: string): GmailThreadE | null {
    const found = this.box.threads.find((t) => t.id === id);
    return found ? new GmailThreadE(this.box, found, this) : null;
  }
  sendEmail(recipient: string, subject: string, body: string, options: DraftOptions = {}): GmailAppE {
    const draft = this._draft(recipient, subject, body, options);
    draft.send();
    return this;
  }
  /** Test helper reached from the harness, not from add-on code: a reply arriving from someone else. */
  _receiveReply(threadId: string, from: string, body: string): void {
    const thread = this.box.threads.find((t) => t.id === threadId);
    if (!thread) throw new Error('Thread not found.');
    thread.messages.push({
      id: this._id('m'),
      threadId,
      from,
      to: this.box.owner,
      subject: `Re: ${thread.messages[0].subject}`,
      plainBody: body,
      date: this.clock.now(),
      draft: false,
    });
  }
}

export class MailAppE implements Emulated {
  readonly className = 'MailApp';
  constructor(private readonly box: Mailbox) {}
  getRemainingDailyQuota(): number {
    return this.box.quota;
  }
}
