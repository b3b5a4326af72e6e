/**
 * The columns of the "Partenaires" sheet: the one place that says what each column is, how it is
 * headed in French and English, its type, width, validation and the header note explaining it.
 * Header synonyms let the add-on recognise a club's own list ("Mail", "Tél", "Ville", "CP"…).
 */
import type { MessageKey } from './i18n';

export type ColumnType =
  | 'id'
  | 'text'
  | 'longtext'
  | 'category'
  | 'apports'
  | 'tutelle'
  | 'email'
  | 'phone'
  | 'postal'
  | 'url'
  | 'status'
  | 'member'
  | 'date'
  | 'checkbox'
  | 'link'
  | 'classement'
  | 'source';

export type ColumnId =
  | 'id'
  | 'structure'
  | 'categorie'
  | 'apports'
  | 'tutelle'
  | 'contact'
  | 'fonction'
  | 'email'
  | 'telephone'
  | 'adresse'
  | 'codePostal'
  | 'commune'
  | 'siteWeb'
  | 'statut'
  | 'responsable'
  | 'dernierContact'
  | 'prochaineRelance'
  | 'prochaineAction'
  | 'notes'
  | 'source'
  | 'nePasContacter'
  | 'courriel'
  | 'classement'
  | 'modifieLe';

export interface ColumnSpec {
  id: ColumnId;
  type: ColumnType;
  width: number;
  /** Normalised header words that also mean this column (see text.normalize). */
  synonyms: string[];
}

export const COLUMNS: readonly ColumnSpec[] = [
  { id: 'id', type: 'id', width: 70, synonyms: ['id', 'identifiant', 'ref', 'reference', 'n', 'no', 'numero'] },
  {
    id: 'structure',
    type: 'text',
    width: 240,
    synonyms: [
      'structure',
      'nom',
      'name',
      'organisme',
      'organisation',
      'organization',
      'partenaire',
      'partenaires',
      'etablissement',
      'nom de la structure',
      'raison sociale',
      'entite',
      'association',
      'entreprise',
      'societe',
    ],
  },
  {
    id: 'categorie',
    type: 'category',
    width: 190,
    synonyms: ['categorie', 'category', 'type', 'type de structure', 'typologie'],
  },
  {
    id: 'apports',
    type: 'apports',
    width: 170,
    synonyms: ['apports', 'apport', 'contributions', 'ressources', 'ce qu il apporte'],
  },
  { id: 'tutelle', type: 'tutelle', width: 120, synonyms: ['tutelle', 'financeur', 'funding body'] },
  {
    id: 'contact',
    type: 'text',
    width: 160,
    synonyms: [
      'contact',
      'personne',
      'interlocuteur',
      'interlocutrice',
      'referent',
      'nom du contact',
      'prenom nom',
      'nom prenom',
      'nom et prenom',
      'prenom et nom',
      'nom de famille',
      'responsable structure',
    ],
  },
  { id: 'fonction', type: 'text', width: 140, synonyms: ['fonction', 'role', 'poste', 'titre'] },
  {
    id: 'email',
    type: 'email',
    width: 210,
    synonyms: [
      'e mail',
      'email',
      'mail',
      'courriel',
      'adresse mail',
      'adresse e mail',
      'adresse email',
      'mel',
      'e mail contact',
    ],
  },
  {
    id: 'telephone',
    type: 'phone',
    width: 120,
    synonyms: ['telephone', 'tel', 'phone', 'portable', 'mobile', 'numero de telephone', 'tel.'],
  },
  { id: 'adresse', type: 'text', width: 220, synonyms: ['adresse', 'address', 'rue', 'adresse postale'] },
  { id: 'codePostal', type: 'postal', width: 90, synonyms: ['code postal', 'cp', 'postcode', 'zip', 'code_postal'] },
  { id: 'commune', type: 'text', width: 140, synonyms: ['commune', 'ville', 'town', 'city', 'localite'] },
  {
    id: 'siteWeb',
    type: 'url',
    width: 190,
    synonyms: ['site web', 'site', 'site internet', 'web', 'website', 'url', 'internet'],
  },
  { id: 'statut', type: 'status', width: 130, synonyms: ['statut', 'status', 'etat', 'suivi', 'avancement'] },
  {
    id: 'responsable',
    type: 'member',
    width: 140,
    synonyms: ['responsable', 'owner', 'suivi par', 'qui', 'benevole', 'referent club'],
  },
  {
    id: 'dernierContact',
    type: 'date',
    width: 115,
    synonyms: ['dernier contact', 'last contact', 'date contact', 'date du contact', 'contacte le'],
  },
  {
    id: 'prochaineRelance',
    type: 'date',
    width: 120,
    synonyms: ['prochaine relance', 'relance', 'next follow up', 'date de relance', 'a relancer le'],
  },
  {
    id: 'prochaineAction',
    type: 'longtext',
    width: 200,
    synonyms: ['prochaine action', 'next action', 'action', 'a faire', 'todo'],
  },
  {
    id: 'notes',
    type: 'longtext',
    width: 240,
    synonyms: ['notes', 'note', 'remarques', 'remarque', 'commentaire', 'commentaires', 'observations', 'infos'],
  },
  { id: 'source', type: 'source', width: 160, synonyms: ['source', 'origine'] },
  {
    id: 'nePasContacter',
    type: 'checkbox',
    width: 90,
    synonyms: ['ne pas contacter', 'do not contact', 'stop', 'desinscrit'],
  },
  { id: 'courriel', type: 'link', width: 120, synonyms: ['lien courriel', 'e mail link', 'lien gmail'] },
  { id: 'classement', type: 'classement', width: 200, synonyms: ['classement', 'classification'] },
  {
    id: 'modifieLe',
    type: 'date',
    width: 110,
    synonyms: ['modifie le', 'modified on', 'mis a jour', 'derniere modification'],
  },
];

export function columnSpec(id: ColumnId): ColumnSpec {
  const found = COLUMNS.find((c) => c.id === id);
  if (!found) throw new Error(`unknown column ${id}`);
  return found;
}

export const headerKey = (id: ColumnId) => `column.${id}` as MessageKey;
export const noteKey = (id: ColumnId) => `note.${id}` as MessageKey;

/** Developer metadata keys: how the add-on finds its sheets and columns whatever people do to them. */
export const META = {
  sheet: 'pdc.sheet',
  column: 'pdc.column',
  dashboard: 'pdc.dashboard',
  templates: 'pdc.templates',
  team: 'pdc.team',
  history: 'pdc.history',
} as const;

/** Statuses for which follow-ups no longer matter (not overdue, not active work). */
export const CLOSED_STATUSES = ['partenaire', 'refus', 'sans_suite'];
