/**
 * The stable ids of categories, contributions (apports), funding bodies (tutelles) and statuses.
 * taxonomy.json is a copy of the project's shared taxonomy (a test keeps them equal); everything
 * else reads ids and labels from here.
 */
import data from './taxonomy.json';
import { normalize } from './text';

export type Lang = 'fr' | 'en';
/** A text as each language says it. */
export type Said = Record<Lang, string>;

export interface Labelled {
  id: string;
  fr: string;
  en: string;
}

export interface Category extends Labelled {
  covers: string;
  apports: string[];
  tutelle: string;
  contacts: string[];
}

export const CATEGORIES: readonly Category[] = data.categories;
export const APPORTS: readonly Labelled[] = data.apports;
export const TUTELLES: readonly Labelled[] = data.tutelles;
export const STATUTS: readonly Labelled[] = data.statuts;

export type CategoryId =
  | 'mairie'
  | 'bibliotheque'
  | 'centre_social'
  | 'epn'
  | 'etablissement_scolaire'
  | 'collectivite'
  | 'association'
  | 'maison_associations'
  | 'entreprise'
  | 'autre';
export type ApportId = 'public' | 'lieu' | 'materiel' | 'competences' | 'financement' | 'communication' | 'conseil';
export type TutelleId = 'commune' | 'intercommunalite' | 'departement' | 'region' | 'etat' | 'prive';
export type StatutId =
  | 'a_contacter'
  | 'brouillon'
  | 'contacte'
  | 'relance'
  | 'en_discussion'
  | 'partenaire'
  | 'refus'
  | 'sans_suite';

export function label(list: readonly Labelled[], id: string, lang: Lang): string {
  const found = list.find((item) => item.id === id);
  return found ? found[lang] : '';
}

/** Finds an id from a label in either language, or from the id itself; '' when unknown. */
/** Each list's ids and labels, folded: read once per list, not once per row. */
const FOLDED_LABELS = new WeakMap<readonly Labelled[], Map<string, string>>();

function foldedLabels(list: readonly Labelled[]): Map<string, string> {
  let folded = FOLDED_LABELS.get(list);
  if (!folded) {
    folded = new Map();
    for (const item of list) {
      for (const text of [item.id, item.fr, item.en])
        if (!folded.has(normalize(text))) folded.set(normalize(text), item.id);
    }
    FOLDED_LABELS.set(list, folded);
  }
  return folded;
}

export function idFromLabel(list: readonly Labelled[], text: string): string {
  // « contacte », « A CONTACTER », « Etablissement scolaire ou superieur »: typed without accents or in capitals.
  const wanted = normalize(text);
  return wanted ? (foldedLabels(list).get(wanted) ?? '') : '';
}

const CATEGORY_BY_ID = new Map(CATEGORIES.map((category) => [category.id, category]));

/** The category of this id (a map: the classifier asks once per row). */
export function categoryById(id: string): Category | undefined {
  return CATEGORY_BY_ID.get(id);
}
