import type { WordRule } from '../word-rule';

/** A commune's hunters' association by its acronym, with its commune (« ACCA de … »; « ACCA Software » is not one). */
export const HUNTERS_OF_A_COMMUNE = ['de', 'd', 'du', 'des'].map((preposition) => `acca ${preposition}`);

/** Whose staff a staff committee gathers, as its name says after its acronym (« COS du personnel… »). */
export const STAFF_OF = [
  'du personnel',
  'des personnels',
  'des agents',
  'de la ville',
  'de la mairie',
  'de la commune',
];

/**
 * Societies of members, which are associations (« Société de chasse », « Société d'histoire »): their kind, folded
 * as names are matched and as written, for the reason « ste d histoire » (société d’histoire). Administrative
 * exports cut « Société » to « STE » or « SOC » (« STE HIPPIQUE », « SOC MUSICALE »).
 */
export const SOCIETIES_OF_MEMBERS: [folded: string, written: string][] = [
  ['de peche', 'de pêche'],
  ['de chasse', 'de chasse'],
  ['musicale', 'musicale'],
  ['de musique', 'de musique'],
  ['philharmonique', 'philharmonique'],
  ['d histoire', 'd’histoire'],
  ['historique', 'historique'],
  ['savante', 'savante'],
  ['archeologique', 'archéologique'],
  ['d archeologie', 'd’archéologie'],
  ['de tir', 'de tir'],
  ['sportive', 'sportive'],
  ['de gymnastique', 'de gymnastique'],
  ['nautique', 'nautique'],
  ['hippique', 'hippique'],
  ['des amis', 'des amis'],
  ['d emulation', 'd’émulation'],
  ['mycologique', 'mycologique'],
  ['botanique', 'botanique'],
  ['philatelique', 'philatélique'],
  ['colombophile', 'colombophile'],
  ['d horticulture', 'd’horticulture'],
];

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
  'arts plastiques',
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
  // More arts, sports and pastimes taught in clubs (« École de yoga », « École de robotique »). Not cinema nor
  // photography: their schools are as often higher education's.
  'yoga',
  'golf',
  'robotique',
  'magie',
  'couture',
  'sculpture',
  'poterie',
  'ceramique',
  'piano',
  'guitare',
  'jazz',
  'ballet',
  'patinage',
  'roller',
  'gymnastique',
  'badminton',
  'tennis de table',
  'kung fu',
  'capoeira',
  'taekwondo',
  'aikido',
  'escrime',
  'tir a l arc',
  'parapente',
  'bridge',
  'la deuxieme chance',
  'la seconde chance',
  'la 2e chance',
];
/** The same schools by their acronym (« E2C Marseille »). */
const SECOND_CHANCE_SCHOOLS = ['e2c'];
const LEISURE_SCHOOLS = LEISURE_SCHOOL_SUBJECTS.flatMap((subject) =>
  ['ecole', 'academie'].flatMap((school) => [
    `${school} ${/^[aeiou]/.test(subject) ? 'd' : 'de'} ${subject}`,
    // « Ecole Musique », « ÉCOLE DANSE », as lists shorten them.
    ...(subject.includes(' ') ? [] : [`${school} ${subject}`]),
  ]),
);

