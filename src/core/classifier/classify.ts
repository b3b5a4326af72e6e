/**
 * Classifies a partner from what is known of it — name, e-mail, website, address and, when open data
 * gives them, its activity (NAF) and legal category — into a category of the taxonomy, with a
 * confidence, the reasons in French, the likely contributions and the funding body.
 *
 * Evidence is weighed in two kinds: the *type* of place (words of the name, domains, activity code)
 * and the *legal form* (legal category). The form outranks words: a form that cannot be the type the
 * words suggest wins ("catégorie juridique 9220" makes "Club informatique SARL…" an association), while
 * a compatible one confirms it (a "Médiathèque" with the commune's code is a library). Weak or split
 * evidence answers `autre`, for a person to check.
 */

import nafLabels from '../data/codes-NAF.json';
import natures from '../data/natures-juridiques.json';
import { type ApportId, type CategoryId, categoryById, type TutelleId } from '../taxonomy';
import { foldWord } from '../text';
import { DOMAIN_RULES, FORM_RULES, NAF_RULES, NAME_RULES, SHAPE_RULES, type WordRule } from './rules';

export interface PartnerFacts {
  name: string;
  email?: string;
  website?: string;
  address?: string;
  /** NAF rev. 2 code, dotted or not ("91.01Z", "9101Z"). */
  naf?: string;
  /** INSEE legal category ("9220"). */
  legalCategory?: string;
}

export interface Classification {
  category: CategoryId;
  /** 0 to 1. Below LOW_CONFIDENCE a person should check. */
  confidence: number;
  reasons: string[];
  apports: ApportId[];
  tutelle: TutelleId | '';
}

export const LOW_CONFIDENCE = 0.7;
/** Below this score the evidence is too weak to answer anything but `autre`. */
const MIN_SCORE = 2.4;
/** The winner must lead the runner-up by this much, or the answer is `autre`. */
const MIN_MARGIN = 1;
const HEAD_BONUS = 2;
/** What a legal form weighs for its own category: more than any one word. */
const FORM_WEIGHT = 4;
/** Words an affix rule must not catch ("lab*" is not "labo" or "label"). */
const AFFIX_EXCEPTIONS = /^(labo|label|labour|labyrinth)/;

interface Evidence {
  category: CategoryId;
  weight: number;
  reason: string;
  tutelle?: TutelleId;
}

interface CompiledPhrase {
  words: string[];
  /** "fab*": a word starting so; "*lab": a word ending so. */
  affix?: 'prefix' | 'suffix';
  rule: WordRule;
  text: string;
}

const PHRASES: CompiledPhrase[] = NAME_RULES.flatMap((rule) =>
  rule.phrases.map((phrase): CompiledPhrase => {
    const affix = phrase.endsWith('*') ? 'prefix' : phrase.startsWith('*') ? 'suffix' : undefined;
    const text = phrase.replace(/\*/g, '');
    return { words: text.split(' '), affix, rule, text };
  }),
);

/** First word of the phrase → phrases starting with it, for a fast scan of long lists. */
const BY_FIRST_WORD = new Map<string, CompiledPhrase[]>();
const AFFIX_PHRASES: CompiledPhrase[] = [];
for (const phrase of PHRASES) {
  if (phrase.affix) {
    AFFIX_PHRASES.push(phrase);
    continue;
  }
  const list = BY_FIRST_WORD.get(phrase.words[0]) ?? [];
  list.push(phrase);
  BY_FIRST_WORD.set(phrase.words[0], list);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const AFFIX_ANY = new RegExp(
  [
    ...AFFIX_PHRASES.filter((p) => p.affix === 'prefix').map((p) => `^${escapeRegExp(p.text)}`),
    ...AFFIX_PHRASES.filter((p) => p.affix === 'suffix').map((p) => `${escapeRegExp(p.text)}$`),
  ].join('|') || '(?!)',
);

const LEADING_ARTICLES = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'the']);

/** Words of a name as written and normalised, dotted acronyms joined ("M.J.C." → "mjc", "I.U.T" → "iut"). */
export function nameTokens(name: string): { words: string[]; written: string[] } {
  const joined = name.replace(/\b(?:[A-Za-z]\.){1,}[A-Za-z]\b\.?/g, (acronym) => acronym.replace(/\./g, ''));
  const written: string[] = [];
  const words: string[] = [];
  for (const token of joined.split(/[^\p{L}\p{N}]+/u)) {
    const word = foldWord(token).replace(/[^a-z0-9]/g, '');
    if (!word) continue;
    written.push(token);
    words.push(word);
  }
  return { words, written };
}

