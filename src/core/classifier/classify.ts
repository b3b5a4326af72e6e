/**
 * Classifies a partner from what is known of it — name, e-mail, website, address and, when open data
 * gives them, its activity (NAF) and legal category — into a category of the taxonomy, with a
 * confidence, the reasons in French (or English, for a person who reads it), the likely contributions
 * and the funding body.
 *
 * Evidence is weighed in two kinds: the *type* of place (words of the name, domains, activity code)
 * and the *legal form* (legal category). The form outranks words: a form that cannot be the type the
 * words suggest wins ("catégorie juridique 9220" makes "Club informatique SARL…" an association), while
 * a compatible one confirms it (a "Médiathèque" with the commune's code is a library). Weak or split
 * evidence answers `autre`, for a person to check.
 *
 * The way through: `tokens` cuts the name into words, `phrases` finds the rules' phrases in them,
 * `evidence` turns every clue into a weighed piece, this module tallies them and answers, and `reasons`
 * says why. The rules themselves are data, in `rules/`.
 */

import natures from '../data/natures-juridiques.json';
import { type ApportId, CATEGORIES, type CategoryId, categoryById, type Lang, type TutelleId } from '../taxonomy';
import {
  AUTHORITIES,
  type Evidence,
  gatherEvidence,
  NOT_RUN_BY_AUTHORITIES,
  type PartnerFacts,
  PRIVATE_CATEGORIES,
} from './evidence';
import { codeReason, reasonsFor, SAID } from './reasons';
import { FORM_RULES, type FormRule } from './rules';
import { FORM_WEIGHT, KIND_CODE_WEIGHT, MIN_MARGIN, MIN_SCORE } from './weights';

export type { PartnerFacts } from './evidence';

export interface Classification {
  category: CategoryId;
  /** 0 to 1. Below LOW_CONFIDENCE a person should check. */
  confidence: number;
  reasons: string[];
  apports: ApportId[];
  tutelle: TutelleId | '';
}

export const LOW_CONFIDENCE = 0.7;

function formLabel(code: string): string {
  const text = (natures as Record<string, string>)[code];
  return text ? text.trim().toLowerCase() : '';
}

/** Score per category, in the order the categories were first seen (ties go to the first). */
interface Tally {
  categories: CategoryId[];
  scores: number[];
}

function sum(evidence: Evidence[]): Tally {
  const tally: Tally = { categories: [], scores: [] };
  for (let k = 0; k < evidence.length; k++) {
    const e = evidence[k];
    // Evidence that weighs nothing only says who runs the place (« privé », the town's domain of its
    // médiathèque's address), not what it is.
    if (e.weight === 0) continue;
    const i = tally.categories.indexOf(e.category);
    if (i >= 0) tally.scores[i] += e.weight;
    else {
      tally.categories.push(e.category);
      tally.scores.push(e.weight);
    }
  }
  return tally;
}

/** Index of the best score, leaving out one index; -1 when none. */
function best(tally: Tally, except = -1): number {
  let top = -1;
  for (let i = 0; i < tally.scores.length; i++) {
    if (i !== except && (top < 0 || tally.scores[i] > tally.scores[top])) top = i;
  }
  return top;
}

function confidenceOf(score: number, margin: number): number {
  const strength = 1 - Math.exp(-score / 3);
  const clearness = 1 - Math.exp(-margin / 1.5);
  return Math.round(Math.min(0.99, 0.35 + 0.65 * strength * clearness) * 100) / 100;
}

/** The funding body of the heaviest authority among the evidence, if any. */
function authorityTutelle(evidence: Evidence[]): TutelleId | undefined {
  let found: Evidence | undefined;
  for (let i = 0; i < evidence.length; i++) {
    const e = evidence[i];
    if (e.tutelle && AUTHORITIES.includes(e.category) && (!found || e.weight > found.weight)) found = e;
  }
  return found?.tutelle;
}

/** The funding body a category implies when nothing says otherwise (a library → the commune). */
const DEFAULT_TUTELLE = new Map<string, TutelleId | ''>(
  CATEGORIES.map((spec) => [
    spec.id,
    /^(commune|intercommunalite|departement|region|etat|prive)$/.test(spec.tutelle) ? (spec.tutelle as TutelleId) : '',
  ]),
);

/** The answer; its reasons written out unless the caller has no use for them (`reasons` undefined). */
function answer(
  category: CategoryId,
  confidence: number,
  reasons: (() => string[]) | undefined,
  evidence: Evidence[],
  formTutelle?: TutelleId,
): Classification {
  const spec = categoryById(category);
  let tutelle: TutelleId | undefined;
  let tutelleWeight = Number.NEGATIVE_INFINITY;
  const authorityMayRunIt = !PRIVATE_CATEGORIES.includes(category);
  for (let i = 0; i < evidence.length; i++) {
    const e = evidence[i];
    // An authority's word that decides (« intercommunal ») says who runs any place or service, not only
    // its own kind (« Conservatoire intercommunal », « Accueil de loisirs intercommunal »).
    const own =
      e.category === category || (authorityMayRunIt && e.decidesTutelle === true && AUTHORITIES.includes(e.category));
    if (own && e.tutelle && (e.decidesTutelle || e.weight > tutelleWeight)) {
      tutelle = e.tutelle;
      tutelleWeight = e.decidesTutelle ? Number.POSITIVE_INFINITY : e.weight;
    }
  }
  // « EPN de la communauté de communes du Val »: a place that does not say who runs it is funded by
  // the authority the name or the address names.
  if (tutelle === undefined && !NOT_RUN_BY_AUTHORITIES.includes(category)) tutelle = authorityTutelle(evidence);
  const fallback = DEFAULT_TUTELLE.get(category) ?? '';
  // A private body's legal form says who runs the place, whatever its kind's usual funder (an OGEC's school).
  if (formTutelle === 'prive') tutelle = formTutelle;
  return {
    category,
    confidence,
    reasons: reasons ? reasons() : [],
    apports: (spec?.apports ?? []) as ApportId[],
    tutelle: category === 'autre' ? '' : (tutelle ?? formTutelle ?? fallback),
  };
}

