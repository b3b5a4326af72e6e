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

/**
 * Google's own errors a person can act on, by their message (in English or French, as Google writes it
 * for the user): a range someone protected, the six-minute limit. Anything else stays generic.
 */
const GOOGLE_ERRORS: [RegExp, MessageKey][] = [
  [/protected cell or object|cellule ou (?:un )?objet prot[ée]g/i, 'error.protected'],
  [/exceeded maximum execution time|temps d.ex[ée]cution maximal/i, 'error.timeout'],
];

/** The message key for one of Google's own errors a person can act on, if it is one. */
export function googleErrorKey(message: string): MessageKey | undefined {
  return GOOGLE_ERRORS.find(([pattern]) => pattern.test(message))?.[1];
}
