/**
 * The Classement column says who chose the category: "auto 85 % · Bibliothèque" (the classifier, with its
 * confidence and what it set) or "manuel" (a person). A person's choice is never overwritten.
 */
import type { Classification } from './classifier/classify';
import { classify, LOW_CONFIDENCE } from './classifier/classify';
import { t } from './i18n';
import { CATEGORIES, type CategoryId, idFromLabel, type Lang, label } from './taxonomy';
import { normalize } from './text';

export const MANUAL = 'manuel';

/** Where a category's label joins its parts: « Bibliothèque / médiathèque », « Mairie et services municipaux ». */
const LABEL_JOINS = /\s*(?:\/|,|\bou\b|\bor\b|\bet\b|\band\b)\s*/;
/** Each part of a category's labels, as people shorten them: « Collectivité », « Centre social », « Entreprise ». */
const LABEL_PARTS = new Map<string, CategoryId>();
for (const category of CATEGORIES) {
  for (const text of [category.fr, category.en]) {
    for (const part of text.split(LABEL_JOINS)) {
      const key = normalize(part);
      if (key && !LABEL_PARTS.has(key)) LABEL_PARTS.set(key, category.id as CategoryId);
    }
  }
}
/** How a Type column names associations; its other words for them are causes (« Culture », « Jeunesse »). */
const ASSOCIATION_WORDS = new Set(['asso', 'assos', 'assoc', 'association', 'associations', 'club', 'clubs']);
/** What the classifier must be sure of to read a person's own word as a category. */
const TYPED_CONFIDENCE = 0.85;

/**
 * The category a person's own word names — what a club's list has in its Type column (« Asso »,
 * « École », « Médiathèque », « Collectivité ») — or '' when it names none (« Partenaire financier »,
 * « Culture »: a sector, which bodies of every kind share).
 */
export function categoryFromTyped(typed: string): CategoryId | '' {
  const key = normalize(typed);
  if (!key) return '';
  const labelled = (idFromLabel(CATEGORIES, typed) as CategoryId | '') || LABEL_PARTS.get(key);
  if (labelled) return labelled;
  const read = classify({ name: typed });
  if (read.category === 'autre' || read.confidence < TYPED_CONFIDENCE) return '';
  if (read.category === 'association' && !key.split(' ').some((word) => ASSOCIATION_WORDS.has(word))) return '';
  return read.category;
}

/**
 * What Classer did, as a person reads it: « 7 partenaires classés, 1 choix gardé. 2 à vérifier. »
 * Counts of nothing are left out, except the partners classified and what is left to check.
 */
export function classifySummary(
  lang: Lang,
  counts: { classified: number; kept: number; remembered: number; check: number },
): string {
  const parts = [t(lang, 'classify.done.classified', { n: counts.classified })];
  if (counts.kept) parts.push(t(lang, 'classify.done.kept', { n: counts.kept }));
  if (counts.remembered) parts.push(t(lang, 'classify.done.remembered', { n: counts.remembered }));
  const check = counts.check ? t(lang, 'classify.done.check', { n: counts.check }) : t(lang, 'classify.none');
  return `${parts.join(', ')}. ${check}`;
}

/**
 * « auto 85 % · Bibliothèque »: the classifier's confidence, and the category it set, by the first part of
 * its label — so a category changed since, where the add-on's onEdit did not run, is told from its own.
 */
export function autoLabel(confidence: number, category: CategoryId, lang: Lang): string {
  return `auto ${Math.round(confidence * 100)} % · ${label(CATEGORIES, category, lang).split(LABEL_JOINS)[0]}`;
}

/** « auto 85 % · Bibliothèque », or « auto 85 % » as Classer wrote it before it named the category. */
const AUTO = /^auto\s+(\d{1,3})\s*%?(?:\s*·\s*(.+))?$/i;

export function isManual(value: unknown): boolean {
  const said = normalize(String(value ?? ''));
  return said.startsWith('manuel') || said.startsWith('manual');
}