/** Associations, clubs and federations (`association`). */
export const ASSOCIATION_WORDS: WordRule[] = [
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
      'bde',
      'ape',
      'apel',
      // The association that runs a Catholic private school (« OGEC Saint-Joseph »).
      'ogec',
      'organisme de gestion de l enseignement catholique',
      'fcpe',
      'peep',
      // The volunteers who visit the State's primary schools for the département, an association of them.
      'dden',
      'delegues departementaux de l education nationale',
      'delegue departemental de l education nationale',
      // A school's sports association by its federation, primary (USEP) or secondary (UNSS): « USEP École… ».
      'usep',
      'unss',
      'troupe',
      'chorale',
      // « Choral », as the chorale is often typed.
      'choral',
      'harmonie',
      'fanfare',
      // Breton pipe bands.
      'bagad',
      'bagadou',
      'karate',
      'foot',
      'athletique',
      'athletisme',
      'gymnastique',
      'natation',
      'cyclisme',
      'randonnee',
      'rando',
      'randonneurs',
      'marcheurs',
      'camping car club',
      // A youth hostel (an association's most often, a town's sometimes), a farming show.
      'auberge de jeunesse',
      'comice agricole',
      'comice',
      // (a club of campers, not a campsite)
      'camping club',
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
      // Shopkeepers' associations (« Les commerçants de Vire », « Union commerciale de Vaux »).
      'commercants',
      'union commerciale',
      'escrime',
      'philatelie',
      'philatelique',
      'aquariophilie',
      // Pastimes and sports a town's forum des associations lists.
      'taekwondo',
      'yoga',
      'gym',
      'scrabble',
      'modelisme',
      'astronomie',
      'genealogie',
      'majorettes',
      'twirling',
      'archers',
      'tir a l arc',
      'sport adapte',
      'donneurs de sang',
      'marche nordique',
      'course a pied',
      'vtt',
      'triathlon',
      'aviron',
      'canoe',
      'kayak',
      'canoe kayak',
      'baseball',
      'kung fu',
      'capoeira',
      'hip hop',
      'gospel',
      'sportif',
      // Names cut short in administrative exports (« ASS SPORTIV JUDO… »).
      'sportiv',
      'scouts',
      'scout',
      'eclaireurs',
      'eclaireuses',
      'education populaire',
      'loisirs',
      'loisir',
      'cidff',
      // The département's architecture and planning advice body (one association in each département).
      'caue',
      'conseil d architecture d urbanisme et de l environnement',
      // The département's housing advice body, an association too (not the département's « agence »).
      'adil',
      'agence departementale pour l information sur le logement',
      'agence departementale d information sur le logement',
      // The Europe houses, an association in each town that has one.
      'maison de l europe',
      'apei',
      'adapei',
      'unapei',
      // Child-protection associations, one per département (« ADSEA 28 », « Sauvegarde de l'enfance du Nord »).
      'adsea',
      'sauvegarde de l enfance',
      'sauvegarde de l enfance a l adulte',
      // Labels thousands of local associations carry: fishing (AAPPMA), home help (ADMR), rural elders.
      'aappma',
      'appma',
      'admr',
      // Every commune's hunters' association (association communale de chasse agréée), blood donors' (« ADSB »).
      // Environmental education centres (centres permanents d'initiatives pour l'environnement), an association's
      // label in most départements.
      'cpie',
      'centre permanent d initiatives pour l environnement',
      // Energy advice desks (« Espace info énergie »), associations of one label in most départements.
      'espace info energie',
      ...HUNTERS_OF_A_COMMUNE,
      'adsb',
      'aines ruraux',
      'sapeurs pompiers',
      // Science outreach centres (centres de culture scientifique, technique et industrielle).
      'ccsti',
      'centre de culture scientifique',
      // The regional nature conservancies, not a music school's « conservatoire ».
      'conservatoire d espaces naturels',
      'conservatoire des espaces naturels',
      // Employment houses: an association for the most part, a public grouping sometimes.
      'maison de l emploi',
      'maison de l emploi et de la formation',
    ],
    weight: 2.4,
  },
  // Shelters and homes (for asylum seekers, the homeless, young workers) and the homes, schools and
  // workshops of disabled children and adults: places run by associations for the most part, not all
  // (a semi-public company's CADA, a hospital's IME): wherever the word stands, an answer to check.
  {
    category: 'association',
    phrases: [
      'cada',
      'huda',
      'chrs',
      'spada',
      'siao',
      'centre d hebergement',
      'centre provisoire d hebergement',
      'hebergement d urgence',
      'residence habitat jeunes',
      'accueil de jour',
      // Night shelters and homes for disabled adults (« Halte de nuit », « Foyer d'hébergement »).
      'halte de nuit',
      'foyer d hebergement',
      // The listening points for young people and their parents (« PAEJ du Val »).
      'paej',
      'point accueil ecoute jeunes',
      'point d accueil et d ecoute jeunes',
      'maison relais',
      'institut medico educatif',
      'institut medico professionnel',
      // Child guidance clinics (CMPP) and nursing-care centres: associations' most often.
      'centre medico psycho pedagogique',
      'centre de soins infirmiers',
      // Children's homes of child protection (MECS): associations' mostly, mandated by the département.
      'maison d enfants a caractere social',
      'maisons d enfants a caractere social',
      'esat',
      'sessad',
      // Homes and support services for disabled adults (FAM, MAS, SAVS, SAMSAH).
      'foyer d accueil medicalise',
      'maison d accueil specialisee',
      'foyer de vie',
      'service d accompagnement a la vie sociale',
      'savs',
      'samsah',
      'centre d adaptation a la vie active',
      'pension de famille',
      'pensions de famille',
      'residence sociale',
      'residences sociales',
      // Harm-reduction and addiction-care centres: associations' mostly, a hospital's sometimes.
      'caarud',
      'csapa',
      // Youth outreach work (prévention spécialisée): most often an association's, mandated by the département.
      'club de prevention',
      'prevention specialisee',
      'educateurs de rue',
      // A town's sports office: an association of its clubs, set up with the town, in most towns.
      'office municipal des sports',
      'office municipal du sport',
      // Its cultural twin, an association of the town's cultural associations.
      'office municipal de la culture',
      'office municipal culturel',
      // Homework help and French for adults in a neighbourhood: an association's or a community centre's.
      'accompagnement scolaire',
      'accompagnement a la scolarite',
      'contrat local d accompagnement a la scolarite',
      'aide aux devoirs',
      'atelier sociolinguistique',
      'ateliers sociolinguistiques',
      'maison des femmes',
    ],
    weight: 2.4,
    noHeadBonus: true,
    // « Centre de soins infirmiers municipal », « Accompagnement scolaire intercommunal »: the authority's own.
    authorityMayRunIt: true,
  },
  {
    category: 'association',
    phrases: ['ime', 'impro', 'itep', 'cava', 'cph', 'mecs', 'cmpp', 'ssiad'],
    weight: 2.4,
    headOnly: true,
    noHeadBonus: true,
    authorityMayRunIt: true,
  },
  // Childminders' houses (maisons d'assistants maternels): most are their association, a few a firm.
  {
    category: 'association',
    phrases: ['maison d assistants maternels', 'maison d assistantes maternelles', 'maison d assistant maternel'],
    weight: 2.4,
    noHeadBonus: true,
  },
  { category: 'association', phrases: ['mam'], weight: 2.4, headOnly: true, noHeadBonus: true },
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
      // The publics an association serves are causes too (« Forum Réfugiés », « Pas Sans Toit »).
      'refugies',
      'migrants',
      'exiles',
      'demandeurs d asile',
      'sans abri',
      // (care homes and public services are named after them too: « EHPAD unité Alzheimer »)
      'handicapes',
      'alzheimer',
      'coop',
    ],
    weight: 2,
    yieldsToAuthority: true,
    // « Centre culturel municipal », « Point accueil intercommunal ».
    authorityMayRunIt: true,
  },
  {
    category: 'association',
    phrases: [
      'association',
      'associations',
      'associacion',
      'assocation',
      // As an English-speaking volunteer writes it.
      'nonprofit',
      'non profit',
      'charity',
      'amicale',
      'amicale laique',
      'foyer laique',
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
      // « Aéroclub » in one word.
      'aeroclub',
      'comite',
      'cercle',
      'ligue',
      'federation',
      'confederation',
      // A body's reach, not who runs it (« départemental » alone says the département, see authorities).
      'comite departemental',
      'ligue departementale',
      'federation departementale',
      'office departemental',
      'union sportive',
      'solidaires',
      'solidarite',
      // « Ingénieurs sans frontières », « Informaticiens sans frontières »: the NGOs' way of naming a cause.
      'sans frontieres',
      // Volunteers named as the body (« Développeurs bénévoles du Val »).
      'benevoles',
      'secours',
      'entraide',
      'mission locale',
      // Labels many local associations carry: the employment service for disabled people (« Cap emploi 77 ») and
      // family planning (« Planning familial de Vaux »).
      'cap emploi',
      'planning familial',
      'parents d eleves',
      // Parents' and patients' associations by the cause they gather around (« Parents d'enfants handicapés »,
      // « Autisme 77 »), and adults' literacy (« Lutte contre l'illettrisme », « Alphabétisation »).
      'parents d enfants',
      'autisme',
      'illettrisme',
      'alphabetisation',
      'sports',
      'sportive',
      'handisport',
      'repair cafe',
      'culture',
      'soutien',
      'ressourcerie',
      'recyclerie',
      'amap',
      // The networks of reciprocal exchange of knowledge, local associations of one movement's kind.
      'echanges reciproques de savoirs',
      'jardin partage',
      'jardins familiaux',
      'jardin familial',
      'jardins ouvriers',
      'jardins partages',
      'foyer de jeunes travailleurs',
      'foyer des jeunes travailleurs',
      'foyer jeunes travailleurs',
      'fjt',
      'universite populaire',
      // A summer school of a movement or a sector: an event an association or a union holds, no university.
      'universite d ete',
      'utl',
      'universite inter ages',
      'universite du temps libre',
      'universite du troisieme age',
      'universite de la culture permanente',
      'universite pour tous',
      // Twinning committees, folk groups, a charity's local unit.
      'jumelage',
      'groupe folklorique',
      'unite locale',
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
      'ecole des grands parents',
      // Business creators' support bodies, associations of one kind in many towns (a « boutique de gestion » is
      // the BGE's older name), and the junior chambers.
      'boutique de gestion',
      'boutiques de gestion',
      'couveuse d entreprises',
      'couveuse d entreprise',
      'jeune chambre economique',
      'plateforme d initiative locale',
      // Employers' and tradesmen's bodies (« Union des entreprises de … », « Chambre syndicale de la boulangerie »):
      // unions by their legal form, as associations are (8420), not firms.
      'union des entreprises',
      'groupement des entreprises',
      'chambre syndicale',
      'sou des ecoles',
      'creche parentale',
      'maison des lyceens',
      // Its acronym, which other bodies share, with the lycée it belongs to (« MDL du lycée Voltaire »).
      'mdl du lycee',
      'mdl lycee',
      'banque alimentaire',
      'food bank',
      'jardin d insertion',
      'jardins d insertion',
      'monnaie locale',
      // Cyclists' schools and workshops (« Vélo-école », « Atelier vélo participatif »).
      'velo ecole',
      'atelier velo',
      // Ateliers and chantiers d'insertion: most are run by associations.
      'chantier d insertion',
      'chantiers d insertion',
      'atelier chantier d insertion',
      'ensemble vocal',
      'groupe vocal',
      'big band',
      'batucada',
      'ensemble instrumental',
      'ensemble musical',
      'anciens combattants',
      'anc combattants',
      // « Société » opens company names, and these associations' names as well, written out or cut short.
      ...SOCIETIES_OF_MEMBERS.flatMap(([kind]) => ['societe', 'ste', 'soc'].map((word) => `${word} ${kind}`)),
      // Social rental agencies (agences immobilières sociales, à vocation sociale): associations of one label.
      'agence immobiliere sociale',
      'agence immobiliere a vocation sociale',
      'aivs',
      'agence locative sociale',
      // Students' unions of a school or a university: associations.
      'bureau des eleves',
      'bureau des etudiants',
      // Syndicats d'initiative: the towns' tourist offices that associations run.
      'syndicat d initiative',
      // Employers' groups for insertion and qualification: associations, whatever trade they serve.
      'geiq',
      // The residents' councils of the priority neighbourhoods: an association, or residents a body hosts.
      'conseil citoyen',
      'groupement d employeurs pour l insertion et la qualification',
      // Any employers' group: an association its members set up to share staff.
      'groupement d employeurs',
      'groupement employeurs',
      'groupement local employeurs',
      'groupement local d employeurs',
      // Driving schools for people whom ordinary ones leave behind: associations, not firms.
      'auto ecole sociale',
      'auto ecole associative',
      ...SECOND_CHANCE_SCHOOLS,
    ],
    weight: 3,
  },
  // Groceries, shops and services run on solidarity: an association's most often, a town's CCAS's sometimes
  // (« Épicerie sociale du CCAS », « … municipale »).
  {
    category: 'association',
    phrases: [
      'epicerie solidaire',
      'epicerie sociale',
      'garage solidaire',
      'boutique solidaire',
      'vestiaire solidaire',
      'friperie solidaire',
      'logement solidaire',
      'transport solidaire',
      'mobilite solidaire',
      'taxi solidaire',
      'conciergerie solidaire',
      'informatique solidaire',
      'numerique solidaire',
      'cafe solidaire',
      'restaurant solidaire',
      'cuisine solidaire',
      'laverie solidaire',
    ],
    weight: 3,
    authorityMayRunIt: true,
  },
  // « École de danse municipale », « École de musique intercommunale »: the authority's school of an art.
  { category: 'association', phrases: LEISURE_SCHOOLS, weight: 3, authorityMayRunIt: true },
  // Development, town-planning and local energy agencies: most are associations the authorities set up,
  // some their public establishments, none a firm, as « agence » alone would say. A lead to check.
  {
    category: 'association',
    phrases: ['agence de developpement', 'agence d urbanisme', 'agence locale de l energie'],
    weight: 2.4,
    noHeadBonus: true,
  },
  {
    category: 'association',
    phrases: ['ass', 'cdpa', 'cdos', 'us', 'as', 'ac', 'fc', 'sc', 'ol', 'rc'],
    weight: 2,
    headOnly: true,
  },
  // « ES Bayeux »: an entente or étoile sportive, as « US » is a union sportive; « ES » opens firms' names
  // too (« ES Informatique »): a lead to check.
  { category: 'association', phrases: ['es'], weight: 2.4, headOnly: true, noHeadBonus: true },
  // « JS Vaux » (jeunesse sportive), « Olympique de Vaux »: sports clubs' names, that a firm's may share
  // (« JS Conseil »): leads to check.
  // So are a tennis, handball, basket or cycling club's initials (« TC Vaux », « HBC », « BC », « VC »), and
  // the boules players' club (« La Boule vauxoise »; a bakery may be « La Boule d'or »).
  {
    category: 'association',
    phrases: ['js', 'olympique', 'tc', 'hbc', 'bc', 'vc', 'boule', 'boules'],
    weight: 2.4,
    headOnly: true,
    noHeadBonus: true,
  },
  // « Stade Vauxois », « Stade Rennais », « Dojo de Vaux »: a club; a stadium or a dojo the town runs is the
  // town's (« Stade municipal », « Dojo municipal »).
  {
    category: 'association',
    phrases: ['stade', 'dojo'],
    weight: 2.4,
    headOnly: true,
    noHeadBonus: true,
    authorityMayRunIt: true,
  },
  // « Atelier informatique de … »: most often a club of volunteers, sometimes a place's workshop: a lead.
  { category: 'association', phrases: ['atelier informatique'], weight: 2.4, noHeadBonus: true },
  // Places of worship and their bodies, that lend a hall or run a chaplaincy: in France, associations
  // (cultuelles, diocésaines) most often — a lead to check.
  {
    category: 'association',
    phrases: [
      'paroisse',
      'paroissial',
      'paroissiale',
      'diocese',
      'aumonerie',
      'mosquee',
      'synagogue',
      'eglise',
      'presbytere',
      'temple protestant',
      'consistoire',
      'communaute juive',
      'israelite',
      'islamique',
      'pastorale',
      // A parish's or a lay movement's youth club (« Patronage Saint-Joseph », « Patronage laïque »).
      'patronage',
    ],
    weight: 2.4,
    noHeadBonus: true,
  },
  // Administrative exports shorten the head noun: « CTE DEP … » (comité), « AMIS MUSEE … » (les amis
  // du…), « FED DEPART … » (fédération), « UNION DEP ASS … »; the last two also open a brand's or a
  // public body's name (« Fed Ex », « Union européenne »): leads to check.
  // (« Les Aînés de Vaux », « Les Anciens du lycée »: the elders' clubs and the alumni's, as « Les Amis de… ».)
  {
    category: 'association',
    phrases: ['cte', 'amis', 'gpt', 'aines', 'anciens', 'amitie', 'amities'],
    weight: 2,
    headOnly: true,
  },
  // Leisure groups named by what they do (« ANIMATION RURALE ISSEENNE », « ANIM CHAHAIGNES »): at the head
  // only, where it is the name's noun; further on it is one of a body's fields (« … sport animation loisirs »).
  // A town's « Service animation » is the town's (see town-halls).
  { category: 'association', phrases: ['animation', 'anim'], weight: 2, headOnly: true, yieldsToAuthority: true },
  // « GEM Le Bon Accueil »: a groupe d'entraide mutuelle by its acronym, which some firms' names share: a lead.
  { category: 'association', phrases: ['gem'], weight: 2.4, headOnly: true, noHeadBonus: true },
  { category: 'association', phrases: ['union'], weight: 1.2, headOnly: true },
  // « FED » alone is a brand's name; an export's « FED » has the rest of the federation's name after it.
  { category: 'association', phrases: ['fed'], weight: 1.2, headOnly: true, notAlone: true },
  // Union départementale des associations familiales: one in every département, each its own association.
  { category: 'association', phrases: ['udaf'], weight: 3 },
  // Users' groups (« Linux Users Group », « Groupe d'utilisateurs de logiciels libres », a GUL): associations, and
  // free software's own words a lead (firms sell « solutions libres » too).
  { category: 'association', phrases: ['users group', 'user group', 'groupe d utilisateurs'], weight: 3 },
  // …by their acronym, French or English (« GUL de Vaux », « LUG de Vaux »): leads.
  { category: 'association', phrases: ['gul', 'lug'], weight: 2.4, headOnly: true, noHeadBonus: true },
  { category: 'association', phrases: ['logiciel libre', 'logiciels libres'], weight: 2.4, noHeadBonus: true },
  // More sports and their players, as clubs name themselves (« Vaux Athlé », « Les Pongistes de Vaux »), the members
  // of a pastime (« Apiculteurs du Val », « Les Motards du Val »), a town's transition group (« Vaux en
  // transition »): a lead, as shops and bars take the words too (« Trail Running Shop », « Échiquier Immobilier »).
  {
    category: 'association',
    phrases: [
      'athle',
      'roller',
      'escalade',
      'trail',
      'echiquier',
      'pongistes',
      'boulistes',
      'petanqueurs',
      'cavaliers',
      'pedaleurs',
      'apiculteurs',
      'motards',
      'en transition',
    ],
    weight: 2.4,
    noHeadBonus: true,
  },
  // A foundation for a cause (« Fondation pour l'enfance », « … pour la nature et l'homme »): no firm's, whose
  // foundations bear its name (« Fondation Orange », see companies); a private non-profit body, as associations
  // are: a lead.
  { category: 'association', phrases: ['fondation pour'], weight: 2.4, noHeadBonus: true },
  // Firms' and researchers' networks of a sector (« Pôle de compétitivité… », « Cluster numérique… »): associations,
  // the cluster's name a lead (a firm may call itself so).
  { category: 'association', phrases: ['pole de competitivite'], weight: 3 },
  // Stray cats' associations, a name many independent local associations carry (« École du chat libre de … »).
  { category: 'association', phrases: ['ecole du chat'], weight: 3 },
  { category: 'association', phrases: ['cluster'], weight: 2.4, headOnly: true, noHeadBonus: true },
  // A town's or a firm's staff welfare committee by its acronym, with whose staff it is (« COS du personnel de la
  // mairie »): the staff's association, not the body they work for; at the head only (« COS Informatique » is not).
  { category: 'association', phrases: STAFF_OF.map((staff) => `cos ${staff}`), weight: 3, headOnly: true },
  // « Librairie associative », « Garage associatif », « Radio associative »: a trade run as an association
  // says so as plainly as a legal form, and outweighs the trade at the head. After a place (« Médiathèque
  // associative ») it says who runs the place (see evidence's placeSaidAssociative).
  {
    category: 'association',
    phrases: ['associatif', 'associative', 'associatifs', 'associatives'],
    weight: 5,
    tutelle: 'prive',
    decidesTutelle: true,
  },
  // « Asso », unlike « ass », reads as nothing else wherever it stands (« WEB ASSO ARCHIPEL »).
  { category: 'association', phrases: ['asso', 'assoc', 'assos'], weight: 2.5 },
  // Junior-entreprises are associations (loi 1901) run by students, whatever the word « entreprise » says.
  { category: 'association', phrases: ['junior entreprise', 'junior entreprises'], weight: 4 },
  { category: 'association', phrases: ['junior'], weight: 1.5, headOnly: true },
];