function legalForm(facts: PartnerFacts): { formCode: string; form: FormRule | undefined } {
  const formCode = facts.legalCategory ? facts.legalCategory.trim().replace(/\D/g, '').slice(0, 4) : '';
  return { formCode, form: formCode ? FORM_RULES.find((rule) => rule.codes.test(formCode)) : undefined };
}

/**
 * What a category a person chose implies for this partner: the category's contributions, and the
 * funding body the evidence gives for that category (« Collège … » → département), else its legal
 * form's, else the category's own.
 */
export function impliedBy(category: CategoryId, facts: PartnerFacts): Pick<Classification, 'apports' | 'tutelle'> {
  const { apports, tutelle } = answer(category, 0, undefined, gatherEvidence(facts), legalForm(facts).form?.tutelle);
  return { apports, tutelle };
}

/** The categories the evidence points to, strongest first: what a person checking the row may pick. */
function likelyFrom(evidence: Evidence[], facts: PartnerFacts, limit = 3): CategoryId[] {
  const tally = sum(evidence);
  const ranked = tally.categories
    .map((category, i) => ({ category, score: tally.scores[i] }))
    .filter((c) => c.score > 0 && c.category !== 'autre')
    .sort((a, b) => b.score - a.score)
    .map((c) => c.category);
  const form = legalForm(facts).form;
  return (form ? [form.category, ...ranked.filter((c) => c !== form.category)] : ranked).slice(0, limit);
}

/**
 * The classification, its reasons in French unless another language is asked for. A whole sheet has no
 * use for the reasons of every row, only for those of the rows a person is shown: `withReasons` false
 * leaves them out (an empty list), which spares a tenth of the work.
 */
export function classify(facts: PartnerFacts, lang: Lang = 'fr', withReasons = true): Classification {
  return decide(gatherEvidence(facts), facts, lang, withReasons);
}

/**
 * A row a person is asked to check: its classification with the reasons, and the categories they may
 * pick instead, from one gathering of the evidence.
 */
export function classifyForCheck(
  facts: PartnerFacts,
  lang: Lang = 'fr',
): { result: Classification; likely: CategoryId[] } {
  const evidence = gatherEvidence(facts);
  return { result: decide(evidence, facts, lang, true), likely: likelyFrom(evidence, facts) };
}

function decide(evidence: Evidence[], facts: PartnerFacts, lang: Lang, withReasons: boolean): Classification {
  const tally = sum(evidence);

  const { formCode, form } = legalForm(facts);
  if (form) {
    // The establishment's own activity code names what it is, within what its legal form allows, when it names a
    // kind of establishment; a field's code (« action sociale », shared by many associations) only weighs.
    const byCode = evidence.find((e) => e.naf && e.weight >= KIND_CODE_WEIGHT && form.compatible.includes(e.category));
    const allowed: Tally = { categories: [], scores: [] };
    for (let i = 0; i < tally.categories.length; i++) {
      const category = tally.categories[i];
      if (category !== form.category && !form.compatible.includes(category)) continue;
      allowed.categories.push(category);
      allowed.scores.push(tally.scores[i] + (category === form.category ? FORM_WEIGHT : 0));
    }
    if (!allowed.categories.includes(form.category)) {
      allowed.categories.push(form.category);
      allowed.scores.push(FORM_WEIGHT);
    }
    const winner = byCode?.category ?? allowed.categories[best(allowed)];
    const score = allowed.scores[allowed.categories.indexOf(winner)] ?? FORM_WEIGHT;
    const reasons = () => {
      const formReason = codeReason(SAID.form, formCode, formLabel(formCode))[lang];
      return winner === form.category
        ? [formReason, ...reasonsFor(evidence, winner, lang)]
        : [...reasonsFor(evidence, winner, lang), formReason];
    };
    const confidence = confidenceOf(score + FORM_WEIGHT, FORM_WEIGHT);
    return answer(winner, confidence, withReasons ? reasons : undefined, evidence, form.tutelle);
  }

  const first = best(tally);
  if (first < 0) return answer('autre', 0, withReasons ? () => [SAID.nothing[lang]] : undefined, evidence);
  const second = best(tally, first);
  const category = tally.categories[first];
  const score = tally.scores[first];
  const margin = score - (second >= 0 ? tally.scores[second] : 0);
  if (score < MIN_SCORE || margin < MIN_MARGIN) {
    const reasons = () => {
      const hints = [first, second]
        .filter((i) => i >= 0)
        .map((i) => categoryById(tally.categories[i])?.[lang] ?? tally.categories[i])
        .join(', ');
      return [SAID.weak[lang].replace('{hints}', hints), ...reasonsFor(evidence, category, lang)];
    };
    return answer('autre', confidenceOf(score, margin) / 2, withReasons ? reasons : undefined, evidence);
  }
  const reasons = withReasons ? () => reasonsFor(evidence, category, lang) : undefined;
  return answer(category, confidenceOf(score, margin), reasons, evidence);
}
