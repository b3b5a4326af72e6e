/**
 * How server code meets a person: every sidebar call and menu callback goes through one of these,
 * so a UserError becomes a short sentence in their language and anything else is logged and
 * replaced by a generic message.
 */
import { googleErrorKey, isUserError } from '../core/errors';
import { t } from '../core/i18n';
import { logError } from './gas/log';
import { showAlert } from './gas/ui';
import { currentLang } from './lang';

export function messageFor(error: unknown): string {
  const lang = currentLang();
  if (isUserError(error)) return t(lang, error.key, error.params);
  const google = googleErrorKey(error instanceof Error ? error.message : String(error));
  return t(lang, google ?? 'error.generic');
}

/** Wraps a sidebar call: the failure handler of google.script.run receives a readable message. */
export function forSidebar<A extends unknown[], R>(name: string, handler: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    try {
      return handler(...args);
    } catch (error) {
      if (!isUserError(error)) logError(name, error);
      throw new Error(messageFor(error));
    }
  };
}

/** Wraps a menu callback: errors are shown in a dialog instead of Google's red banner. */
export function fromMenu(name: string, handler: () => void): () => void {
  return () => {
    try {
      handler();
    } catch (error) {
      if (!isUserError(error)) logError(name, error);
      showAlert(t(currentLang(), 'app.name'), messageFor(error));
    }
  };
}
