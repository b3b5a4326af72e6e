/**
 * The evidence the classifier weighs. Rules speak of words, acronyms, legal forms, domains, codes
 * and shapes — never of a particular organisation. Phrases are written normalised (see
 * text.normalize: lower case, no accents); `head` rules count more when they open the name, since in
 * French the head noun comes first ("Association des parents d'élèves de l'école…" is an association).
 */
import type { CategoryId, Said, TutelleId } from '../taxonomy';

export interface WordRule {
  category: CategoryId;
  /** Normalised phrases, matched on whole words. A trailing "*" matches any word starting so. */
  phrases: string[];
  weight: number;
  /** Funding body this word implies (école → commune, collège → département…). */
  tutelle?: TutelleId;
  /** Short or ambiguous acronyms count only when they open the name ("CC du Pays…", "ASS …"). */
  headOnly?: boolean;
  /** A collective noun that opens names of every kind: it does not count double at the head. */
  noHeadBonus?: boolean;
  /** Says who runs the place whatever else says what it is (« privé », « intercommunal »): its funding body wins. */
  decidesTutelle?: boolean;
}

/**
 * Abbreviations of club lists (« Coll. Jean Moulin », « Ctre social », « Com com du Val », « ZI des
 * Ormes ») and how they read in full: the reason shows both, « coll » (collège), so a person sees what
 * was understood. Each is also a phrase of a rule below, where it weighs as the word it stands for.
 */
export const ABBREVIATIONS: Record<string, string> = {
  bibli: 'bibliothèque',
  bib: 'bibliothèque',
  bm: 'bibliothèque municipale',
  mediath: 'médiathèque',
  'ec maternelle': 'école maternelle',
  'ec elementaire': 'école élémentaire',
  'ec primaire': 'école primaire',
  'ec mat': 'école maternelle',
  'ec elem': 'école élémentaire',
  'ec prim': 'école primaire',
  'eco maternelle': 'école maternelle',
  'eco elementaire': 'école élémentaire',
  'eco primaire': 'école primaire',
  elem: 'école élémentaire',
  'grpe scolaire': 'groupe scolaire',
  'gpe scolaire': 'groupe scolaire',
  'grp scolaire': 'groupe scolaire',
  legt: 'lycée général et technologique',
  'maison de qtier': 'maison de quartier',
  coll: 'collège',
  lyc: 'lycée',
  'centre soc': 'centre social',
  // The adjective agreed as if « centre » were feminine: a slip common enough in directories.
  'centre sociale': 'centre social',
  'ctre social': 'centre social',
  'centre com action sociale': 'centre communal d’action sociale',
  'centre com d action sociale': 'centre communal d’action sociale',
  'ctre soc': 'centre social',
  'centre socio': 'centre socioculturel',
  'maison des asso': 'maison des associations',
  'maison des assos': 'maison des associations',
  'maison de la vie asso': 'maison de la vie associative',
  'espace pub numerique': 'espace public numérique',
  'esp pub numerique': 'espace public numérique',
  'cte de communes': 'communauté de communes',
  'comm de communes': 'communauté de communes',
  'com de com': 'communauté de communes',
  'com com': 'communauté de communes',
  comcom: 'communauté de communes',
  'cdc de': 'communauté de communes',
  'cdc du': 'communauté de communes',
  'cdc des': 'communauté de communes',
  'cdc d': 'communauté de communes',
  asso: 'association',
  assoc: 'association',
  dept: 'département',
  dpt: 'département',
  ien: 'inspection de l’Éducation nationale',
  cio: 'centre d’information et d’orientation',
  cci: 'chambre de commerce et d’industrie',
  smj: 'service municipal de la jeunesse',
  clsh: 'centre de loisirs sans hébergement',
  bij: 'bureau information jeunesse',
  iep: 'institut d’études politiques',
  fjt: 'foyer de jeunes travailleurs',
  bu: 'bibliothèque universitaire',
  bcd: 'bibliothèque centre documentaire',
  iae: 'institut d’administration des entreprises',
  ifsi: 'institut de formation en soins infirmiers',
  ifas: 'institut de formation d’aides-soignants',
  ifmk: 'institut de formation en masso-kinésithérapie',
  irts: 'institut régional du travail social',
  e2c: 'école de la deuxième chance',
  legta: 'lycée agricole',
  eplefpa: 'lycée agricole',
  legtpa: 'lycée agricole',
  cfppa: 'centre de formation agricole',
  lpa: 'lycée professionnel agricole',
  leap: 'lycée agricole privé',
  eepu: 'école élémentaire publique',
  empu: 'école maternelle publique',
  eppu: 'école primaire publique',
  eepr: 'école élémentaire privée',
  empr: 'école maternelle privée',
  eppr: 'école primaire privée',
  ee: 'école élémentaire',
  em: 'école maternelle',
  ep: 'école primaire',
  gs: 'groupe scolaire',
  gip: 'groupement d’intérêt public',
  ste: 'société',
  cte: 'comité',
  fed: 'fédération',
  zi: 'zone industrielle',
  za: 'zone d’activités',
  zae: 'zone d’activités économiques',
};

/**
 * « École de danse », « Académie de musique », « École de karaté »: schools of an art or a sport are
 * clubs (associations, sometimes the town's), not établissements scolaires nor the rectorat.
 */
