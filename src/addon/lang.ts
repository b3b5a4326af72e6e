import { pickLang, type Translate, translator } from '../core/i18n';
import type { Lang } from '../core/taxonomy';
import { userLocale } from './gas/ui';

/** The language of the person running the current call. */
export function currentLang(): Lang {
  return pickLang(userLocale());
}

export function currentTranslator(): Translate {
  return translator(currentLang());
}