function headIndex(words: string[]): number {
  let i = 0;
  while (i < words.length && LEADING_ARTICLES.has(words[i])) i++;
  return i;
}

function quote(text: string): string {
  return `« ${text} »`;
}

interface Match {
  start: number;
  length: number;
  phrase: CompiledPhrase;
}

/** Every phrase found in the words; longer phrases first, and a word serves one phrase only. */
function matchPhrases(words: string[]): Match[] {
  const found: Match[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const candidates = BY_FIRST_WORD.get(word);
    if (candidates) {
      for (const phrase of candidates) {
        let k = 1;
        while (k < phrase.words.length && words[i + k] === phrase.words[k]) k++;
        if (k === phrase.words.length) found.push({ start: i, length: k, phrase });
      }
    }
    // One test per word decides whether any affix rule can apply; most words have none.
    if (!AFFIX_ANY.test(word) || AFFIX_EXCEPTIONS.test(word)) continue;
    for (const phrase of AFFIX_PHRASES) {
      if (word === phrase.text) continue;
      if (phrase.affix === 'prefix' ? word.startsWith(phrase.text) : word.endsWith(phrase.text)) {
        found.push({ start: i, length: 1, phrase });
      }
    }
  }
  if (found.length > 1) {
    found.sort(
      (a, b) =>
        b.length - a.length ||
        (a.phrase.affix ? 1 : 0) - (b.phrase.affix ? 1 : 0) ||
        b.phrase.rule.weight - a.phrase.rule.weight,
    );
  }
  const used: boolean[] = [];
  const kept: Match[] = [];
  for (const match of found) {
    let free = true;
    for (let k = match.start; k < match.start + match.length; k++) if (used[k]) free = false;
    if (!free) continue;
    for (let k = match.start; k < match.start + match.length; k++) used[k] = true;
    kept.push(match);
  }
  return kept;
}

function nameEvidence(name: string, out: Evidence[]): void {
  const { words, written } = nameTokens(name);
  const head = headIndex(words);
  const seen = new Set<string>();
  for (const { start, length, phrase } of matchPhrases(words)) {
    const matched = written
      .slice(start, start + length)
      .join(' ')
      .toLowerCase();
    const atHead = start === head;
    if (phrase.rule.headOnly && !atHead) continue;
    const key = `${phrase.rule.category}:${matched}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      category: phrase.rule.category,
      weight: phrase.rule.weight * (atHead ? HEAD_BONUS : 1),
      reason: `${quote(matched)} ${atHead ? 'en tête du nom' : 'dans le nom'}`,
      tutelle: phrase.rule.tutelle,
    });
  }
  for (const shape of SHAPE_RULES) {
    if (shape.test(name, words))
      out.push({ category: shape.category, weight: shape.weight, reason: shape.reason, tutelle: shape.tutelle });
  }
}

function domainOf(text: string): string {
  const lower = text.trim().toLowerCase();
  const at = lower.lastIndexOf('@');
  if (at >= 0) return lower.slice(at + 1);
  return lower
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .split(/[/?#]/)[0];
}

function addressEvidence(email: string | undefined, website: string | undefined, out: Evidence[]): void {
  const seen = new Set<CategoryId>();
  for (const raw of [email, website]) {
    const text = (raw ?? '').trim().toLowerCase();
    if (!text) continue;
    const domain = domainOf(text);
    const local = text.includes('@') ? text.slice(0, text.lastIndexOf('@')) : '';
    const subject = text.includes('@') ? text : `//${domain}/${text.split('/').slice(1).join('/')}`;
    for (const rule of DOMAIN_RULES) {
      if (seen.has(rule.category) || !rule.pattern.test(subject)) continue;
      seen.add(rule.category);
      out.push({
        category: rule.category,
        weight: rule.weight,
        reason: rule.reason.replace('{domain}', domain).replace('{local}', local),
        tutelle: rule.tutelle,
      });
    }
  }
}

function dottedNaf(code: string): string {
  const compact = code
    .trim()
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '');
  return compact.length >= 4 ? `${compact.slice(0, 2)}.${compact.slice(2)}` : compact;
}

