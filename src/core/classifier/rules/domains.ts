import type { CategoryId, Said, TutelleId } from '../../taxonomy';

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
    // « univ-paris8.fr », « iut-velizy.fr », and the universities' « u-pec.fr », « u-bordeaux.fr ».
    pattern: /(^|[.@/-])(univ|universite|iut|insa|ens|polytech)[a-z0-9-]*\.|(^|[.@/])u-[a-z0-9-]+\.fr/,
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
    pattern: /(^|[.@/])(caf\.fr|ameli\.fr|justice\.fr|[a-z0-9-]+\.gouv\.fr)/,
    weight: 3.5,
    reason: { fr: 'domaine public {domain}', en: 'public body’s domain {domain}' },
    tutelle: 'etat',
  },
  {
    category: 'collectivite',
    // « grandlyon.com », « grand-reims.fr »: « grand » opens the domain, not « csc-grande-bastide.com ».
    pattern: /(^|[.@/-])(agglo|cc-|cu-|ccpays|cdc-|communaute|metropole)[a-z0-9-]*\.|(^|[.@/])grand(?!e)[a-z0-9-]*\./,
    weight: 2,
    reason: { fr: 'domaine d’intercommunalité {domain}', en: 'intermunicipality’s domain {domain}' },
    tutelle: 'intercommunalite',
  },
  {
    category: 'collectivite',
    pattern: /(^|[.@/-])(departement|cg\d{2}|cd\d{2})[a-z0-9-]*\./,
    weight: 2.5,
    reason: { fr: 'domaine de collectivité {domain}', en: 'local authority’s domain {domain}' },
    tutelle: 'departement',
  },
  {
    category: 'collectivite',
    pattern: /(^|[.@/-])(region|maregion)[a-z0-9-]*\./,
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
    // « bm@gueugnon.net », « bm.vaux@… »: a town library's address (bibliothèque municipale).
    pattern: /(mediatheque|bibliotheque|biblio|ludotheque|bm-|mabib)|^bm[._@-]/,
    weight: 2.5,
    reason: { fr: '« bibliothèque » dans l’adresse {address}', en: '“library” in the address {address}' },
  },
  {
    category: 'epn',
    pattern: /(fablab|fab-lab|franceservices|france-services|cyberbase|cyber-base|epn)/,
    weight: 2.5,
    reason: { fr: 'lieu numérique dans l’adresse {address}', en: 'digital space in the address {address}' },
  },
  {
    category: 'centre_social',
    pattern: /(centresocial|centre-social|socioculturel|socio-culturel|mjc|maisondequartier|evs)/,
    weight: 2.5,
    reason: { fr: 'centre social dans l’adresse {address}', en: 'community centre in the address {address}' },
  },
  {
    category: 'maison_associations',
    pattern: /(maisondesassociations|maison-des-associations|mda-|crib|vie-associative|vieassociative)/,
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
    // « association-appuis.fr », « mon-asso.org »: a domain named so is an association's, as a rule.
    category: 'association',
    pattern: /(@|^\/\/)[a-z0-9.-]*(association|[.-]asso\.)/,
    weight: 2.5,
    reason: { fr: 'domaine associatif {domain}', en: 'association’s domain {domain}' },
  },
  {
    // Before the @ or in a page's path (« associationdescommuns@gmail.com », « …/lassociation/ »): a lead.
    category: 'association',
    pattern: /([.-]asso\.|association)/,
    weight: 2,
    reason: { fr: 'adresse associative {address}', en: 'association’s address {address}' },
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
