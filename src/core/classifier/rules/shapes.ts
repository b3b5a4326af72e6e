import type { CategoryId, Said, TutelleId } from '../../taxonomy';
import { CRAFT_TRADES } from './words/companies';

/** A name of two to `maxWords` words ending with one of `lasts`, the word before not one of `notAfter`. */
function lastWordIs(lasts: string[], maxWords: number, notAfter: Set<string>): ShapeRule['test'] {
  const ends = new Set(lasts);
  return (_name, words) =>
    words.length >= 2 &&
    words.length <= maxWords &&
    ends.has(words[words.length - 1]) &&
    !notAfter.has(words[words.length - 2]);
}

const PERSON_TITLES = new Set(['m', 'mr', 'mme', 'mlle', 'monsieur', 'madame', 'mademoiselle']);
const NOT_A_BRAND = new Set(['services', 'service', 'anatole', 'mendes', 'de', 'd']);
const LEGAL_FORM_WORDS = new Set(['sa', 'sas', 'sasu', 'sarl', 'eurl', 'snc']);

/**
 * « ZARA France », « BASF FRANCE SAS »: a name of up to six words ending in « France » and its legal form.
 * Not « … de France »: a town (« Fort-de-France »), a region (« Île-de-France », « Hauts-de-France »)
 * whose branches associations and public bodies have as much as firms (« Les Petits Débrouillards
 * Île-de-France », « ADEME Hauts-de-France »), a national body (« Scouts et Guides de France »).
 */
function brandThenFrance(_name: string, words: string[]): boolean {
  const last = LEGAL_FORM_WORDS.has(words[words.length - 1]) ? words.length - 2 : words.length - 1;
  if (last < 1 || last >= 6 || words[last] !== 'france') return false;
  return !NOT_A_BRAND.has(words[last - 1]);
}

/** Words that end a phrase, not a place name (« Notre communauté », « Une communauté »). */
const NOT_A_PLACE = new Set([
  'la',
  'une',
  'notre',
  'votre',
  'de',
  'des',
  'du',
  'en',
  'et',
  'ma',
  'ta',
  'sa',
  'nos',
  'vos',
]);

/** Words before « Conseil » that make it a council or an advice desk, not a firm's trade. */
const NOT_A_TRADE_NAME = new Set([...NOT_A_PLACE, 'info', 'point', 'espace', 'jeunes', 'citoyen', 'sage', 'bon']);

/** Words before « Frères » that make no family firm (« Les Frères », « Petits Frères »). */
const NOT_A_FAMILY_NAME = new Set([...NOT_A_TRADE_NAME, 'les', 'des', 'nos', 'petits', 'grands', 'bons']);

