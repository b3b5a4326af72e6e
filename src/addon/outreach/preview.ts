/**
 * A message as the partner will read it: shown in the sidebar, or sent to oneself as a test.
 */
import { UserError } from '../../core/errors';
import { t } from '../../core/i18n';
import { pickTemplate, render, type TemplateKind } from '../../core/templates';
import type { PreviewOutcome } from '../../rpc';
import { remainingQuota, sendEmail } from '../gas/gmail';
import { rowById } from '../tracking/table';
import { type Context, categoryOf, context, fieldsFor, recipient, senderName } from './context';

type MessageRequest = { partnerId: string; kind: TemplateKind };

/** The partner's row and its message, rendered from the template of its category. */
function renderedFor(ctx: Context, request: MessageRequest): { row: unknown[]; rendered: ReturnType<typeof render> } {
  const row = rowById(ctx.table, request.partnerId);
  if (!row) throw new UserError('mail.reason.rowGone', { detail: request.partnerId });
  const template = pickTemplate(ctx.templates, categoryOf(ctx, row), request.kind);
  if (!template) throw new UserError('mail.reason.noTemplate');
  return { row, rendered: render(template, fieldsFor(ctx, row)) };
}

export function previewMessage(request: MessageRequest): PreviewOutcome {
  const ctx = context();
  const { row, rendered } = renderedFor(ctx, request);
  return { to: recipient(ctx, row), ...rendered };
}

/** "M'envoyer un test": the rendered message, to the person's own address. */
export function sendTest(request: MessageRequest): { message: string } {
  const ctx = context();
  if (!ctx.me) throw new UserError('mail.noOwnAddress');
  const { rendered } = renderedFor(ctx, request);
  if (remainingQuota() < 1) throw new UserError('mail.reason.quota');
  sendEmail({
    to: ctx.me,
    subject: `[Test] ${rendered.subject}`,
    text: rendered.text,
    html: rendered.html,
    senderName: senderName(ctx),
  });
  return { message: t(ctx.lang, 'mail.testSent', { email: ctx.me }) };
}
