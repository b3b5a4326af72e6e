/** Gmail drafts as RFC 5322 .eml files (UTF-8, encoded-word subjects, multipart text + HTML). */
import type { MailMessage } from './gmail';

function encodeWord(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  return `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

function base64Lines(text: string): string {
  return (
    Buffer.from(text, 'utf8')
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\r\n');
}

function noBreaks(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

export function toEml(message: MailMessage): string {
  const boundary = `=_pdc_${message.id}`;
  const from = message.senderName ? `${encodeWord(noBreaks(message.senderName))} <${message.from}>` : message.from;
  const headers = [
    `From: ${from}`,
    `To: ${noBreaks(message.to)}`,
    `Subject: ${encodeWord(noBreaks(message.subject))}`,
    `Date: ${new Date(message.date).toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${message.id}@emulator.local>`,
    'MIME-Version: 1.0',
    message.draft ? 'X-Unsent: 1' : '',
  ].filter(Boolean);
  if (!message.htmlBody) {
    return [
      ...headers,
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(message.plainBody),
      '',
    ].join('\r\n');
  }
  return [
    ...headers,
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(message.plainBody),
    `--${boundary}`,
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(message.htmlBody),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}