const LEISURE_SCHOOL_SUBJECTS = [
  'musique',
  'musique et de danse',
  'danse',
  'cirque',
  'theatre',
  'chant',
  'peinture',
  'dessin',
  'judo',
  'karate',
  'boxe',
  'arts martiaux',
  'athletisme',
  'foot',
  'football',
  'rugby',
  'tennis',
  'basket',
  'handball',
  'natation',
  'voile',
  'ski',
  'surf',
  'escalade',
  'cyclisme',
  'equitation',
  'plongee',
  'billard',
  'echecs',
  'la deuxieme chance',
  'la seconde chance',
  'la 2e chance',
];
/** The same schools by their acronym (« E2C Marseille »). */
const SECOND_CHANCE_SCHOOLS = ['e2c'];
const LEISURE_SCHOOLS = LEISURE_SCHOOL_SUBJECTS.flatMap((subject) =>
  ['ecole', 'academie'].map((school) => `${school} ${/^[aeiouy]/.test(subject) ? 'd' : 'de'} ${subject}`),
);

/** Words in the name. */
export const NAME_RULES: WordRule[] = [
  // Libraries
  // A university's library is the State's, not the town's.
  { category: 'bibliotheque', phrases: ['bu'], weight: 2, headOnly: true, tutelle: 'etat' },
  // A school's library (bibliothèque centre documentaire).
  { category: 'bibliotheque', phrases: ['bcd'], weight: 2, headOnly: true },
  {
    category: 'bibliotheque',
    phrases: ['bibliotheque universitaire', 'bibliotheques universitaires'],
    weight: 3,
    tutelle: 'etat',
  },
  {
    category: 'bibliotheque',
    phrases: [
      'mediatheque',
      'mediatheques',
      'bibliotheque',
      'bibliotheques',
      'biblio',
      'bibliobus',
      'ludotheque',
      'ludomediatheque',
      'lecture publique',
      'reseau de lecture',
      'direction du livre',
      // « CUBLAC BIBLIOTHEQUE MUNICIPALE »: the town's library, wherever the kind stands in the name.
      'bibliotheque municipale',
      'mediatheque municipale',
      'point lecture',
      'relais lecture',
      'reseau des bibliotheques',
      'reseau des mediatheques',
      'bibli',
      'mediath',
    ],
    weight: 3,
  },
  { category: 'bibliotheque', phrases: ['bib', 'bm'], weight: 3, headOnly: true },
  // The département's library (« bibliothèque départementale de prêt ») and the intercommunalité's.
  {
    category: 'bibliotheque',
    phrases: [
      'bdp',
      'bibliotheque departementale',
      'bibliotheques departementales',
      'mediatheque departementale',
      // What some départements call their library service now (« Direction départementale du livre… »).
      'direction departementale du livre',
    ],
    weight: 3,
    tutelle: 'departement',
  },
  {
    category: 'bibliotheque',
    phrases: ['bibliotheque intercommunale', 'mediatheque intercommunale', 'reseau intercommunal de lecture'],
    weight: 3,
    tutelle: 'intercommunalite',
  },
  // Town halls and municipal services
  {
    category: 'mairie',
    phrases: [
      'mairie',
      'mairie annexe',
      'hotel de ville',
      'ccas',
      'centre communal d action sociale',
      'centre com action sociale',
      'centre com d action sociale',
      'caisse des ecoles',
      'alsh',
      'clsh',
      'centre de loisirs sans hebergement',
      'accueil collectif de mineurs',
      'accueil de loisirs',
      'accueil de loisirs sans hebergement',
      'centre de loisirs',
      'service jeunesse',
      'service enfance',
      'service education',
      'service des sports',
      'service culturel',
      'periscolaire',
      'extrascolaire',
      'point information jeunesse',
      'pole information jeunesse',
      'pij',
      // The Information Jeunesse network's name since 2020, on the same local points.
      'info jeunes',
      'point info jeunes',
      'espace info jeunes',
      'bureau information jeunesse',
      'bureau d information jeunesse',
      'bij',
      'commune de',
      'commune d',
      'commune nouvelle',
      'ville de',
      'ville d',
      // The CCAS's house, where it gathers the town's social services (« Maison de la solidarité »);
      // the département's are « maisons des solidarités » (below).
      'maison de la solidarite',
      // The town's halls, lent to clubs and associations.
      'salle des fetes',
      'salle polyvalente',
      // The mayor as the partner (« Maire de Vaux », « Cabinet du maire »): the town hall.
      'maire de',
      'maire d',
      'cabinet du maire',
      'espace jeunes',
      'espace jeunesse',
      'point jeunes',
      'local jeunes',
      'pole jeunesse',
      'service municipal',
      'service municipal de la jeunesse',
      'smj',
      'accueil periscolaire',
      'accueil extrascolaire',
      'accueil jeunes',
      'centre aere',
      'relais petite enfance',
      'relais assistantes maternelles',
      'relais assistants maternels',
      'maison de l enfance',
      'multi accueil',
      'halte garderie',
      'creche municipale',
      'police municipale',
      'archives municipales',
      'theatre municipal',
      'cinema municipal',
      'centre municipal',
      'maison municipale',
      'agence postale communale',
      // The town's school canteens (service enfance, caisse des écoles).
      'restaurant scolaire',
      'restauration scolaire',
      'cantine scolaire',
      'ecole municipale',
      'ecole de musique municipale',
      'clae',
      'alae',
      'accueil de loisirs associe a l ecole',
      'centre de loisirs associe a l ecole',
      'reussite educative',
      'programme de reussite educative',
    ],
    weight: 3,
    tutelle: 'commune',
  },
  // The intercommunal CCAS: a town's social service, run by the intercommunalité.
  {
    category: 'mairie',
    phrases: ['cias', 'centre intercommunal d action sociale'],
    weight: 3,
    tutelle: 'intercommunalite',
  },
  // Community centres
  {
    category: 'centre_social',
    phrases: [
      'centre social',
      'centres sociaux',
      'centre d animation',
      'maison des jeunes',
      'maison de la jeunesse',
      'centre soc',
      'centre sociale',
      'ctre social',
      'ctre soc',
      'centre socio',
      'centre socio culturel',
      'centre socioculturel',
      'socioculturel',
      'socio culturel',
      'espace de vie sociale',
      'espace vie sociale',
      'evs',
      'csc',
      'maison de quartier',
      'maison de qtier',
      'maison des quartiers',
      'maison pour tous',
      'mpt',
      'mjc',
      'maison des jeunes et de la culture',
      'maison de la jeunesse et de la culture',
      'maison des habitants',
      'maison du citoyen',
      'maison des familles',
      'centre social et culturel',
      'agf',
      'cafe associatif',
      'tiers lieu social',
      'foyer des jeunes',
      'fjep',
      'fjepcs',
      'foyer rural',
    ],
    weight: 3,
  },
  // Words of social life: what centres sociaux and espaces de vie sociale are named after (families,
  // parents, neighbours, sharing). Weaker than a type word: enough at the head of a name, or together.
  {
    category: 'centre_social',
    phrases: [
      'passerelle',
      'passerelles',
      'cafe social',
      'cafe des parents',
      'cafe des familles',
      'cafe des habitants',
      'parents',
      'parentalite',
      'familles',
      'familiale',
      'habitants',
      'lien social',
      'vivre ensemble',
      'partage',
      'partages',
      'maison du village',
      'maison de village',
      'residence sociale',
    ],
    weight: 1.5,
  },
  // Public digital spaces
  {
    category: 'epn',
    phrases: [
      'epn',
      'espace public numerique',
      'espaces publics numeriques',
      'espace pub numerique',
      'esp pub numerique',
      'espace multimedia',
      'salle informatique',
      'centre de ressources numeriques',
      'bus numerique',
      'salle multimedia',
      'cybercentre',
      'cyber centre',
      'maison du numerique',
      'maison numerique',
      'fabrique du numerique',
      'cyberbase',
      'cyber base',
      'cyber espace',
      'cyberespace',
      'fablab',
      'fab lab',
      'fab labs',
      'fablabs',
      'fabrique numerique',
      'fabrik numerique',
      'fabriques',
      'makerspace',
      'hackerspace',
      'france services',
      'maison france services',
      // The label in the singular, as many directories write it (« Maison France Service »).
      'france service',
      'maison france service',
      'msap',
      'maison de services au public',
      'maison de service au public',
      'maison des services au public',
      // What MSAP were called before 2015; many directories still list them so.
      'relais de services publics',
      'relais services publics',
      'mediation numerique',
      'inclusion numerique',
      'conseiller numerique',
      'conseillere numerique',
      'tiers lieu',
      'tiers lieux',
      // The State's label for tiers-lieux.
      'fabrique de territoire',
      'fabriques de territoire',
      'espace numerique',
      'point cyb',
      'point numerique',
      'point d acces numerique',
      'points d acces numerique',
      'labo numerique',
      // The State's territorial networks of digital mediation (« Hub numérique Normandie »).
      'hub numerique',
      'maison des services publics',
      // Points information médiation multi services: local associations, one label, mediation places.
      'pimms',
      'point information mediation multi services',
      'atelier numerique',
      'lab numerique',
      'lab',
      'living lab',
      'fab',
      '*fab',
      'maker*',
      '*makers',
      '*makerz',
      'proto*',
    ],
    weight: 3,
  },
  // « Albilab », « RuralLab » in the fablabs' list, but « HOSTOLAB », « DEVOLAB », « SPOTLAB » are hosting
  // associations and software firms: a name coined on « lab » is a lead to check, not a fablab for sure.
  { category: 'epn', phrases: ['*lab', 'lab*'], weight: 1.2 },
  // « Le Coworking du Village », « Espace de coworking »: a tiers-lieu, digital or not, run by a town, an
  // association or a firm — a lead to check, whether it opens the name or not.
  { category: 'epn', phrases: ['coworking', 'co working', 'cowork'], weight: 2.4, noHeadBonus: true },
  // Schools and universities (tutelle by level)
  {
    category: 'etablissement_scolaire',
    phrases: [
      'ecole',
      'ecole maternelle',
      'ecole elementaire',
      'ecole primaire',
      'ec maternelle',
      'ec elementaire',
      'ec primaire',
      'ec mat',
      'ec elem',
      'ec prim',
      'groupe scolaire',
      'grpe scolaire',
      'gpe scolaire',
      'grp scolaire',
      'eco maternelle',
      'eco elementaire',
      'eco primaire',
      'ee pu',
      'em pu',
      'ep pu',
      'e e pu',
      'e m pu',
      'e p pu',
      'eepu',
      'empu',
      'eppu',
      'rpi',
    ],
    weight: 3,
    tutelle: 'commune',
  },
  // « EE Jules Ferry », « EM Les Lilas », « GS Pasteur »: two letters that open a primary school's name in
  // school lists, and other names too: a lead to check.
  {
    category: 'etablissement_scolaire',
    phrases: ['ee', 'em', 'ep', 'gs'],
    weight: 1.2,
    tutelle: 'commune',
    headOnly: true,
  },
  // The national schools list's private primary schools (« E P PR OR THORA », « EEPR Sainte-Marie »).
  {
    category: 'etablissement_scolaire',
    phrases: ['ee pr', 'em pr', 'ep pr', 'e e pr', 'e m pr', 'e p pr', 'eepr', 'empr', 'eppr'],
    weight: 3,
    tutelle: 'prive',
  },
  // « Collège privé Saint-Joseph »: whatever its level, a private school is run by its private body.
  {
    category: 'etablissement_scolaire',
    phrases: ['prive', 'privee', 'sous contrat'],
    // It says who runs a school, not that the partner is one (« Crèche privée », « Clinique privée »).
    weight: 0,
    tutelle: 'prive',
    decidesTutelle: true,
    noHeadBonus: true,
  },
  { category: 'etablissement_scolaire', phrases: ['college', 'clg', 'segpa'], weight: 3, tutelle: 'departement' },
  // « Coll. » opens a school's name; inside a name it may be a collection or a collective.
  { category: 'etablissement_scolaire', phrases: ['coll'], weight: 3, tutelle: 'departement', headOnly: true },
  // « Élém. Jean Jaurès »: the short form opens a school's name; inside a name it is not a school.
  { category: 'etablissement_scolaire', phrases: ['elem'], weight: 3, tutelle: 'commune', headOnly: true },
  {
    category: 'etablissement_scolaire',
    phrases: [
      'lycee',
      'lycee professionnel',
      'lycee polyvalent',
      'lycee general',
      'lgt',
      'legt',
      'lpo',
      'erea',
      'lyc',
      'legta',
      'legtpa',
      'eplefpa',
      'cfppa',
      'centre de formation d apprentis',
      'centre de formation des apprentis',
    ],
    weight: 3,
    tutelle: 'region',
  },
  {
    category: 'etablissement_scolaire',
    phrases: ['lp', 'cfa', 'lpa', 'leap'],
    weight: 3,
    tutelle: 'region',
    headOnly: true,
  },
  // Public adult education: a grouping of the académie's schools.
  { category: 'etablissement_scolaire', phrases: ['greta'], weight: 3, tutelle: 'etat' },
  {
    category: 'etablissement_scolaire',
    phrases: [
      'universite',
      'univ',
      'iut',
      'institut universitaire',
      'ecole d ingenieurs',
      'ecole d ingenieur',
      'ecole nationale',
      'ecole superieure',
      'ecole normale',
      'insa',
      'polytech',
      'polytechnique',
      'centrale',
      'ecole centrale',
      'sciences po',
      'institut d etudes politiques',
      'iep',
      'institut national',
      'ecole des mines',
      'enseignement superieur',
      'campus',
      'faculte',
      'inspe',
      'bts',
      'classe preparatoire',
      'ecole de commerce',
      'ecole d art',
      'conservatoire national',
      'institut catholique',
      'institut superieur',
      'hautes etudes',
      'grande ecole',
      'ecole de management',
      'ecole de gestion',
      'egc',
      'iae',
      'espe',
      'mfr',
      'maison familiale rurale',
      'maison familiale',
    ],
    weight: 3,
    tutelle: 'etat',
  },
  // Health and social-work training institutes, on Parcoursup beside the lycées; the région funds them.
  {
    category: 'etablissement_scolaire',
    phrases: [
      'ifsi',
      'ifas',
      'ifap',
      'ifmk',
      'irts',
      'institut de formation en soins infirmiers',
      'institut de formation d aides soignants',
      'institut de formation en masso kinesitherapie',
      'institut regional du travail social',
      'cite scolaire',
    ],
    weight: 3,
    tutelle: 'region',
  },
  // Schools named in English are private ones (business schools, coding schools).
  { category: 'etablissement_scolaire', phrases: ['school', 'business school'], weight: 3, tutelle: 'prive' },
  // Conservatoires are the town's or the intercommunalité's (the national ones are the State's, above).
  { category: 'etablissement_scolaire', phrases: ['conservatoire'], weight: 3, tutelle: 'commune' },
  { category: 'etablissement_scolaire', phrases: ['institution'], weight: 2, tutelle: 'etat' },
  { category: 'etablissement_scolaire', phrases: ['institut'], weight: 2, tutelle: 'etat', noHeadBonus: true },
  // « Institut Saint-Joseph », « Institut Notre-Dame »: most are private schools under contract, but a
  // clinic or a think tank may be named so too: answered, and left for a person to check.
  {
    category: 'etablissement_scolaire',
    phrases: ['institut saint', 'institut sainte', 'institut notre dame', 'institut st', 'institut ste'],
    weight: 2.5,
    tutelle: 'prive',
    noHeadBonus: true,
  },
  // Local authorities and public bodies
  {
    category: 'collectivite',
    phrases: [
      'communaute de communes',
      'communaute d agglomeration',
      'communaute urbaine',
      'communaute intercommunale',
      'agglomeration',
      'agglo',
      'metropole',
      'epci',
      'syndicat intercommunal',
      'sivom',
      'sivu',
      'petr',
      // The short name many communautés de communes go by (« Intercom de la Vire au Noireau »).
      'intercom',
      'pole metropolitain',
      'intercommunalite',
      'cte de communes',
      'comm de communes',
      'com de com',
      'com com',
      'comcom',
      'syndicat mixte',
    ],
    weight: 3,
    tutelle: 'intercommunalite',
  },
  {
    category: 'collectivite',
    phrases: ['cc', 'ca', 'cu', 'pays de', 'pays d', 'cdc de', 'cdc du', 'cdc des', 'cdc d'],
    weight: 3,
    tutelle: 'intercommunalite',
    headOnly: true,
  },
  {
    category: 'collectivite',
    phrases: ['conseil departemental', 'conseil dep', 'departement', 'departement de', 'conseil general'],
    weight: 3,
    tutelle: 'departement',
  },
  { category: 'collectivite', phrases: ['dept', 'dpt'], weight: 3, tutelle: 'departement', headOnly: true },
  {
    category: 'collectivite',
    phrases: [
      'sdis',
      'service departemental d incendie et de secours',
      'archives departementales',
      'agence departementale',
    ],
    weight: 3,
    tutelle: 'departement',
  },
  { category: 'collectivite', phrases: ['parc naturel regional'], weight: 3, tutelle: 'region' },
  // « Région » names the body at the head (« Région Bretagne »); further on it is a place (« … de la région »).
  { category: 'collectivite', phrases: ['region'], weight: 3, tutelle: 'region', headOnly: true },
  // Circonscription de la solidarité départementale, maison départementale des solidarités, centre
  // médico-social: the département's social services.
  { category: 'collectivite', phrases: ['csd', 'mds'], weight: 3, tutelle: 'departement', headOnly: true },
  // A département's or an intercommunalité's local office: which one, the name does not say.
  { category: 'collectivite', phrases: ['maison du territoire', 'maison de territoire'], weight: 3 },
  // « CMS » also names a web tool (« CMS Informatique »): alone it is a lead to check, not an answer.
  { category: 'collectivite', phrases: ['cms'], weight: 1.2, tutelle: 'departement', headOnly: true },
  {
    category: 'collectivite',
    phrases: ['centre medico social', 'centres medico sociaux'],
    weight: 3,
    tutelle: 'departement',
  },
  {
    category: 'collectivite',
    phrases: ['conseil regional', 'collectivite territoriale', 'collectivite de', 'collectivite europeenne'],
    weight: 3,
    tutelle: 'region',
  },
  {
    category: 'collectivite',
    phrases: [
      'prefecture',
      'sous prefecture',
      'rectorat',
      'vice rectorat',
      'academie de',
      'academie d',
      'circonscription',
      'maison departementale',
      'maison des solidarites',
      'dsden',
      'direction des services departementaux',
      'services departementaux de l education nationale',
      'caf',
      'caisse d allocations familiales',
      'ministere',
      'direction departementale',
      'direction regionale',
      'drajes',
      'sdjes',
      'service departemental a la jeunesse',
      'drac',
      'dreal',
      'draaf',
      'ddt',
      'ddtm',
      'dreets',
      'ddets',
      'ars',
      'cpam',
      'msa',
      'etat',
      'inspection academique',
      'centre d information et d orientation',
      'dane',
      'drane',
      'delegation academique au numerique',
      'delegation academique au numerique educatif',
      'agence nationale',
      'agence regionale',
      'inspection de l education nationale',
      'chambre de commerce',
      'chambre de commerce et d industrie',
      'chambre des metiers',
      'chambre de metiers',
      'chambre des metiers et de l artisanat',
      'chambre d agriculture',
      // « Chambre départementale / régionale d'agriculture, des métiers… », however the rest is cut.
      'chambre departementale',
      'chambre regionale',
      'gendarmerie',
      'commissariat',
      'police nationale',
      'urssaf',
      'finances publiques',
      'tresorerie',
      'groupement d interet public',
      // The prefecture's office where associations are declared: a State service, not an association.
      'greffe des associations',
      // Student restaurants and housing: the CROUS, a State body in each académie.
      'restaurant universitaire',
      'crous',
      'tribunal administratif',
      'tribunal judiciaire',
    ],
    weight: 3,
    tutelle: 'etat',
  },
  { category: 'collectivite', phrases: ['ien', 'cci', 'cio', 'gip'], weight: 3, tutelle: 'etat', headOnly: true },
  // Courts, at the head: inside a name they are where an association's members sit (« JUGES ET ANCIENS
  // JUGES DU TRIBUNAL DE COMMERCE »).
  {
    category: 'collectivite',
    phrases: ['tribunal', 'cour d appel', 'conseil de prud hommes', 'point d acces au droit', 'maison de justice'],
    weight: 3,
    tutelle: 'etat',
    headOnly: true,
  },
  // The département's mother and child health service.
  { category: 'collectivite', phrases: ['protection maternelle et infantile'], weight: 3, tutelle: 'departement' },
  { category: 'collectivite', phrases: ['pmi'], weight: 3, tutelle: 'departement', headOnly: true },
  // Associations
  // What only associations are named after — a sport, a band, a parents' or a disabled people's
  // association: alone, an answer to check.
  {
    category: 'association',
    phrases: [
      'amis de',
      'amis du',
      'amis des',
      'les amis',
      'union departementale',
      'union regionale',
      'union locale',
      'foyer socio educatif',
      'fse',
      'ape',
      'apel',
      'fcpe',
      'peep',
      'troupe',
      'chorale',
      'harmonie',
      'fanfare',
      'karate',
      'foot',
      'athletique',
      'athletisme',
      'gymnastique',
      'natation',
      'cyclisme',
      'randonnee',
      'rando',
      'plongee',
      'athletic',
      'karting',
      'badminton',
      'billard',
      'boxe',
      'boxing',
      'aikido',
      'petanque',
      'echecs',
      'cyclotourisme',
      'cyclotouriste',
      'escrime',
      'philatelie',
      'philatelique',
      'aquariophilie',
      'sportif',
      // Names cut short in administrative exports (« ASS SPORTIV JUDO… »).
      'sportiv',
      'scouts',
      'scout',
      'eclaireurs',
      'education populaire',
      'loisirs',
      'cidff',
      'apei',
      'adapei',
      'unapei',
      // Labels thousands of local associations carry: fishing (AAPPMA), home help (ADMR), rural elders.
      'aappma',
      'appma',
      'admr',
      'aines ruraux',
      'sapeurs pompiers',
    ],
    weight: 2.4,
  },
  // Words of a cause or a field, which public services and firms are named after too (« Direction de
  // la lecture publique et de l'action culturelle », « CARACOSH INSERTION »): not an answer alone.
  {
    category: 'association',
    phrases: [
      'solidaire',
      'collectif',
      'compagnie',
      'cie',
      'mouvement',
      'jeunesse',
      'cinema',
      'cine*',
      'musique',
      'culturel',
      'culturelle',
      'patrimoine',
      'memoire',
      'prevention',
      'insertion',
      'defense',
      'protection',
      'accueil',
      'aide',
      'ecoute',
      'droits',
      'femmes',
      'coop',
    ],
    weight: 2,
  },
  // « Gymnase municipal », « Restaurant municipal »: the town's, unless the head says what it is.
  {
    category: 'mairie',
    phrases: [
      'municipal',
      'municipale',
      'municipaux',
      'municipales',
      'communal',
      'communale',
      'communaux',
      'communales',
    ],
    weight: 2.5,
    tutelle: 'commune',
    // « Conservatoire municipal »: whatever the place, it says who runs it.
    decidesTutelle: true,
  },
  // « Gymnase intercommunal », « Conservatoire intercommunal »: the intercommunalité's, in the same way.
  {
    category: 'collectivite',
    phrases: ['intercommunal', 'intercommunale', 'intercommunaux', 'intercommunales'],
    weight: 2.5,
    tutelle: 'intercommunalite',
    decidesTutelle: true,
  },
  {
    category: 'association',
    phrases: [
      'association',
      'associations',
      'associacion',
      'assocation',
      'amicale',
      'amicale laique',
      'association sportive',
      'football',
      'rugby',
      // « Nantes Rezé Basket », « CTE DEPART HANDBAL » (cut short by an export): a sport's name says its club.
      'basket',
      'basketball',
      'handball',
      'handbal',
      'volley',
      'volleyball',
      'judo',
      'tennis',
      'theatre',
      'danse',
      'festival',
      'club',
      'comite',
      'cercle',
      'ligue',
      'federation',
      'union sportive',
      'solidaires',
      'solidarite',
      'secours',
      'entraide',
      'mission locale',
      'parents d eleves',
      'sports',
      'sportive',
      'handisport',
      'repair cafe',
      'culture',
      'soutien',
      'ressourcerie',
      'recyclerie',
      'amap',
      'jardin partage',
      'jardins partages',
      'foyer de jeunes travailleurs',
      'foyer des jeunes travailleurs',
      'fjt',
      'universite populaire',
      'utl',
      'universite inter ages',
      'universite du temps libre',
      'universite du troisieme age',
      'universite de la culture permanente',
      'ecole associative',
      'regie de quartier',
      'groupe d entraide mutuelle',
      'centre information jeunesse',
      'centre d information jeunesse',
      'centre regional information jeunesse',
      'crij',
      // « SPA de Melun » is an animal shelter; « AMPLIFON SPA » an Italian company (legal forms below).
      'spa de',
      'spa du',
      'spa des',
      'spa d',
      'cooperative scolaire',
      'ecole des parents',
      'sou des ecoles',
      'creche parentale',
      'maison des lyceens',
      'banque alimentaire',
      'epicerie solidaire',
      'epicerie sociale',
      'garage solidaire',
      'boutique solidaire',
      // Ateliers and chantiers d'insertion: most are run by associations.
      'chantier d insertion',
      'chantiers d insertion',
      'atelier chantier d insertion',
      'ensemble vocal',
      'ensemble instrumental',
      'ensemble musical',
      'anciens combattants',
      // « Société » opens company names, and these associations' names as well.
      'societe de peche',
      'societe de chasse',
      'societe musicale',
      'societe de musique',
      'societe philharmonique',
      'societe d histoire',
      'societe historique',
      'societe savante',
      'societe archeologique',
      'societe de tir',
      'societe sportive',
      'societe de gymnastique',
      'societe nautique',
      'societe hippique',
      'societe des amis',
      'societe d emulation',
      ...LEISURE_SCHOOLS,
      ...SECOND_CHANCE_SCHOOLS,
    ],
    weight: 3,
  },
  {
    category: 'association',
    phrases: ['ass', 'cdpa', 'cdos', 'us', 'as', 'ac', 'fc', 'sc', 'ol', 'rc'],
    weight: 2,
    headOnly: true,
  },
  // Administrative exports shorten the head noun: « CTE DEP … » (comité), « AMIS MUSEE … » (les amis
  // du…), « FED DEPART … » (fédération), « UNION DEP ASS … »; the last two also open a brand's or a
  // public body's name (« Fed Ex », « Union européenne »): leads to check.
  { category: 'association', phrases: ['cte', 'amis'], weight: 2, headOnly: true },
  { category: 'association', phrases: ['fed', 'union'], weight: 1.2, headOnly: true },
  // Union départementale des associations familiales: one in every département, each its own association.
  { category: 'association', phrases: ['udaf'], weight: 3 },
  // « Librairie associative », « Garage associatif », « Radio associative »: a trade run as an association
  // says so as plainly as a legal form, and outweighs the trade at the head.
  { category: 'association', phrases: ['associatif', 'associative', 'associatifs', 'associatives'], weight: 4 },
  // « Asso », unlike « ass », reads as nothing else wherever it stands (« WEB ASSO ARCHIPEL »).
  { category: 'association', phrases: ['asso', 'assoc', 'assos'], weight: 2.5 },
  // Junior-entreprises are associations (loi 1901) run by students, whatever the word « entreprise » says.
  { category: 'association', phrases: ['junior entreprise', 'junior entreprises'], weight: 4 },
  { category: 'association', phrases: ['junior'], weight: 1.5, headOnly: true },
  // Association resource centres
  {
    category: 'maison_associations',
    phrases: [
      'maison des associations',
      'maison de la vie associative',
      'maison des asso',
      'maison des assos',
      'maison de la vie asso',
      'maison des associations et de la vie associative',
      'vie associative',
      'crib',
      'centre de ressources et d information des benevoles',
      'point d appui a la vie associative',
      'pava',
      'centre de ressources associatif',
      'centre de ressources de la vie associative',
      'mda',
      'maison du benevolat',
      'benevolat',
      'guid asso',
      'guide asso',
      'maison de l association',
      'espace associatif',
      'pole associatif',
      'centre de ressources',
    ],
    weight: 3.5,
    tutelle: 'commune',
  },
  // Companies and their foundations
  {
    category: 'entreprise',
    phrases: [
      'sas',
      'sasu',
      'sarl',
      'eurl',
      'sa',
      'snc',
      'sca',
      'sci',
      'scop',
      'selarl',
      'gie',
      'corp',
      'inc',
      'ltd',
      'gmbh',
      'spa',
      'bv',
      'plc',
      'llc',
      'holding',
      'fondation d entreprise',
      'cie sa',
      'esn',
      'ssii',
      'selas',
      'selafa',
      'scp',
      'scic',
      'scea',
      'earl',
      'gaec',
    ],
    weight: 3.5,
    tutelle: 'prive',
  },
  {
    category: 'entreprise',
    phrases: [
      'consulting',
      'consultants',
      'consultant',
      'systems',
      'system',
      'technologies',
      'technology',
      'industries',
      'software',
      'analytics',
      'interim',
      'staffing',
      'succursale',
      'automotive',
      'healthcare',
      'investissement',
      'investissements',
      'invest',
      'restauration',
      'transports',
      'logistique',
      'materiaux',
      'surete',
      'surveillance',
      'viandes',
      'cafes',
      'automobile',
      'automobiles',
      'aeroportuaire',
      'supermarche',
      'hypermarche',
      'proprete',
      'logistics',
      'supply chain',
      'asset management',
      'catering',
      'aeronautique',
      'aeraulique',
      'cosmetiques',
      'parfumerie',
      'parfumeries',
      'betons',
      'emballage',
      'emballages',
      'acieries',
      'gastronomie',
      'caisse d epargne',
      'et fils',
      'et cie',
      'cooperative d activites et d emploi',
      'et associes',
      'associes',
      'auto ecole',
      'auto ecoles',
      'ecole de conduite',
      // « Centrale » alone is a school (« Centrale Lyon »); these are not.
      'centrale nucleaire',
      'centrale d achat',
      'centrale d achats',
      'ingenierie',
      'engineering',
      '*cloud',
      '*labs',
      '*soft',
      '*trans',
      '*dis',
      '*tech',
    ],
    weight: 2.5,
    tutelle: 'prive',
  },
  {
    category: 'entreprise',
    phrases: [
      'tech',
      'industriel',
      'solutions',
      'digital',
      'cloud',
      'data',
      'labs',
      'construction',
      'constructions',
      'transport',
      'papier',
      'distribution',
      'diffusion',
      'banque',
      'credit',
      'epargne',
      'assurances',
      'mutuelle',
      'immobilier',
      'operations',
      'travaux',
      'energie',
      'electrique',
      'electriques',
      'services',
      'commerce',
      'negoce',
      'boulangerie',
      'librairie',
      'pharmacie',
      'garage',
      'hotel',
      'restaurant',
      'marche',
      'magasin',
      'optique',
      'opticien',
      'opticiens',
      'boutique',
      'cabinet',
      'studio',
      'editions',
      'imprimerie',
      'startup',
      'start up',
      'europe',
      'international',
      'societe',
      'ste',
      'entreprise',
      'ets',
      'etablissements',
      'entreprises',
      'manufacture',
      'usine',
      'dis',
      'fondation',
    ],
    weight: 1.5,
    tutelle: 'prive',
  },
  // « Agence » opens firms' names (communication, travel, temping) and public or development agencies'
  // (« Agence de l'environnement… », « Agence de développement économique »): a lead to check.
  { category: 'entreprise', phrases: ['agence'], weight: 2.4, tutelle: 'prive', noHeadBonus: true },
  // "Groupe" heads names of every kind ("Groupe scolaire", "Groupe Institut…"): a company word, but
  // not the head noun that decides.
  { category: 'entreprise', phrases: ['group', 'groupe'], weight: 1.5, tutelle: 'prive', noHeadBonus: true },
];

