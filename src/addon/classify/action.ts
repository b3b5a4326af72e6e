/**
 * "Classer les partenaires": classifies rows whose category is empty or was set by the classifier,
 * never one a person chose; fills Apports and Tutelle only where empty; lists the rows to check.
 * A person's correction (sidebar or sheet) marks the row "manuel", is remembered, and is applied to
 * rows of the same name; the category they chose fills that row's empty Apports and Tutelle too.
 */

import {
  autoConfidence,
  autoLabel,
  type Corrections,
  categoryFromTyped,
  chosenSinceClassified,
  classifySummary,
  isManual,
  MANUAL,
  markedAsChosen,
  nameKey,
  needsCheck,
  parseCorrections,
  quickChoices,
  rememberCorrections,
} from '../../core/classement';
import {
  type Classification,
  classify,
  classifyForCheck,
  impliedBy,
  type PartnerFacts,
} from '../../core/classifier/classify';
import { UserError } from '../../core/errors';
import { t } from '../../core/i18n';
import type { ColumnId } from '../../core/schema';
import { parseSource } from '../../core/source';
import { APPORTS, CATEGORIES, type CategoryId, label, TUTELLES } from '../../core/taxonomy';
import type { ClassifyOutcome, RowToCheck } from '../../rpc';
import { withDocumentLock } from '../gas/lock';
import { documentProperty, setDocumentProperty } from '../gas/properties';
import { currentLang } from '../lang';
import { get, openPartnerTable, type PartnerTable, rowById, save, set, text } from '../tracking/table';

/** What classifying reads and writes: the category, and whether a person or the classifier chose it. */
export const CLASSIFIER_COLUMNS: ColumnId[] = ['categorie', 'classement'];

const CORRECTIONS_PROPERTY = 'pdc.corrections';
/** The sidebar lists at most this many rows to check at once (the busiest first). */
const CHECK_LIST_LIMIT = 200;

function factsOf(table: PartnerTable, row: unknown[]): PartnerFacts {
  const source = parseSource(text(table, row, 'source'));
  return {
    name: text(table, row, 'structure'),
    email: text(table, row, 'email'),
    website: text(table, row, 'siteWeb'),
    address: text(table, row, 'adresse'),
    naf: source.naf,
    legalCategory: source.legalCategory,
  };
}

/** A row's classification as the sheet takes it: without the reasons, written out for the rows a person is shown. */
function classifyRow(table: PartnerTable, row: unknown[]): Classification {
  return classify(factsOf(table, row), 'fr', false);
}

/**
 * The classifier's answer for a row whose category it may set; undefined when the category is a
 * person's choice: marked « manuel », typed where the add-on's onEdit did not run (no « auto » mark), or
 * changed since the classifier set it (it still gives what it gave, the cell holds another).
 */
export function classifierMayChange(table: PartnerTable, row: unknown[]): Classification | undefined {
  const classement = get(table, row, 'classement');
  const current = text(table, row, 'categorie');
  if (markedAsChosen(classement, current)) return undefined;
  const result = classifyRow(table, row);
  return chosenSinceClassified(classement, current, result) ? undefined : result;
}

/** Apports and Tutelle are filled only where empty: what a person wrote there stays. */
function fillWhereEmpty(
  table: PartnerTable,
  row: unknown[],
  implied: Pick<Classification, 'apports' | 'tutelle'>,
): void {
  const { lang } = table;
  if (!text(table, row, 'apports') && implied.apports.length) {
    set(table, row, 'apports', implied.apports.map((id) => label(APPORTS, id, lang)).join(', '));
  }
  if (!text(table, row, 'tutelle') && implied.tutelle)
    set(table, row, 'tutelle', label(TUTELLES, implied.tutelle, lang));
}

/** A category a person chose fills the row's empty Apports and Tutelle as the classifier's would. */
function fillFromChosen(table: PartnerTable, row: unknown[], category: string): void {
  if (!category || category === 'autre') return;
  if (text(table, row, 'apports') && text(table, row, 'tutelle')) return;
  fillWhereEmpty(table, row, impliedBy(category as CategoryId, factsOf(table, row)));
}

interface Uncertain {
  row: unknown[];
  result: Classification;
}

/**
 * The rows to check as the sidebar lists them: least confident first, at most CHECK_LIST_LIMIT, with
 * their reasons in the language of the person reading them.
 */
function checkList(table: PartnerTable, uncertain: Uncertain[]): RowToCheck[] {
  const lang = currentLang();
  return uncertain
    .sort((a, b) => a.result.confidence - b.result.confidence)
    .slice(0, CHECK_LIST_LIMIT)
    .map(({ row, result }) => {
      // Only for the rows listed: the reasons are written out, which a whole sheet need not pay for.
      const { result: explained, likely } = classifyForCheck(factsOf(table, row), lang);
      return {
        partnerId: text(table, row, 'id'),
        name: text(table, row, 'structure'),
        category: result.category,
        confidence: result.confidence,
        reasons: explained.reasons,
        quick: quickChoices(result.category, likely),
      };
    });
}

function touch(table: PartnerTable, row: unknown[], now: Date): void {
  set(table, row, 'modifieLe', now);
}

/**
 * Sets the classifier's answer on a row it may change (never a person's choice): Catégorie and
 * Classement, Apports and Tutelle only where empty; the row's date moves only if something changed.
 */
