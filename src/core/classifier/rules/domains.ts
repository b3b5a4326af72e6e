import type { CategoryId, Said, TutelleId } from '../../taxonomy';
import { OTHERS_IN_CC } from './shapes';

/** « ccbugeysud.com », « @ccmaizieres.fr »: a communauté de communes' domain, its acronym glued to its name. */
const CC_DOMAIN = `cc(?!${OTHERS_IN_CC.map((acronym) => acronym.slice(2)).join('|')})[a-z]{3,}`;

export interface DomainRule {
  category: CategoryId;
  pattern: RegExp;
  weight: number;
  /** {domain}, {local} (before the @) and {address} (as written) are filled in. */
  reason: Said;
  tutelle?: TutelleId;
  /** Only associations may hold such a domain: a place the name names is run by one. */
  heldByAssociation?: true;
}

/** E-mail and web domains (and the local part of an address), as reasons a person can check. */
export const DOMAIN_RULES: DomainRule[] = [
  {
    category: 'etablissement_scolaire',
    pattern: /@ac-[a-z-]+\.fr$/,
    weight: 4,
    reason: { fr: 'adresse en {domain} : Éducation nationale', en: 'address at {domain}: French national education' },
  },
  {
    category: 'etablissement_scolaire',
    pattern: /^ce\.\d{7}[a-z]@/,
    weight: 4,
    reason: { fr: 'adresse d’établissement scolaire (ce.UAI@)', en: 'school address (ce.UAI@)' },
  },
  {
    category: 'etablissement_scolaire',
    // « univ-paris8.fr », « iut-velizy.fr », « ens-lyon.fr », the écoles normales supérieures' « ensta.fr »,
    // « ensfea.fr », and the universities' « u-pec.fr », « u-bordeaux.fr ». The short acronyms only before a
    // dash, a dot or a digit: « ensemble.fr », « univers-jeux.fr », « iutopia.fr » are not universities.
    pattern:
      /(^|[.@/-])(universite|polytech|(univ|iut|insa|ens[a-z]{0,3})(?=[-.\d]))[a-z0-9-]*\.|(^|[.@/])u-[a-z0-9-]+\.fr/,
    weight: 3,
    reason: { fr: 'domaine universitaire {domain}', en: 'university domain {domain}' },
    tutelle: 'etat',
  },
  {
    category: 'etablissement_scolaire',
    pattern: /(^|[.@/])ac-[a-z-]+\.fr/,
    weight: 3,
    reason: { fr: 'site en {domain} : Éducation nationale', en: 'website at {domain}: French national education' },
  },
  {
    category: 'collectivite',
    // The chambers of commerce's network domain too (« aveyron.cci.fr »).
    pattern: /(^|[.@/])(caf\.fr|ameli\.fr|justice\.fr|cci\.fr|[a-z0-9-]+\.gouv\.fr)/,
    weight: 3.5,
    reason: { fr: 'domaine public {domain}', en: 'public body’s domain {domain}' },
    tutelle: 'etat',
  },
  {
    category: 'collectivite',
    // « grandlyon.com », « grand-reims.fr »: « grand » opens the domain, not « csc-grande-bastide.com ». A domain that
    // opens with « cc » and a name, not another body's acronym in « cc » (« ccas-vaux.fr », « cci-paris.fr »).
    pattern: new RegExp(
      `(^|[.@/-])(agglo|cc-|cu-|ccpays|cdc-|communaute|metropole)[a-z0-9-]*\\.|(^|[.@/])grand(?!e)[a-z0-9-]*\\.|[@/.]${CC_DOMAIN}[a-z0-9-]*\\.`,
    ),
    weight: 2,
    reason: { fr: 'domaine d’intercommunalité {domain}', en: 'intermunicipality’s domain {domain}' },
    tutelle: 'intercommunalite',
  },
  {
    category: 'collectivite',
    pattern: /(^|[.@/-])(departement(?!al)|cg\d{2}|cd\d{2})[a-z0-9-]*\./,
    weight: 2.5,
    reason: { fr: 'domaine de collectivité {domain}', en: 'local authority’s domain {domain}' },
    tutelle: 'departement',
  },
  {
    category: 'collectivite',
    // « regionsud.fr », « region-bretagne.fr »; not « regionale-immobilier.fr », a firm's adjective.
    pattern: /(^|[.@/-])(region|maregion)(?!al)[a-z0-9-]*\./,
    weight: 2.5,
    reason: { fr: 'domaine de collectivité {domain}', en: 'local authority’s domain {domain}' },
    tutelle: 'region',
  },
  {
    category: 'mairie',
    // « ville-melun.fr », and the town's own subdomain (« bibliotheque@ville.angers.fr »).
    pattern: /(^|[.@/])(mairie|ville|commune)(-[a-z0-9-]*|\.[a-z0-9-]+)\./,
    weight: 2,
    reason: { fr: 'domaine municipal {domain}', en: 'town’s domain {domain}' },
    tutelle: 'commune',
  },
  {
    category: 'mairie',
    pattern: /^[a-z0-9._-]*(mairie|commune|ccas)[a-z0-9._-]*@/,
    weight: 2.5,
    reason: { fr: 'adresse de mairie ({local}@)', en: 'town hall address ({local}@)' },
    tutelle: 'commune',
  },
  {
    category: 'bibliotheque',
    // « bm@gueugnon.net », « bm.vaux@… », « bm-vaux.fr »: a town library's address (bibliothèque municipale);
    // « bm » where a word of the address starts, not in « ibm-france.fr ».
    // A département's or a town's reading service (« lecturepublique@… », « …/lecture-publique »). The hosts of
    // the libraries' online catalogues (« vaux.bibli.fr », « ….bibenligne.fr », « ….c3rb.org », « ….opac-x.fr »).
    pattern:
      /(mediatheque|bibliotheque|biblio|ludotheque|mabib|lecture-?publique|bibenligne\.|\.c3rb\.org)|(^|[./@_-])(bm[._@-]|bibli\.|opac[.-])/,
    weight: 2.5,
    reason: { fr: '« bibliothèque » dans l’adresse {address}', en: '“library” in the address {address}' },
  },
  {
    category: 'epn',
    // « epn » where a word of the address starts (« epn@… », « epn-vaux.fr »), not in « lepn.fr ». The words of
    // digital places' names as addresses write them (« prenom.nom@conseiller-numerique.fr », « …/espace-numerique »).
    pattern:
      /(fablab|fab-lab|franceservices|france-services|cyberbase|cyber-base|(^|[./@_-])epn|conseillers?-numeriques?|conseillernumerique|espace-?numerique|(mediation|inclusion)-numerique|cyber-?(espace|centre))/,
    weight: 2.5,
    reason: { fr: 'lieu numérique dans l’adresse {address}', en: 'digital space in the address {address}' },
  },
  {
    category: 'centre_social',
    // « evs » only where a word of the address starts (« evs@… », « evs-laruche.fr »), not in « devs ». « csc » only
    // as a word of its own before the @ or opening the domain with a dash (« accueil.csc@… », « @csc-vaux.org »):
    // a domain that is the acronym alone (« csc.com ») is a firm's as often.
    pattern:
      /(centre[._-]?social|socio-?culturel|mjc|maisondequartier|maison-de-quartier|(^|[./@_-])evs|^([a-z0-9_-]*[._-])?csc([._-][a-z0-9._-]*)?@|[@/]csc[-_])/,
    weight: 2.5,
    reason: { fr: 'centre social dans l’adresse {address}', en: 'community centre in the address {address}' },
  },
  {
    category: 'maison_associations',
    // « crib » only where a word of the address starts (« crib@… », « crib-vaucluse.fr »), not in « scribe ». A town's
    // pages of associative life, not one association's page in their directory (« …/vie-associative/annuaire/x »).
    pattern:
      /(maisondesassociations|maison-des-associations|mda-|(^|[./@_-])crib|vie-?associative(?!(?:\/[^/?#]+){2}))/,
    weight: 3,
    reason: { fr: 'vie associative dans l’adresse {address}', en: 'association support in the address {address}' },
  },
  {
    // Only associations may register a name under .asso.fr.
    category: 'association',
    pattern: /\.asso\.fr(\/|$)/,
    weight: 3,
    heldByAssociation: true,
    reason: {
      fr: 'domaine en .asso.fr, réservé aux associations : {domain}',
      en: '.asso.fr domain, for associations only: {domain}',
    },
  },
  {
    // The pages of the platforms made for associations' memberships and donations (« helloasso.com/associations/… »,
    // « lestilleuls.assoconnect.com »): held by associations.
    category: 'association',
    pattern: /(^|[./])helloasso\.com\/associations\/|\.assoconnect\.com(\/|$)/,
    weight: 3,
    heldByAssociation: true,
    reason: { fr: 'page d’association sur {domain}', en: 'association’s page on {domain}' },
  },
  {
    // « association-appuis.fr », « mon-asso.org »: a domain named so is an association's, as a rule.
    category: 'association',
    pattern: /(@|^\/\/)[a-z0-9.-]*((?<!maison-?des-?)association|[.-]asso\.)/,
    weight: 2.5,
    reason: { fr: 'domaine associatif {domain}', en: 'association’s domain {domain}' },
  },
  {
    // A word of its own before the @, as associations name their webmail (« asso.lestilleuls@gmail.com »,
    // « lestilleuls-asso@… », « association.lestilleuls@… »): a lead, answered for a check. Glued to other words
    // (« associationdescommuns@ ») it is only a hint, below.
    category: 'association',
    pattern: /^([a-z0-9_-]*[._-])?(asso|association)([._-][a-z0-9._-]*)?@/,
    weight: 2.5,
    reason: { fr: 'adresse associative {address}', en: 'association’s address {address}' },
  },
  {
    // In a page's path (« …/lassociation/ »): a lead.
    category: 'association',
    pattern: /([.-]asso\.|(?<!maison-?des-?)association)/,
    weight: 2,
    reason: { fr: 'adresse associative {address}', en: 'association’s address {address}' },
  },
  {
    // A company's legal form as a word of the domain or before the @ (« contact@dupont-sarl.fr »,
    // « sarl.martin@… »), not in a page's path: a lead.
    category: 'entreprise',
    pattern: /^(?:\/\/)?(?:[^/]*[.@_-])?(sarl|sasu|eurl|sas|snc|selarl)[._-]/,
    weight: 2.5,
    reason: { fr: 'forme de société dans l’adresse {address}', en: 'company form in the address {address}' },
    tutelle: 'prive',
  },
  schoolAddress('ecole', 'école', 'school', 'commune'),
  schoolAddress('college', 'collège', 'collège', 'departement'),
  schoolAddress('lycee', 'lycée', 'lycée', 'region'),
];

/** « ecole.les-tilleuls@…», « college-jean-moulin.fr »: the level of a school in its address. */
function schoolAddress(word: string, fr: string, en: string, tutelle: TutelleId): DomainRule {
  return {
    category: 'etablissement_scolaire',
    pattern: new RegExp(`(^|[.@/-])${word}[.-]`),
    weight: 2.5,
    reason: { fr: `« ${fr} » dans l’adresse {address}`, en: `“${en}” in the address {address}` },
    tutelle,
  };
}
