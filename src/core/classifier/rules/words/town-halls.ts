import type { WordRule } from '../word-rule';

/**
 * A town's services by their field, as towns name them: « Service jeunesse », « Service de la jeunesse »,
 * « Direction des sports », « Pôle éducation » (with the article the field takes).
 */
const TOWN_SERVICE_FIELDS: [field: string, article: string][] = [
  ['jeunesse', 'de la'],
  ['enfance', 'de l'],
  ['enfance jeunesse', 'de l'],
  ['petite enfance', 'de la'],
  ['education', 'de l'],
  ['sports', 'des'],
  ['culture', 'de la'],
  ['ecoles', 'des'],
  ['affaires scolaires', 'des'],
  ['vie scolaire', 'de la'],
  ['politique de la ville', 'de la'],
  ['animation', 'de l'],
  ['travaux', 'des'],
  ['communication', 'de la'],
  ['evenementiel', 'de l'],
  ['loisirs', 'des'],
  ['action sociale', 'de l'],
  ['citoyennete', 'de la'],
  ['affaires culturelles', 'des'],
  ['vie locale', 'de la'],
  ['vie associative', 'de la'],
  ['urbanisme', 'de l'],
  ['democratie locale', 'de la'],
  ['etat civil', 'de l'],
];
const TOWN_SERVICES = [
  // (« Serv. jeunesse », « Dir. de l'éducation »: the units as lists shorten them.)
  ...['service', 'serv', 'direction', 'dir', 'pole', 'antenne'].flatMap((unit) =>
    TOWN_SERVICE_FIELDS.flatMap(([field, article]) => [`${unit} ${field}`, `${unit} ${article} ${field}`]),
  ),
  // The cultural service, by its adjective (« Service culturel de la ville », « … intercommunal »).
  'service culturel',
  // The technical services, that lend tables and set up a room.
  'services techniques',
  'service technique',
  // The registry by its own name (« État civil de Vaux »), not the State (« état »).
  'etat civil',
];