/**
 * Words of the postal address: where a body sits says something of what it is. Weak on their own (an
 * association may be domiciled at the town hall, a library sit in a shopping centre): they settle a
 * name that says little, they never outweigh one that says what it is.
 */
export const ADDRESS_RULES: WordRule[] = [
  {
    category: 'entreprise',
    phrases: [
      'zone industrielle',
      'zone artisanale',
      'zone d activites',
      'zone d activite',
      'zone d activites economiques',
      'parc d activites',
      'parc d activite',
      'zone commerciale',
      'parc technologique',
      'technopole',
      'technoparc',
      'pepiniere d entreprises',
      'hotel d entreprises',
      'zi',
      'za',
      'zae',
    ],
    weight: 2,
    tutelle: 'prive',
  },
  // Associations are domiciled at the maison des associations; the maison itself says so in its name.
  {
    category: 'association',
    phrases: ['maison des associations', 'maison de la vie associative', 'maison des asso', 'maison des assos'],
    weight: 2,
  },
  {
    category: 'etablissement_scolaire',
    phrases: ['campus', 'domaine universitaire', 'cite scolaire', 'cite universitaire', 'groupe scolaire'],
    weight: 1.5,
  },
  { category: 'mairie', phrases: ['hotel de ville', 'mairie'], weight: 1.5, tutelle: 'commune' },
];

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