export function classifyInPlace(
  table: PartnerTable,
  row: unknown[],
  now: Date,
  result = classifyRow(table, row),
): Classification {
  const { lang } = table;
  // A Classement written before it named the category (« auto 90 % ») gains its name: that alone is no change.
  const said = () =>
    [
      text(table, row, 'categorie'),
      autoConfidence(get(table, row, 'classement')) ?? text(table, row, 'classement'),
    ].join('|');
  const before = said();
  set(table, row, 'categorie', label(CATEGORIES, result.category, lang));
  set(table, row, 'classement', autoLabel(result.confidence, result.category, lang));
  fillWhereEmpty(table, row, result);
  if (said() !== before) touch(table, row, now);
  return result;
}

export function classifyPartners(): ClassifyOutcome {
  return withDocumentLock(() => {
    const table = openPartnerTable(...CLASSIFIER_COLUMNS);
    const { lang } = table;
    const corrections = parseCorrections(documentProperty(CORRECTIONS_PROPERTY));
    const now = new Date();
    const uncertain: Uncertain[] = [];
    let classified = 0;
    let kept = 0;
    let remembered = 0;
    for (const row of table.rows) {
      const name = text(table, row, 'structure');
      if (!name) continue;
      const result = classifierMayChange(table, row);
      if (!result) {
        // A person's own word for a category (« Asso », « École ») is written as the list says it: still theirs.
        const chosen = categoryFromTyped(text(table, row, 'categorie'));
        if (chosen) set(table, row, 'categorie', label(CATEGORIES, chosen, lang));
        if (!isManual(get(table, row, 'classement'))) set(table, row, 'classement', MANUAL);
        fillFromChosen(table, row, chosen);
        kept += 1;
        continue;
      }
      const correction = corrections[nameKey(name)];
      if (correction) {
        set(table, row, 'categorie', label(CATEGORIES, correction, lang));
        set(table, row, 'classement', MANUAL);
        fillFromChosen(table, row, correction);
        touch(table, row, now);
        remembered += 1;
        continue;
      }
      classifyInPlace(table, row, now, result);
      classified += 1;
      if (needsCheck(result)) uncertain.push({ row, result });
    }
    save(table);
    return {
      message: classifySummary(currentLang(), { classified, kept, remembered, check: uncertain.length }),
      toCheck: checkList(table, uncertain),
    };
  });
}

/** The rows the classifier left uncertain, with their reasons, without changing anything. */
export function listRowsToCheck(table: PartnerTable = openPartnerTable(...CLASSIFIER_COLUMNS)): RowToCheck[] {
  const uncertain: Uncertain[] = [];
  for (const row of table.rows) {
    // Only rows the classifier has answered (« auto ») can be left to check.
    if (!text(table, row, 'structure') || autoConfidence(get(table, row, 'classement')) === undefined) continue;
    const result = classifierMayChange(table, row);
    if (result && needsCheck(result)) uncertain.push({ row, result });
  }
  return checkList(table, uncertain);
}

/** Applies a person's category to this partner and to every partner of the same name; remembers it. */
function applyCorrection(table: PartnerTable, corrections: Corrections, now: Date): number {
  let updated = 0;
  for (const row of table.rows) {
    const key = nameKey(text(table, row, 'structure'));
    const category = key ? corrections[key] : undefined;
    if (!category) continue;
    const wanted = label(CATEGORIES, category, table.lang);
    if (text(table, row, 'categorie') === wanted && isManual(get(table, row, 'classement'))) continue;
    set(table, row, 'categorie', wanted);
    set(table, row, 'classement', MANUAL);
    fillFromChosen(table, row, category);
    touch(table, row, now);
    updated += 1;
  }
  return updated;
}

export function setCategory(request: { partnerId: string; category: string }): { message: string; updated: number } {
  if (!CATEGORIES.some((c) => c.id === request.category)) throw new UserError('classify.unknownCategory');
  return withDocumentLock(() => {
    const table = openPartnerTable(...CLASSIFIER_COLUMNS);
    const row = rowById(table, request.partnerId);
    if (!row) throw new UserError('classify.rowGone', { id: request.partnerId });
    const name = text(table, row, 'structure');
    const corrections = { [nameKey(name)]: request.category };
    const updated = applyCorrection(table, corrections, new Date());
    save(table);
    setDocumentProperty(
      CORRECTIONS_PROPERTY,
      rememberCorrections(parseCorrections(documentProperty(CORRECTIONS_PROPERTY)), corrections),
    );
    const lang = currentLang();
    return {
      message: t(lang, 'classify.corrected', {
        name,
        category: label(CATEGORIES, request.category, lang),
        count: updated,
      }),
      updated,
    };
  });
}

/**
 * A person typed categories in the sheet (onEdit): those rows become "manuel", the choice is
 * remembered and spread to rows of the same name. A category emptied by hand gives the row back to the
 * classifier: it is no longer "manuel" and its name's remembered choice is forgotten. The caller saves
 * the table.
 */
export function categoriesEditedByHand(table: PartnerTable, firstRow: number, numRows: number): void {
  const corrections: Corrections = {};
  const forgotten: string[] = [];
  for (const row of table.rows.slice(firstRow - 2, firstRow - 2 + numRows)) {
    const key = nameKey(text(table, row, 'structure'));
    const category = categoryFromTyped(text(table, row, 'categorie'));
    if (key && category) corrections[key] = category;
    else if (text(table, row, 'categorie')) set(table, row, 'classement', MANUAL);
    else if (isManual(get(table, row, 'classement'))) {
      set(table, row, 'classement', '');
      if (key) forgotten.push(key);
    }
  }
  applyCorrection(table, corrections, new Date());
  if (Object.keys(corrections).length || forgotten.length) {
    const remembered = parseCorrections(documentProperty(CORRECTIONS_PROPERTY));
    for (const key of forgotten) delete remembered[key];
    setDocumentProperty(CORRECTIONS_PROPERTY, rememberCorrections(remembered, corrections));
  }
}