/** Town halls and the commune's services (`mairie`). */
export const TOWN_HALL_WORDS: WordRule[] = [
  {
    category: 'mairie',
    phrases: [
      'mairie',
      'mairie annexe',
      'hotel de ville',
      // As an English-speaking volunteer writes it.
      'town hall',
      'city hall',
      'city council',
      'town council',
      'municipality',
      'ccas',
      'centre communal d action sociale',
      'centre com action sociale',
      'centre com d action sociale',
      // As registers cut it (« CTE COM ACTION SOCIALE », « CTRE COMMUNAL ACTION SOCIALE »).
      'com action sociale',
      // The CCAS's name until 1986, still on old lists.
      'bureau d aide sociale',
      'communal action sociale',
      'communal d action sociale',
      // « CTE » there is the centre, not the comité it shortens in associations' names.
      'cte com action sociale',
      'cte communal action sociale',
      'cte communal d action sociale',
      'municipalite',
      'caisse des ecoles',
      'alsh',
      'clsh',
      'centre de loisirs sans hebergement',
      'accueil collectif de mineurs',
      'accueil de loisirs',
      'accueil de loisirs sans hebergement',
      'centre de loisirs',
      'periscolaire',
      // The town's kitchen for its schools' canteens.
      'cuisine centrale',
      'extrascolaire',
      'point information jeunesse',
      'information jeunesse',
      'pole information jeunesse',
      'pij',
      // The town's drop-in place for teenagers (« La PAJ », « Point accueil jeunes »).
      'paj',
      // The Information Jeunesse network's name since 2020, on the same local points.
      'info jeunes',
      'point info jeunes',
      'point info jeunesse',
      // Its name before 2020, still on many points (« Info Jeunesse Jura »).
      'info jeunesse',
      'espace info jeunes',
      'espace information jeunesse',
      'bureau information jeunesse',
      'bureau d information jeunesse',
      'bij',
      'commune de',
      'commune d',
      'commune du',
      // A town whose name opens with its article, as exports write it (« COMMUNE LES SABLES-D'OLONNE »).
      'commune le',
      'commune la',
      'commune les',
      'commune nouvelle',
      'ville de',
      'ville d',
      'ville du',
      // The CCAS's house, where it gathers the town's social services (« Maison de la solidarité »);
      // the département's are « maisons des solidarités » (below).
      'maison de la solidarite',
      // The town's halls, lent to clubs and associations.
      'salle des fetes',
      'salle polyvalente',
      'salle socio culturelle',
      'salle socioculturelle',
      'salle des associations',
      // The mayor as the partner (« Maire de Vaux », « Cabinet du maire »): the town hall.
      'maire de',
      // « M. le Maire », « Madame la Maire », as a letter's heading names the town hall (not « Bruno Le Maire »).
      'm le maire',
      'mr le maire',
      'monsieur le maire',
      'madame la maire',
      'madame le maire',
      'mme la maire',
      'mme le maire',
      'maire d',
      'cabinet du maire',
      // The town's elected members typed in place of the town hall.
      'adjoint au maire',
      'adjointe au maire',
      'maire adjoint',
      'maire adjointe',
      'conseiller municipal',
      'conseillere municipale',
      // The neighbourhood councils a town sets up (« Conseil de quartier Nord »).
      'conseil de quartier',
      // The town's other councils: its elders', its local safety and mental-health councils.
      'conseil des sages',
      'conseil local de securite et de prevention de la delinquance',
      'clspd',
      'conseil local de sante mentale',
      'espace jeunes',
      'espace jeunesse',
      'point jeunes',
      'local jeunes',
      // The same in the singular, as many towns write it (« Espace jeune »).
      'espace jeune',
      'point jeune',
      'local jeune',
      'kiosque jeunes',
      'kiosque jeunesse',
      // The teenagers' places of the town's youth service (« Local ados », « Espace ados »).
      'local ados',
      'espace ados',
      'accueil ados',
      'point ados',
      'service municipal',
      // The town's council of children or of young people.
      'conseil municipal des jeunes',
      'conseil municipal des enfants',
      'conseil municipal d enfants',
      'conseil municipal de jeunes',
      'centre technique municipal',
      'service municipal de la jeunesse',
      'smj',
      'accueil periscolaire',
      'accueil extrascolaire',
      'accueil jeunes',
      'point accueil jeunes',
      'centre aere',
      'relais petite enfance',
      'relais assistantes maternelles',
      'relais assistants maternels',
      'relais d assistantes maternelles',
      'relais d assistants maternels',
      'relais d assistante maternelle',
      'relais assistante maternelle',
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
      // The town's school canteens (service enfance, caisse des écoles), and its CCAS's for the elderly
      // (« Restaurant senior », « Foyer-restaurant des aînés »).
      'restaurant senior',
      'restaurant seniors',
      'restaurant des aines',
      'foyer restaurant',
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
  // Homes for the elderly and nurseries that towns (their CCAS) run more often than anyone, not always:
  // leads to check. (A « micro-crèche » is most often a firm's, a « crèche parentale » parents'.)
  {
    category: 'mairie',
    phrases: ['residence autonomie', 'foyer logement', 'maison de la petite enfance', 'creche'],
    weight: 2.4,
    tutelle: 'commune',
    noHeadBonus: true,
    authorityMayRunIt: true,
  },
  // A département's or an intercommunalité's service has the same names: the authority named says whose
  // (« Service jeunesse du Conseil départemental »).
  { category: 'mairie', phrases: TOWN_SERVICES, weight: 2.5, tutelle: 'commune', yieldsToAuthority: true },
  // Sports and leisure facilities: a town's most often, an intercommunalité's or a firm's under contract
  // sometimes (« Piscine de Vaux », « Complexe sportif des Tilleuls », « Marché couvert »): a lead to check.
  {
    category: 'mairie',
    phrases: [
      'piscine',
      'centre aquatique',
      'espace aquatique',
      'centre nautique',
      'gymnase',
      'complexe sportif',
      'halle des sports',
      'salle des sports',
      'palais des sports',
      'salle omnisports',
      'boulodrome',
      'base nautique',
      'skatepark',
      'skate park',
      'patinoire',
      'marche couvert',
    ],
    weight: 2.4,
    tutelle: 'commune',
    noHeadBonus: true,
    authorityMayRunIt: true,
  },
  // The same service by its acronym, at the head only (« SEJ de Melun », « SEJ de la CCPV »).
  { category: 'mairie', phrases: ['sej'], weight: 2.5, tutelle: 'commune', headOnly: true, yieldsToAuthority: true },
  // The childminders' relay by its acronyms, before 2021 and since (« RAM de Vire », « RPE des Lilas »): at the
  // head only, where it opens the name.
  { category: 'mairie', phrases: ['ram', 'rpe'], weight: 3, tutelle: 'commune', headOnly: true },
  // The council of young people by its acronym, as the town's pages write it (« CMJ de Melun »).
  { category: 'mairie', phrases: ['cmj'], weight: 3, tutelle: 'commune', headOnly: true },
  // The intercommunal CCAS: a town's social service, run by the intercommunalité.
  {
    category: 'mairie',
    phrases: ['cias', 'centre intercommunal d action sociale'],
    weight: 3,
    tutelle: 'intercommunalite',
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
];