function nafEvidence(naf: string | undefined, out: Evidence[]): void {
  if (!naf) return;
  const code = dottedNaf(naf);
  const labelText = (nafLabels as Record<string, string>)[code];
  for (const rule of NAF_RULES) {
    if (!rule.codes.test(code)) continue;
    out.push({
      category: rule.category,
      weight: rule.weight,
      reason: `code NAF ${code}${labelText ? ` : ${labelText}` : ''}`,
      tutelle: rule.tutelle,
    });
  }
}

function formLabel(code: string): string {
  const text = (natures as Record<string, string>)[code];
  return text ? text.trim().toLowerCase() : '';
}

function sum(evidence: Evidence[]): Map<CategoryId, number> {
  const scores = new Map<CategoryId, number>();
  for (const e of evidence) scores.set(e.category, (scores.get(e.category) ?? 0) + e.weight);
  return scores;
}

function ranked(scores: Map<CategoryId, number>): [CategoryId, number][] {
  return [...scores.entries()].sort((a, b) => b[1] - a[1]);
}

function confidenceOf(score: number, margin: number): number {
  const strength = 1 - Math.exp(-score / 3);
  const clearness = 1 - Math.exp(-margin / 1.5);
  return Math.round(Math.min(0.99, 0.35 + 0.65 * strength * clearness) * 100) / 100;
}

function answer(
  category: CategoryId,
  confidence: number,
  reasons: string[],
  evidence: Evidence[],
  formTutelle?: TutelleId,
): Classification {
  const spec = categoryById(category);
  const tutelles = evidence.filter((e) => e.category === category && e.tutelle).sort((a, b) => b.weight - a.weight);
  const fallback =
    spec && /^(commune|intercommunalite|departement|region|etat|prive)$/.test(spec.tutelle)
      ? (spec.tutelle as TutelleId)
      : '';
  return {
    category,
    confidence,
    reasons,
    apports: (spec?.apports ?? []) as ApportId[],
    tutelle: category === 'autre' ? '' : (tutelles[0]?.tutelle ?? formTutelle ?? fallback),
  };
}

export function classify(facts: PartnerFacts): Classification {
  const evidence: Evidence[] = [];
  nameEvidence(facts.name ?? '', evidence);
  addressEvidence(facts.email, facts.website, evidence);
  nafEvidence(facts.naf, evidence);
  const scores = ranked(sum(evidence));
  const reasonsFor = (category: CategoryId) =>
    evidence
      .filter((e) => e.category === category)
      .sort((a, b) => b.weight - a.weight)
      .map((e) => e.reason);

  const formCode = (facts.legalCategory ?? '').trim().replace(/\D/g, '').slice(0, 4);
  const form = formCode ? FORM_RULES.find((rule) => rule.codes.test(formCode)) : undefined;
  if (form) {
    const formReason = `catégorie juridique ${formCode}${formLabel(formCode) ? ` : ${formLabel(formCode)}` : ''}`;
    const allowed = new Set<CategoryId>([form.category, ...form.compatible]);
    // The establishment's own activity code names what it is, within what its legal form allows.
    const byCode = evidence.find((e) => e.reason.startsWith('code NAF') && form.compatible.includes(e.category));
    const scored = sum(evidence);
    if (!scored.has(form.category)) scored.set(form.category, 0);
    const withForm = ranked(
      new Map(
        [...scored.entries()]
          .filter(([category]) => allowed.has(category))
          .map(([category, score]) => [category, score + (category === form.category ? FORM_WEIGHT : 0)]),
      ),
    );
    const winner = byCode?.category ?? withForm[0][0];
    const score = withForm.find(([c]) => c === winner)?.[1] ?? FORM_WEIGHT;
    const reasons =
      winner === form.category ? [formReason, ...reasonsFor(winner)] : [...reasonsFor(winner), formReason];
    return answer(winner, confidenceOf(score + FORM_WEIGHT, FORM_WEIGHT), reasons, evidence, form.tutelle);
  }

  const [first, second] = scores;
  if (!first) return answer('autre', 0, ['aucun indice dans le nom, l’adresse ou les codes'], evidence);
  const margin = first[1] - (second?.[1] ?? 0);
  if (first[1] < MIN_SCORE || margin < MIN_MARGIN) {
    const hints = scores
      .slice(0, 2)
      .map(([c, s]) => `${c} (${s.toFixed(1)})`)
      .join(', ');
    return answer(
      'autre',
      confidenceOf(first[1], margin) / 2,
      [`indices trop faibles ou partagés : ${hints}`, ...reasonsFor(first[0])],
      evidence,
    );
  }
  return answer(first[0], confidenceOf(first[1], margin), reasonsFor(first[0]), evidence);
}
