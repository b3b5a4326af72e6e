/**
 * The reasons a person reads: the evidence of the winning category, said in French or English.
 */

import type { CategoryId, Lang, Said } from '../taxonomy';
import type { Evidence } from './evidence';

/** Where a phrase was found, as the reason says it. */
export type Where = 'head' | 'name' | 'address';
const WHERE: Record<Lang, Record<Where, string>> = {
  fr: { head: 'en tête du nom', name: 'dans le nom', address: 'dans l’adresse' },
  en: { head: 'at the head of the name', name: 'in the name', address: 'in the address' },
};
const QUOTE: Record<Lang, [string, string]> = { fr: ['« ', ' »'], en: ['“', '”'] };

/** The reasons the engine itself gives, beside those of the rules. */
export const SAID = {
  nothing: {
    fr: 'aucun indice dans le nom, l’adresse ou les codes',
    en: 'no clue in the name, the address or the codes',
  },
  weak: { fr: 'indices trop faibles ou partagés : {hints}', en: 'clues too weak or split: {hints}' },
  naf: { fr: 'code NAF {code}{label}', en: 'NAF code {code}{label}' },
  form: { fr: 'catégorie juridique {code}{label}', en: 'legal category {code}{label}' },
  runByAssociation: {
    fr: 'lieu tenu par une association (financeur privé)',
    en: 'a place run by an association (private funding)',
  },
} satisfies Record<string, Said>;

/** A coded reason: the code, then its official (French) label when known. */
export function codeReason(said: Said, code: string, label: string): Said {
  const fill = (text: string, colon: string) =>
    text.replace('{code}', code).replace('{label}', label ? `${colon}${label}` : '');
  return { fr: fill(said.fr, ' : '), en: fill(said.en, ': ') };
}

const ELIDED = new Set(['l', 'd', 'j', 'n', 's', 'c', 'm', 't', 'qu', 'lorsqu', 'puisqu', 'jusqu']);
/** What an elided word stands before: a vowel or an h, accented or not. */
const BEFORE_ELISION = /^[aeiouyhàâäéèêëîïôöûüÿœæ]/i;

/** Most evidence never reaches a person: only the winner's reasons are written out. */
function reasonOf(e: Evidence, lang: Lang): string {
  if (e.reason !== undefined) return e.reason[lang];
  if (e.domain) {
    const { rule, domain, text } = e.domain;
    const local = text.includes('@') ? text.slice(0, text.lastIndexOf('@')) : '';
    return rule.reason[lang].replace('{domain}', domain).replace('{local}', local).replace('{address}', text);
  }
  const { written, start, length, where, meaning } = e.phrase as NonNullable<Evidence['phrase']>;
  let matched = '';
  for (let k = start; k < start + length; k++) {
    const word = written[k].toLowerCase();
    // Elided words take their apostrophe back before a vowel or an h, also where a phrase ends on one:
    // « école d’ingénieurs », « acca d’ » (of « ACCA d'Épinay »); « M. le Maire » stays « m le maire ».
    const elided = ELIDED.has(word) && k + 1 < written.length && BEFORE_ELISION.test(written[k + 1]);
    matched += elided ? `${word}’` : k < start + length - 1 ? `${word} ` : word;
  }
  const [open, close] = QUOTE[lang];
  return `${open}${matched}${close}${meaning ? ` (${meaning})` : ''} ${WHERE[lang][where]}`;
}

/** The reasons for one category, strongest first. */
export function reasonsFor(evidence: Evidence[], category: CategoryId, lang: Lang): string[] {
  const own: Evidence[] = [];
  for (let i = 0; i < evidence.length; i++) if (evidence[i].category === category) own.push(evidence[i]);
  if (own.length > 1) own.sort((a, b) => b.weight - a.weight);
  const reasons: string[] = [];
  for (let i = 0; i < own.length; i++) reasons.push(reasonOf(own[i], lang));
  return reasons;
}