/** A capitalised acronym opening a name, shaped as French higher-education schools' are. */
const HIGHER_EDUCATION_ACRONYM = /^\s*((?:ENS|ENI|ESI|IS)[A-Z]{1,4})(?![\p{L}\p{N}'’])/u;
/** Capitalised words that start so and are words, not acronyms. */
const NOT_AN_ACRONYM = new Set(['ensemble', 'enigma', 'enigme', 'isola', 'island', 'islam', 'isle', 'iso', 'isaac']);

/**
 * Acronyms of other bodies that start with « CC » (« le CCAS », « le CCFD », « le CCSTI », a centre chorégraphique
 * national's « CCN »), the chambers of commerce's (« la CCIR », « la CCIMP »), and video surveillance's « CCTV »;
 * an intercommunalité's domain may start with « cc » too (see domains).
 */
export const OTHERS_IN_CC = ['ccas', 'ccfd', 'ccsti', 'ccmsa', 'cci', 'ccn', 'cctv'];
const NOT_AN_INTERCOMMUNALITY = new RegExp(`^(${OTHERS_IN_CC.join('|')})`);

/** « Service jeunesse de la CCPV », « Médiathèque de la CCVHA »: after « de la », a communauté de communes. */
function ofACommunauteDeCommunes(_name: string, words: string[]): boolean {
  for (let i = words.indexOf('la', 1); i > 0; i = words.indexOf('la', i + 1)) {
    const next = words[i + 1];
    if (words[i - 1] === 'de' && next && /^cc[a-z]{2,4}$/.test(next) && !NOT_AN_INTERCOMMUNALITY.test(next))
      return true;
  }
  return false;
}

/** « CCVG », « CCPV Service jeunesse »: a communauté de communes' acronym in capitals, opening the name. */
const COMMUNAUTE_ACRONYM_FIRST = /^\s*CC[A-Z]{2,4}(?![\p{L}\p{N}])/u;

function opensWithACommunauteAcronym(name: string, words: string[]): boolean {
  const first = words[0];
  if (first === undefined || first.length < 4 || first.length > 6 || !first.startsWith('cc')) return false;
  return COMMUNAUTE_ACRONYM_FIRST.test(name) && !NOT_AN_INTERCOMMUNALITY.test(first);
}

/** Shapes of a whole name. */
export interface ShapeRule {
  category: CategoryId;
  weight: number;
  reason: Said;
  tutelle?: TutelleId;
  /** Says who runs the place, whatever else the name says (as the words that decide, see word-rule). */
  decidesTutelle?: true;
  test: (name: string, words: string[]) => boolean;
}

export const SHAPE_RULES: ShapeRule[] = [
  {
    // « UMR 5205 », « LIRIS (UMR 5205) », « UPR 8001 »: a public research unit by its number (unité mixte, propre
    // de recherche), a university's and the research bodies'; « UMR Services » is no such unit.
    category: 'etablissement_scolaire',
    weight: 3,
    reason: {
      fr: 'unité de recherche désignée par son numéro (« UMR 5205 »)',
      en: 'a research unit named by its number (“UMR 5205”)',
    },
    tutelle: 'etat',
    test: (name) => /\b(umr|upr|usr|umi)[\s-]?(cnrs[\s-]?)?\d{3,4}\b/i.test(name),
  },
  {
    // « CD14 », « CG 77 », « CD 974 »: the conseil départemental (général) by its département's number —
    // or a sport's comité départemental (« CD 14 Tennis de table »): a lead, that a sport's word outweighs.
    category: 'collectivite',
    weight: 2.4,
    reason: {
      fr: 'conseil départemental désigné par son numéro (« CD14 »)',
      en: 'a conseil départemental named by its number (“CD14”)',
    },
    tutelle: 'departement',
    test: (name) => /^\s*c[dg]\s?(\d{2,3}|2[ab])\b/i.test(name),
  },
  {
    // « ADORAMUS CHEZ M RENOU »: lists of associations write where one is domiciled, a member's home.
    category: 'association',
    weight: 2.4,
    reason: {
      fr: 'domiciliée chez une personne (« chez M. … »)',
      en: 'domiciled at a person’s home (“chez M. …”)',
    },
    test: (_name, words) => {
      const at = words.indexOf('chez');
      return at > 0 && PERSON_TITLES.has(words[at + 1]);
    },
  },
  {
    // « SAFARI CONSEIL », « ACHILLE SOLUTIONS », « Martin Immobilier », « LYNX SECURITE »: a trade name, then
    // its trade.
    category: 'entreprise',
    weight: 2.5,
    reason: {
      fr: 'nom commercial suivi de son métier (« Conseil », « Solutions », « Immobilier », « Sécurité »…)',
      en: 'a trade name followed by its trade (“Conseil”, “Solutions”, “Immobilier”, “Sécurité”…)',
    },
    tutelle: 'prive',
    test: lastWordIs(
      [
        'conseil',
        'conseils',
        'solution',
        'solutions',
        'distribution',
        'immobilier',
        'immobiliere',
        // Security firms (« LYNX SECURITE », « EURO PROTECTION SURVEILLANCE »).
        'securite',
        'surveillance',
        // Management and energy firms (« GERAUD GESTION », « RAMERY ENERGIES »).
        'gestion',
        'energies',
        // Builders and carriers (« MP Constructions », « Paillardon TP », « Durand Bâtiment », « BTL Transports »).
        'construction',
        'constructions',
        'tp',
        'btp',
        'batiment',
        'renovation',
        'transports',
        // Holdings, traders, makers and shops by their trade (« KORVAL PARTICIPATIONS », « Dupont Négoce »,
        // « Martin Textiles », « Durand Vins »): firms' words that associations' names do not end with.
        'participations',
        'trading',
        'negoce',
        'import',
        'export',
        'motors',
        'foods',
        'textiles',
        'pharma',
        'metallurgie',
        'menuiseries',
        'assurances',
        'vins',
        'dentaire',
        // Shops and services by their trade (« Martin Traiteur », « Dupont Coiffure », « Martin Voyages »).
        'traiteur',
        'coiffure',
        'optique',
        'voyages',
        'multiservices',
        'location',
        // Craftsmen and carriers (« Martin Menuiserie », « Durand Taxis »).
        ...CRAFT_TRADES,
      ],
      4,
      NOT_A_TRADE_NAME,
    ),
  },
  {
    // « Jean Dupont EI », « Marie Martin EIRL »: the sole trader's legal mention after the trader's name (at
    // the head, see words/companies).
    category: 'entreprise',
    weight: 3.5,
    reason: {
      fr: 'nom suivi de « EI » ou « EIRL » (entreprise individuelle)',
      en: 'a name followed by “EI” or “EIRL” (sole trader)',
    },
    tutelle: 'prive',
    test: lastWordIs(['ei', 'eirl'], 5, NOT_A_PLACE),
  },
  {
    // « Martin Frères », « DUPONT FRERES »: a family firm, as « … & Fils » is (see words/companies).
    category: 'entreprise',
    weight: 2.5,
    reason: {
      fr: 'nom de famille suivi de « Frères » (entreprise familiale)',
      en: 'a family name followed by “Frères” (a family firm)',
    },
    tutelle: 'prive',
    test: lastWordIs(['freres'], 3, NOT_A_FAMILY_NAME),
  },
  {
    category: 'collectivite',
    weight: 3,
    reason: {
      fr: 'sigle de communauté de communes après « de la » (« de la CCPV »)',
      en: 'a communauté de communes’ acronym after “de la” (“de la CCPV”)',
    },
    tutelle: 'intercommunalite',
    decidesTutelle: true,
    test: ofACommunauteDeCommunes,
  },
  {
    // Opening the name, the same acronym is a lead to check: other bodies' acronyms start with « CC » too.
    category: 'collectivite',
    weight: 2.4,
    reason: {
      fr: 'sigle de communauté de communes (« CCPV »)',
      en: 'a communauté de communes’ acronym (“CCPV”)',
    },
    tutelle: 'intercommunalite',
    test: opensWithACommunauteAcronym,
  },
  {
    // « Morlaix Communauté », « Lannion-Trégor Communauté »: how many intercommunalités name themselves.
    category: 'collectivite',
    weight: 3,
    reason: {
      fr: 'nom de territoire suivi de « Communauté » (intercommunalité)',
      en: 'a place name followed by “Communauté” (intermunicipality)',
    },
    tutelle: 'intercommunalite',
    test: lastWordIs(['communaute'], 5, NOT_A_PLACE),
  },
  {
    // « ENSIBS Lorient », « ISEN Brest », « ESIROI La Réunion »: École nationale supérieure…, École
    // nationale d’ingénieurs…, École supérieure d’ingénieurs…, Institut supérieur… Only an acronym plainly
    // written as one (capitals in a name that has small letters) and opening the name: answered for a check.
    category: 'etablissement_scolaire',
    weight: 2.5,
    reason: {
      fr: 'sigle d’école supérieure en tête du nom (ENS…, ENI…, ESI…, IS…)',
      en: 'a higher-education school’s acronym opening the name (ENS…, ENI…, ESI…, IS…)',
    },
    tutelle: 'etat',
    test: (name) => {
      const acronym = HIGHER_EDUCATION_ACRONYM.exec(name);
      return acronym !== null && /[a-z]/.test(name) && !NOT_AN_ACRONYM.has(acronym[1].toLowerCase());
    },
  },
  {
    category: 'entreprise',
    weight: 2.5,
    reason: {
      fr: 'nom en forme d’adresse web (.com, .net, .ai…)',
      en: 'a name shaped like a web address (.com, .net, .ai…)',
    },
    tutelle: 'prive',
    // (not « … .comète »: the word ends there, accented letters included)
    test: (name) => name.includes('.') && /[a-z0-9]\s*\.\s*(com|net|ai|io|tech|app)(?![\p{L}\p{N}])/iu.test(name),
  },
  {
    // « Médecins sans frontières », « Avocats sans frontières », « Informaticiens sans frontières »: a trade
    // or a public, then « sans frontières », names a non-governmental organisation, not the trade's firm.
    category: 'association',
    weight: 4,
    reason: {
      fr: 'nom d’ONG (« … sans frontières »)',
      en: 'an NGO’s name (“… sans frontières”)',
    },
    tutelle: 'prive',
    test: (_name, words) => {
      const at = words.indexOf('sans');
      return (at === 1 || (at === 2 && words[0] === 'les')) && words[at + 1] === 'frontieres';
    },
  },
  // Right for most names of that shape, but national associations take it too (« Emmaüs France »,
  // « Wikimédia France »): an answer below the check threshold, which Classer lists for a person.
  {
    category: 'entreprise',
    weight: 2.7,
    reason: {
      fr: 'nom d’enseigne suivi de « France » (filiale française)',
      en: 'a brand name followed by “France” (French subsidiary)',
    },
    tutelle: 'prive',
    // Not « France services », nor a person named France (« Bcd Anatole France », « Collège Mendès
    // France »), nor the town of Fort-de-France.
    test: brandThenFrance,
  },
];