/** Confidence read back from "auto 85 % · Bibliothèque" (or "auto 85 %", as written before), or undefined. */
export function autoConfidence(value: unknown): number | undefined {
  const match = AUTO.exec(String(value ?? '').trim());
  return match ? Number(match[1]) / 100 : undefined;
}

/** The category the classifier set, read back from "auto 85 % · Bibliothèque"; undefined when not written. */
export function autoCategory(value: unknown): CategoryId | undefined {
  const part = AUTO.exec(String(value ?? '').trim())?.[2];
  return part ? LABEL_PARTS.get(normalize(part)) : undefined;
}

/**
 * Whether the Classement column itself says the category is a person's: « manuel », or a category with
 * no « auto » mark (typed where the add-on's onEdit did not run, or in a club's own list adopted).
 */
export function markedAsChosen(classement: unknown, categoryInCell: string): boolean {
  return isManual(classement) || (!!categoryInCell.trim() && autoConfidence(classement) === undefined);
}

/**
 * Whether the category in the cell was chosen by a person though Classement still says « auto »: someone
 * changed it where the add-on's onEdit did not run (a teammate without the add-on, a paste from another
 * tool). Classement says what the classifier set: any other category in the cell is a person's. Written
 * before it said so (« auto 85 % » alone), the cell is a person's when the classifier, given the same
 * facts, answers with the same confidence and another category; when the confidence differs, the facts or
 * the rules changed and the classifier may answer again.
 */
export function chosenSinceClassified(
  classement: unknown,
  categoryInCell: string,
  result: Pick<Classification, 'category' | 'confidence'>,
): boolean {
  const confidence = autoConfidence(classement);
  if (confidence === undefined || !categoryInCell.trim()) return false;
  const inCell = idFromLabel(CATEGORIES, categoryInCell) || categoryInCell;
  const set = autoCategory(classement);
  if (set) return inCell !== set;
  if (Math.round(confidence * 100) !== Math.round(result.confidence * 100)) return false;
  return inCell !== result.category;
}

export function needsCheck(result: Pick<Classification, 'category' | 'confidence'>): boolean {
  return result.category === 'autre' || result.confidence < LOW_CONFIDENCE;
}

/** What a bare name in a club's list most often is: offered in one click when nothing points anywhere. */
const USUAL_FOR_BARE_NAMES = ['association', 'entreprise', 'centre_social'];
const QUICK_CHOICES = 3;

/**
 * The categories a row to check offers in one click: the classifier's proposal, then what the
 * evidence points to, then the usual ones for a bare name; never « autre » (that is what is checked).
 */
export function quickChoices(proposed: string, likely: readonly string[]): string[] {
  const choices: string[] = [];
  for (const category of [proposed, ...likely, ...USUAL_FOR_BARE_NAMES]) {
    if (category !== 'autre' && !choices.includes(category)) choices.push(category);
  }
  return choices.slice(0, QUICK_CHOICES);
}

/** The key under which a person's correction is remembered: the normalised name. */
export function nameKey(name: string): string {
  return normalize(name);
}

/** Corrections people made, name key → category id, kept small enough for one document property. */
export type Corrections = Record<string, string>;

const CORRECTIONS_LIMIT = 8000;

export function parseCorrections(text: string | null | undefined): Corrections {
  if (!text) return {};
  try {
    const parsed = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Corrections) : {};
  } catch {
    return {};
  }
}

/** Adds corrections; the oldest are dropped when the property would pass its size limit. */
export function rememberCorrections(current: Corrections, added: Corrections): string {
  const merged: Corrections = { ...current };
  for (const [key, category] of Object.entries(added)) {
    delete merged[key];
    if (key) merged[key] = category;
  }
  let entries = Object.entries(merged);
  let text = JSON.stringify(Object.fromEntries(entries));
  while (text.length > CORRECTIONS_LIMIT && entries.length > 0) {
    entries = entries.slice(1);
    text = JSON.stringify(Object.fromEntries(entries));
  }
  return text;
}
