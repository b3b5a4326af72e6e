import type { MessageKey, Params } from './i18n';

/**
 * An error meant for a person: it carries an i18n key, and the server turns it into a short
 * sentence in their language. Anything else that escapes an action is logged and replaced by a
 * generic message, so no one sees a stack trace.
 */
export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Params = {},
  ) {
    super(key);
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'UserError';
}
