import type { WordRule } from '../word-rule';

/** Schools, from the école to the university (`etablissement_scolaire`); the level says the funding body. */
export const SCHOOL_WORDS: WordRule[] = [
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
      'grpe scol',
      'gpe scol',
      'groupe scol',
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
      // In full, « intercommunal » there says the schools are shared, not that the intercommunalité runs them.
      'regroupement pedagogique intercommunal',
      'regroupement pedagogique',
    ],
    weight: 3,
    tutelle: 'commune',
  },
  // « Pôle éducatif du Val »: a village's school under one roof with its périscolaire, which a town's department
  // of education is called too: a lead to check.
  {
    category: 'etablissement_scolaire',
    phrases: ['pole educatif'],
    weight: 2.4,
    tutelle: 'commune',
    noHeadBonus: true,
    authorityMayRunIt: true,
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
  // « Collège privé Saint-Joseph »: whatever its level, a private school is run by its private body; so is
  // a school out of contract, a Montessori one, a Catholic one (« Université catholique de l'Ouest »).
  {
    category: 'etablissement_scolaire',
    phrases: ['prive', 'privee', 'sous contrat', 'hors contrat', 'montessori', 'steiner', 'waldorf', 'catholique'],
    // It says who runs a school, not that the partner is one (« Crèche privée », « Clinique privée »).
    weight: 0,
    tutelle: 'prive',
    decidesTutelle: true,
    noHeadBonus: true,
  },
  // « Conseil de la vie collégienne » (CVC), a collège's pupils' council: the collège.
  {
    category: 'etablissement_scolaire',
    // « Colège » with one l, as it is often typed (too short a word for the one-slip reading of long nouns).
    phrases: ['college', 'colege', 'clg', 'segpa', 'conseil de la vie collegienne'],
    weight: 3,
    tutelle: 'departement',
  },
  // A collège's classes and workshops for pupils out of school for a while (« Dispositif relais de Vaux »).
  {
    category: 'etablissement_scolaire',
    phrases: ['classe relais', 'dispositif relais', 'atelier relais'],
    weight: 3,
    tutelle: 'departement',
  },
  // The primary schools' network of help for pupils in difficulty (« RASED de Vaux »): the schools'.
  {
    category: 'etablissement_scolaire',
    phrases: ['reseau d aides specialisees aux eleves en difficulte'],
    weight: 3,
    tutelle: 'commune',
  },
  { category: 'etablissement_scolaire', phrases: ['rased'], weight: 3, tutelle: 'commune', headOnly: true },
  // The State's units that share the aides of pupils with special needs among schools of every level (« PIAL
  // Melun Nord »), and the boarding schools of its programme: the schools, the State's staff.
  {
    category: 'etablissement_scolaire',
    phrases: [
      'pole inclusif d accompagnement localise',
      'poles inclusifs d accompagnement localises',
      'internat d excellence',
    ],
    weight: 3,
    tutelle: 'etat',
  },
  { category: 'etablissement_scolaire', phrases: ['pial'], weight: 3, tutelle: 'etat', headOnly: true },
  // « Coll. » opens a school's name; inside a name it may be a collection or a collective.
  { category: 'etablissement_scolaire', phrases: ['coll'], weight: 3, tutelle: 'departement', headOnly: true },
  // « Élém. Jean Jaurès »: the short form opens a school's name; inside a name it is not a school.
  { category: 'etablissement_scolaire', phrases: ['elem'], weight: 3, tutelle: 'commune', headOnly: true },
  {
    category: 'etablissement_scolaire',
    phrases: [
      'lycee',
      // A lycée's pupils' council (« Conseil de la vie lycéenne »).
      'conseil de la vie lyceenne',
      // A lycée for returning dropouts (« Microlycée de Sénart »), in one word.
      'microlycee',
      // A lycée's head, as a contact is typed in place of the school (« Proviseure du lycée… »).
      'proviseur',
      'proviseure',
      'lycee professionnel',
      'lycee polyvalent',
      'lycee general',
      'lgt',
      'legt',
      'lpo',
      // A lycée's vocational or general section, listed apart in the school directories.
      'section d enseignement professionnel',
      'section enseignement professionnel',
      'section d enseignement general et technologique',
      'sep du lycee',
      'segt du lycee',
      'erea',
      'etablissement regional d enseignement adapte',
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
  // « Centrale Lyon »: the écoles centrales by their short name, at the head only (« Cuisine centrale » is a
  // town's kitchen).
  { category: 'etablissement_scolaire', phrases: ['centrale'], weight: 3, tutelle: 'etat', headOnly: true },
  // « ESC Clermont »: an école supérieure de commerce by its acronym, at the head; a lead to check.
  {
    category: 'etablissement_scolaire',
    phrases: ['esc'],
    weight: 2.4,
    tutelle: 'prive',
    headOnly: true,
    noHeadBonus: true,
  },
  // Public adult education: a grouping of the académie's schools.
  { category: 'etablissement_scolaire', phrases: ['greta'], weight: 3, tutelle: 'etat' },
  // A school by its legal kind (« Établissement public local d'enseignement… »): its level says who funds it.
  {
    category: 'etablissement_scolaire',
    phrases: ['etablissement public local d enseignement', 'etablissement public d enseignement', 'eple'],
    weight: 3,
  },
  {
    category: 'etablissement_scolaire',
    phrases: [
      'universite',
      'univ',
      // A university's student houses and its research house in the human sciences.
      'maison des etudiants',
      'maison de l etudiant',
      'maison de la vie etudiante',
      'maison des sciences de l homme',
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
      'ecole centrale',
      'sciences po',
      'institut d etudes politiques',
      'iep',
      'institut national',
      'ecole des mines',
      'enseignement superieur',
      'faculte',
      // A university's faculty as students and volunteers say it (« Fac de sciences », « UFR Sciences »).
      'fac de',
      'fac d',
      'ufr',
      'inspe',
      // The INSPE's name before 2013 (then ESPE).
      'iufm',
      'ecole d art',
      'conservatoire national',
      'institut superieur',
      'hautes etudes',
      'grande ecole',
      'ecole de gestion',
      'egc',
      'iae',
      'espe',
    ],
    weight: 3,
    tutelle: 'etat',
  },
  // « Campus de Vaux », « Campus des métiers »: a campus opening the name. After a trade name it is a firm's or an
  // association's training centre (« WEBCUP CAMPUS SAINT-DENIS »).
  { category: 'etablissement_scolaire', phrases: ['campus'], weight: 3, tutelle: 'etat', headOnly: true },
  // Public research units, the universities' and the research bodies' (« Unité mixte de recherche »,
  // « Laboratoire d'informatique de Paris 6 », « École doctorale… »): the State's higher education, as a club
  // meets it. A laboratory of a science, not « Laboratoire » alone, which opens firms' names (« Laboratoire
  // d'analyses », « Laboratoires… »).
  {
    category: 'etablissement_scolaire',
    phrases: [
      'unite mixte de recherche',
      'unite de recherche',
      'laboratoire de recherche',
      'equipe de recherche',
      'laboratoire d informatique',
      'laboratoire de mathematiques',
      'laboratoire de physique',
      'laboratoire de chimie',
      'laboratoire de biologie',
      'ecole doctorale',
    ],
    weight: 3,
    tutelle: 'etat',
  },
  // A research institute or centre is a university's or a public body's as often as a firm's: a lead to check.
  {
    category: 'etablissement_scolaire',
    phrases: ['institut de recherche', 'centre de recherche', 'centre de recherches'],
    weight: 2.4,
    tutelle: 'etat',
    noHeadBonus: true,
  },
  // A school's documentation centre by its full name (« Centre de documentation et d'information du lycée »); the
  // level named says whose.
  {
    category: 'etablissement_scolaire',
    phrases: ['centre de documentation et d information'],
    weight: 2.4,
    noHeadBonus: true,
  },
  // BTS sections and classes préparatoires are taught in lycées, which the région funds (a private one's
  // says « privé »).
  {
    category: 'etablissement_scolaire',
    phrases: [
      'bts',
      // Its section in full (« Section de technicien supérieur »).
      'section de technicien superieur',
      'classe preparatoire',
      'classe prepa',
      'classes preparatoires',
      'cpge',
    ],
    weight: 3,
    tutelle: 'region',
  },
  // Maisons familiales rurales: associations that run schools under contract with the State; the Catholic
  // institutes, private higher education.
  {
    category: 'etablissement_scolaire',
    phrases: [
      'mfr',
      'maison familiale rurale',
      'maison familiale',
      'institut catholique',
      // Immersive schools in a regional language, each an association's, by their common nouns: the Occitan
      // « calandreta », the Basque « ikastola ».
      'calandreta',
      'ikastola',
    ],
    weight: 3,
    tutelle: 'prive',
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
  // Schools named in English are private ones (business schools, coding schools); so are most business
  // schools named in French (an association's or a company's; the chambers of commerce's are EGC, above).
  {
    category: 'etablissement_scolaire',
    phrases: ['school', 'business school', 'international school', 'ecole de commerce', 'ecole de management'],
    weight: 3,
    tutelle: 'prive',
  },
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
  // « Ensemble scolaire Saint-Joseph »: the private schools of one body grouped under one name.
  { category: 'etablissement_scolaire', phrases: ['ensemble scolaire'], weight: 3, tutelle: 'prive' },
  // « Cours Sainte-Marie »: a private school; a southern town's avenue is named so too: a lead to check.
  {
    category: 'etablissement_scolaire',
    phrases: ['cours saint', 'cours sainte', 'cours notre dame', 'cours st', 'cours ste'],
    weight: 2.4,
    tutelle: 'prive',
    headOnly: true,
    noHeadBonus: true,
  },
  // « Institution » opening the name is a school's as often as not; with a saint's name, a private one.
  {
    category: 'etablissement_scolaire',
    phrases: ['institution saint', 'institution sainte', 'institution notre dame', 'institution st', 'institution ste'],
    weight: 2,
    tutelle: 'prive',
  },
];
