import type { CategoryId, TutelleId } from '../../taxonomy';
import { KIND_CODE_WEIGHT } from '../weights';

export interface CodeRule {
  category: CategoryId;
  codes: RegExp;
  weight: number;
  tutelle?: TutelleId;
}

/** Activity codes (NAF rev. 2, dotted). */
export const NAF_RULES: CodeRule[] = [
  { category: 'bibliotheque', codes: /^91\.01/, weight: KIND_CODE_WEIGHT },
  { category: 'etablissement_scolaire', codes: /^85\.(10|20)/, weight: KIND_CODE_WEIGHT, tutelle: 'commune' },
  { category: 'etablissement_scolaire', codes: /^85\.31/, weight: KIND_CODE_WEIGHT, tutelle: 'departement' },
  { category: 'etablissement_scolaire', codes: /^85\.32/, weight: KIND_CODE_WEIGHT, tutelle: 'region' },
  { category: 'etablissement_scolaire', codes: /^85\.4/, weight: KIND_CODE_WEIGHT, tutelle: 'etat' },
  { category: 'centre_social', codes: /^88\.99B|^88\.99A/, weight: 2 },
  { category: 'association', codes: /^94\.99|^94\.91|^93\.1|^93\.29|^90\.0/, weight: 2 },
  { category: 'mairie', codes: /^84\.11/, weight: 1.5 },
  { category: 'collectivite', codes: /^84\.(11|12|13|30)/, weight: 1.5 },
  {
    category: 'entreprise',
    codes: /^(62|63|58\.2|26|27|28|29|46|47|64|65|66|68|69|70|71|73|74|77|78|80|82)/,
    weight: 2.5,
    tutelle: 'prive',
  },
];

/** Legal forms (INSEE legal category), the strongest evidence there is. */
export interface FormRule {
  category: CategoryId;
  codes: RegExp;
  tutelle?: TutelleId;
  /** Kinds of place that may carry this form (a municipal library has the commune's code). */
  compatible: CategoryId[];
}

export const FORM_RULES: FormRule[] = [
  {
    category: 'mairie',
    // With a big town's sectors (7341, « Mairie des 1er et 7e arrondissements »).
    codes: /^(7210|7312|7341|7361|7362|7367)$/,
    tutelle: 'commune',
    compatible: ['bibliotheque', 'centre_social', 'epn', 'maison_associations', 'etablissement_scolaire'],
  },
  {
    category: 'collectivite',
    codes: /^(7220|7225|7229)$/,
    tutelle: 'departement',
    compatible: ['bibliotheque', 'epn', 'maison_associations'],
  },
  { category: 'collectivite', codes: /^7230$/, tutelle: 'region', compatible: ['epn'] },
  // Ententes of départements and of régions.
  { category: 'collectivite', codes: /^7351$/, tutelle: 'departement', compatible: [] },
  { category: 'collectivite', codes: /^7352$/, tutelle: 'region', compatible: [] },
  {
    category: 'collectivite',
    codes: /^(734[02-9]|735[3-7])$/,
    tutelle: 'intercommunalite',
    compatible: ['bibliotheque', 'centre_social', 'epn', 'maison_associations'],
  },
  // The State's services and establishments; social security bodies (the CAF, the MSA), professional orders
  // and bodies (8450–8490). Not every 8xxx code: mutual insurers and works councils are private, below.
  {
    category: 'collectivite',
    codes: /^(71\d\d|7381|7382|7385|7389|81\d\d|84[5-9]\d)$/,
    tutelle: 'etat',
    compatible: ['epn'],
  },
  // The local authorities' other public bodies: industrial and commercial ones and régies (an office de
  // tourisme, a town's theatre), cultural (EPCC) and administrative establishments, social and medico-social
  // ones (a public EHPAD), public housing offices, a town's pawn bank; and the landowners' public associations
  // (associations syndicales autorisées, associations foncières: 7321–7323), public bodies whatever their name
  // says. Whose, the code does not say.
  {
    category: 'collectivite',
    codes: /^(4140|4150|732[1-3]|7363|7366|7371|7373|7378|7379|7490)$/,
    compatible: ['bibliotheque', 'epn', 'centre_social', 'maison_associations'],
  },
  { category: 'collectivite', codes: /^7372$/, tutelle: 'departement', compatible: [] },
  // The State's industrial and commercial bodies, hospitals and health groupings, public interest groupings.
  { category: 'collectivite', codes: /^(41[1-36]0|7364|7365|7410|7470)$/, tutelle: 'etat', compatible: ['epn'] },
  { category: 'etablissement_scolaire', codes: /^7331$/, compatible: [] },
  { category: 'etablissement_scolaire', codes: /^(7383|7384|7190)$/, tutelle: 'etat', compatible: [] },
  {
    category: 'association',
    codes: /^(9210|9220|9221|9222|9223|9224|9230|9240|9260|5195)$/,
    tutelle: 'prive',
    // A private school is most often an association's (an OGEC), which its activity code says.
    compatible: ['centre_social', 'epn', 'maison_associations', 'bibliotheque', 'etablissement_scolaire'],
  },
  // Trade unions and employers' unions (8410, 8420): private bodies of members, as associations are.
  { category: 'association', codes: /^84[12]\d$/, tutelle: 'prive', compatible: [] },
  // Firms, corporate foundations (9300); mutual insurers and provident institutions (82xx, 85xx), private
  // insurers as a partner sees them; a firm's works council (CSE, 83xx), which gives as the firm does.
  { category: 'entreprise', codes: /^(1000|5\d\d\d|6\d\d\d|9300|8[235]\d\d)$/, tutelle: 'prive', compatible: [] },
];