/** A capitalised acronym opening a name, shaped as French higher-education schools' are. */
const HIGHER_EDUCATION_ACRONYM = /^\s*((?:ENS|ENI|ESI|IS)[A-Z]{1,4})(?![\p{L}\p{N}'’])/u;
/** Capitalised words that start so and are words, not acronyms. */
const NOT_AN_ACRONYM = new Set(['ensemble', 'enigma', 'enigme', 'isola', 'island', 'islam', 'isle', 'iso', 'isaac']);

/** Shapes of a whole name. */
export interface ShapeRule {
  category: CategoryId;
  weight: number;
  reason: Said;
  tutelle?: TutelleId;
  test: (name: string, words: string[]) => boolean;
}

export const SHAPE_RULES: ShapeRule[] = [
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
    // « SAFARI CONSEIL », « ACHILLE SOLUTIONS », « Martin Immobilier »: a trade name, then its trade.
    category: 'entreprise',
    weight: 2.5,
    reason: {
      fr: 'nom commercial suivi de son métier (« Conseil », « Solutions », « Distribution », « Immobilier »)',
      en: 'a trade name followed by its trade (“Conseil”, “Solutions”, “Distribution”, “Immobilier”)',
    },
    tutelle: 'prive',
    test: lastWordIs(
      ['conseil', 'conseils', 'solution', 'solutions', 'distribution', 'immobilier', 'immobiliere'],
      4,
      NOT_A_TRADE_NAME,
    ),
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
    test: (name) => name.includes('.') && /[a-z0-9]\s*\.\s*(com|net|ai|io|tech|app)\b/i.test(name),
  },
  {
    category: 'entreprise',
    weight: 3,
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

export interface DomainRule {
  category: CategoryId;
  pattern: RegExp;
  weight: number;
  /** {domain}, {local} (before the @) and {address} (as written) are filled in. */
  reason: Said;
  tutelle?: TutelleId;
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
    pattern: /(^|[.@/-])(univ|universite|iut|insa|ens|polytech)[a-z0-9-]*\./,
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
    pattern: /(^|[.@/])(caf\.fr|justice\.fr|[a-z0-9-]+\.gouv\.fr)/,
    weight: 3.5,
    reason: { fr: 'domaine public {domain}', en: 'public body’s domain {domain}' },
    tutelle: 'etat',
  },
  {
    category: 'collectivite',
    pattern: /(^|[.@/-])(agglo|cc-|ccpays|cdc-|communaute|metropole|grand)[a-z0-9-]*\./,
    weight: 2,
    reason: { fr: 'domaine d’intercommunalité {domain}', en: 'intermunicipality’s domain {domain}' },
    tutelle: 'intercommunalite',
  },
  {
    category: 'collectivite',
    pattern: /(^|[.@/-])(departement|cg\d{2}|cd\d{2}|region|maregion)[a-z0-9-]*\./,
    weight: 2.5,
    reason: { fr: 'domaine de collectivité {domain}', en: 'local authority’s domain {domain}' },
  },
  {
    category: 'mairie',
    pattern: /(^|[.@/])(mairie|ville|commune)-[a-z0-9-]*\./,
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
    pattern: /(mediatheque|bibliotheque|biblio|ludotheque|bm-|mabib)/,
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
    pattern: /(centresocial|centre-social|socioculturel|mjc|maisondequartier|evs)/,
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
    reason: {
      fr: 'domaine en .asso.fr, réservé aux associations : {domain}',
      en: '.asso.fr domain, for associations only: {domain}',
    },
  },
  {
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

export interface CodeRule {
  category: CategoryId;
  codes: RegExp;
  weight: number;
  tutelle?: TutelleId;
}

/** Activity codes (NAF rev. 2, dotted). */
export const NAF_RULES: CodeRule[] = [
  { category: 'bibliotheque', codes: /^91\.01/, weight: 5 },
  { category: 'etablissement_scolaire', codes: /^85\.(10|20)/, weight: 5, tutelle: 'commune' },
  { category: 'etablissement_scolaire', codes: /^85\.31/, weight: 5, tutelle: 'departement' },
  { category: 'etablissement_scolaire', codes: /^85\.32/, weight: 5, tutelle: 'region' },
  { category: 'etablissement_scolaire', codes: /^85\.4/, weight: 5, tutelle: 'etat' },
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
    codes: /^(7210|7312|7361|7362|7367)$/,
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
  {
    category: 'collectivite',
    codes: /^(734\d|735\d)$/,
    tutelle: 'intercommunalite',
    compatible: ['bibliotheque', 'centre_social', 'epn', 'maison_associations'],
  },
  { category: 'collectivite', codes: /^(71\d\d|7381|7382|7385|7389|8\d\d\d)$/, tutelle: 'etat', compatible: ['epn'] },
  { category: 'etablissement_scolaire', codes: /^7331$/, compatible: [] },
  { category: 'etablissement_scolaire', codes: /^(7383|7384|7190)$/, tutelle: 'etat', compatible: [] },
  {
    category: 'association',
    codes: /^(9210|9220|9221|9222|9223|9224|9230|9240|9260|5195)$/,
    tutelle: 'prive',
    compatible: ['centre_social', 'epn', 'maison_associations', 'bibliotheque'],
  },
  { category: 'entreprise', codes: /^(1000|5\d\d\d|6\d\d\d|9300)$/, tutelle: 'prive', compatible: [] },
];
