import type { WordRule } from '../word-rule';

/** Local authorities and public bodies (`collectivite`). */
export const AUTHORITY_WORDS: WordRule[] = [
  {
    category: 'collectivite',
    phrases: [
      'communaute de communes',
      // As exports cut it (« COMMUNAUTE COMMUNES PAYS DE L ARBRESLE », « COMMUNAUTE AGGLO FORBACH PORTE FRANCE »).
      'communaute communes',
      'communaute agglomeration',
      'communaute agglo',
      'communaute d agglomeration',
      'communaute urbaine',
      'communaute intercommunale',
      // The forms of intercommunalité the 1999 law replaced, still on old lists (« District urbain de Vaux »).
      'district urbain',
      'communaute de villes',
      'agglomeration',
      'agglo',
      'metropole',
      'eurometropole',
      'epci',
      'syndicat intercommunal',
      'sivom',
      'sivu',
      // School and water syndicates of several communes (« SIVOS de la Vallée », « SIRP de Maincy »).
      'sivos',
      'sirp',
      // Waste collection and treatment syndicates (« SMICTOM du Val », « SICTOM », « SMITOM »).
      'smictom',
      'sictom',
      'smitom',
      'sirtom',
      'syctom',
      'syndicat des eaux',
      'syndicat d eau potable',
      'syndicat d adduction d eau potable',
      'syndicat d assainissement',
      'petr',
      'pole d equilibre territorial et rural',
      // A rural territory's LEADER group, carried by its intercommunalités.
      'groupe d action locale',
      // The short name many communautés de communes go by (« Intercom de la Vire au Noireau »).
      'intercom',
      'pole metropolitain',
      'intercommunalite',
      'cte de communes',
      // « Cnes » as administrative writing shortens « communes » (« Cté de Cnes du Val »).
      'cte de cnes',
      'communaute de cnes',
      'comm de communes',
      'com de com',
      'com com',
      'comcom',
      'interco',
      'communaute d agglo',
      'comm d agglo',
      'syndicat mixte',
    ],
    weight: 3,
    tutelle: 'intercommunalite',
  },
  // « Médiathèque de la CC du Val »: after « de la », the short forms can only be the intercommunalité, and
  // the place or the service is its own (« ALSH de la CC du Val »).
  {
    category: 'collectivite',
    phrases: ['de la cc', 'de la ca', 'de la cu', 'de la cdc', 'de la cte de communes'],
    weight: 3,
    tutelle: 'intercommunalite',
    decidesTutelle: true,
  },
  {
    category: 'collectivite',
    phrases: ['cc', 'ca', 'cu', 'pays de', 'pays d', 'cdc de', 'cdc du', 'cdc des', 'cdc d'],
    weight: 3,
    tutelle: 'intercommunalite',
    headOnly: true,
  },
  // The seats of the authorities (« Hôtel du Département », « Hôtel de Région »): the authority, no hotel.
  { category: 'collectivite', phrases: ['hotel du departement'], weight: 3, tutelle: 'departement' },
  // (« Maison de la Région »: the région's office in a town.)
  {
    category: 'collectivite',
    phrases: ['hotel de region', 'hotel de la region', 'maison de la region', 'maison de region'],
    weight: 3,
    tutelle: 'region',
  },
  {
    category: 'collectivite',
    phrases: ['hotel de communaute', 'hotel de la communaute', 'hotel d agglomeration', 'hotel de l agglomeration'],
    weight: 3,
    tutelle: 'intercommunalite',
  },
  {
    category: 'collectivite',
    phrases: [
      'conseil departemental',
      // As an English-speaking volunteer writes it.
      'departmental council',
      'county council',
      'conseil dep',
      'cons dep',
      'conseil general',
      // A councillor typed in place of the council, as a mayor's deputy is for the town (see town-halls).
      'conseiller departemental',
      'conseillere departementale',
    ],
    weight: 3,
    tutelle: 'departement',
  },
  // « Département informatique de l'IUT », « Département de mathématiques, faculté des sciences »: a school's.
  {
    category: 'collectivite',
    phrases: ['departement', 'departement de'],
    weight: 3,
    tutelle: 'departement',
    unitOfASchool: true,
  },
  { category: 'collectivite', phrases: ['dept', 'dpt'], weight: 3, tutelle: 'departement', headOnly: true },
  {
    category: 'collectivite',
    phrases: [
      'sdis',
      'service departemental d incendie et de secours',
      // The SDIS's stations (« Centre de secours de Melun », « Caserne des pompiers »), not a « Secours »
      // association.
      'centre de secours',
      'centre d incendie et de secours',
      'caserne des pompiers',
      'caserne de pompiers',
      'caserne des sapeurs pompiers',
      'archives departementales',
      'agence departementale',
      // The département's public body for the towns' staff (« Centre de gestion de la fonction publique territoriale »).
      'centre de gestion de la fonction publique territoriale',
      // The département's own museums and its analysis laboratory (not a park: a green space, no partner).
      'musee departemental',
      'musees departementaux',
      'laboratoire departemental',
      // Its social services' territories (« Territoire d'action sociale », « UTAS »), and its service of the
      // collèges it runs.
      'territoire d action sociale',
      'unite territoriale d action sociale',
      'utas',
      'service social departemental',
      'service des colleges',
      'direction des colleges',
    ],
    weight: 3,
    tutelle: 'departement',
  },
  // The région's regional park, and its service of the lycées it runs.
  {
    category: 'collectivite',
    phrases: ['parc naturel regional', 'service des lycees', 'direction des lycees'],
    weight: 3,
    tutelle: 'region',
  },
  // « Région » names the body at the head (« Région Bretagne ») and with its capital further on (« Service
  // jeunesse de la Région »); otherwise it is a place (« … de la région »).
  { category: 'collectivite', phrases: ['region'], weight: 3, tutelle: 'region', capitalisedFurtherOn: true },
  // The Grand Paris's territorial establishments by their acronym (« EPT Paris Terres d'Envol »).
  { category: 'collectivite', phrases: ['ept'], weight: 3, tutelle: 'intercommunalite', headOnly: true },
  // Circonscription de la solidarité départementale, maison départementale des solidarités, centre
  // médico-social: the département's social services.
  {
    category: 'collectivite',
    phrases: ['csd', 'mds', 'mdsi', 'cdas', 'mdph'],
    weight: 3,
    tutelle: 'departement',
    headOnly: true,
  },
  // A département's or an intercommunalité's local office: which one, the name does not say.
  { category: 'collectivite', phrases: ['maison du territoire', 'maison de territoire'], weight: 3 },
  // « CMS » also names a web tool (« CMS Informatique »): alone it is a lead to check, not an answer.
  { category: 'collectivite', phrases: ['cms'], weight: 1.2, tutelle: 'departement', headOnly: true },
  {
    category: 'collectivite',
    phrases: [
      'centre medico social',
      'centres medico sociaux',
      'centre departemental d action sociale',
      'aide sociale a l enfance',
      // The département's emergency home for children in care (« Foyer départemental de l'enfance »).
      'foyer de l enfance',
      'foyer departemental de l enfance',
      'centre departemental de l enfance',
      'maison departementale',
      'maison des solidarites',
      // The same social centres, under the names other départements give them.
      'espace departemental des solidarites',
      'espace des solidarites',
      'pole departemental des solidarites',
      'pole des solidarites',
      // « Centre départemental de la solidarité », « Maison de la solidarité départementale ».
      'centre departemental de la solidarite',
      'centre departemental de solidarite',
      'centre departemental des solidarites',
      'solidarite departementale',
      'solidarites departementales',
      'maison de la solidarite departementale',
      'maison de solidarite departementale',
      // The département's house for the elderly and the disabled (« Maison de l'autonomie »).
      'maison de l autonomie',
      'maison du handicap',
      // The centre médico-social's other names (« Pôle médico-social », « Relais médico-social »).
      'pole medico social',
      'relais medico social',
    ],
    weight: 3,
    tutelle: 'departement',
  },
  {
    category: 'collectivite',
    phrases: [
      'conseil regional',
      // As an English-speaking volunteer writes it.
      'regional council',
      'conseil reg',
      'cons reg',
      'conseiller regional',
      'conseillere regionale',
      'collectivite territoriale',
      'collectivite de',
      // An overseas collectivité's council (« Conseil territorial de Saint-Martin »).
      'conseil territorial',
      'collectivite europeenne',
      // The région's economic, social and environmental council.
      'ceser',
      'conseil economique social et environnemental regional',
      // Its name until 2010.
      'conseil economique et social regional',
    ],
    weight: 3,
    tutelle: 'region',
  },
  {
    category: 'collectivite',
    phrases: [
      'prefecture',
      // The prefect's office and delegates (« Cabinet du préfet », « Délégué du préfet »).
      'prefet',
      'cabinet du prefet',
      'sous prefecture',
      'rectorat',
      'vice rectorat',
      'academie de',
      'academie d',
      'circonscription',
      'dsden',
      'direction des services departementaux',
      'services departementaux de l education nationale',
      // The DSDEN as the académie's pages name it (« Direction académique de la Drôme »), and the DRAJES in
      // full (« Délégation régionale académique à la jeunesse, à l'engagement et aux sports »).
      'direction academique',
      'delegation regionale academique',
      'caf',
      'caisse d allocations familiales',
      'ministere',
      // A professional order's councils (legal category 8450, the State's by its legal form), not the région's
      // nor the département's (« Conseil régional de l'ordre des architectes »).
      'conseil regional de l ordre',
      'conseil departemental de l ordre',
      'conseil national de l ordre',
      'conseil interregional de l ordre',
      'conseil de l ordre',
      // The orders themselves, by the professions that have one.
      'ordre des avocats',
      'ordre des medecins',
      'ordre des pharmaciens',
      'ordre des infirmiers',
      'ordre des architectes',
      'ordre des experts comptables',
      'ordre des chirurgiens dentistes',
      'ordre des masseurs kinesitherapeutes',
      'ordre des geometres experts',
      'ordre des veterinaires',
      'ordre des sages femmes',
      // The State's services across ministries (« Direction interministérielle du numérique »).
      'direction interministerielle',
      'delegation interministerielle',
      'mission interministerielle',
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
      // DREETS's name until 2021, still on letters and in lists.
      'direccte',
      'ddets',
      // The State's departmental and regional directions for youth, sports and social cohesion, by the names
      // they had until 2021 (DDJS, DDCS, DDCSPP, DRJSCS), still on letters and in lists.
      'ddjs',
      'drjs',
      'ddcs',
      'ddcspp',
      'ddpp',
      'ddetspp',
      'drjscs',
      'drdjscs',
      'djscs',
      'ars',
      'cpam',
      'caisse primaire d assurance maladie',
      // As registers write it, without the « d' ».
      'caisse primaire assurance maladie',
      // The regional pension and workplace-health funds of the social security, as the CPAM.
      'carsat',
      // Overseas, one fund does what the CAF, the CPAM and the CARSAT do.
      'cgss',
      'caisse generale de securite sociale',
      'caisse d assurance retraite et de la sante au travail',
      'msa',
      'etat',
      'inspection academique',
      // The State's schools administration, as lists name it.
      'education nationale',
      'educ nat',
      'education nat',
      'centre d information et d orientation',
      'dane',
      'drane',
      // The rectorat's centre for newly arrived pupils and travellers' children.
      'casnav',
      'centre academique pour la scolarisation des eleves allophones',
      // The State's pedagogical documentation centres, as their units were named before Canopé.
      'centre de documentation pedagogique',
      'centre regional de documentation pedagogique',
      'centre departemental de documentation pedagogique',
      'crdp',
      'cddp',
      'delegation academique au numerique',
      'delegation academique au numerique educatif',
      'agence nationale',
      'agence regionale',
      // The water agencies: the State's public establishments, one per river basin.
      'agence de l eau',
      'agences de l eau',
      'inspection de l education nationale',
      'chambre de commerce',
      'chambre de commerce et d industrie',
      'chamber of commerce',
      'chambre des metiers',
      'chambre de metiers',
      'chambre des metiers et de l artisanat',
      'chambre d agriculture',
      // « Chambre départementale / régionale d'agriculture, des métiers… », however the rest is cut.
      'chambre departementale',
      'chambre regionale',
      // As exports cut them (« CHAMBRE DEP D'AGRICULTURE DES ARDENNES », « CHAMBRE COMMERCE INDUSTRIE AVEYRON »),
      // as « conseil dep ».
      'chambre dep',
      'chambre reg',
      'chambre commerce',
      'chambre metiers',
      'gendarmerie',
      'commissariat',
      'police nationale',
      // The gendarmerie's youth and family units, where a club may run a prevention workshop.
      'maison de protection des familles',
      'brigade de prevention de la delinquance juvenile',
      // Justice: prisons and the services that follow those sentenced, young or adult (SPIP, the PJJ's units).
      'maison d arret',
      'centre penitentiaire',
      'centre de detention',
      'etablissement penitentiaire',
      'etablissement pour mineurs',
      'services penitentiaires',
      'unite educative de milieu ouvert',
      'uemo',
      // The armed forces and national service (a recruiting office, a base, the Journée défense et citoyenneté).
      'armee de terre',
      'armee de l air',
      'armee de l air et de l espace',
      'marine nationale',
      'cirfa',
      'base aerienne',
      'centre du service national',
      'journee defense et citoyennete',
      'urssaf',
      'finances publiques',
      // The tax office, « public » agreed or not.
      'centre des finances publiques',
      'centre des finances public',
      // The State abroad (not « Ambassade du rire », « Consulat de la bière », nor another country's consulate).
      'consulat general de france',
      'consulat de france',
      'ambassade de france',
      // Each tribunal judiciaire's council of access to the law, a public interest group the State chairs.
      'cdad',
      'conseil departemental de l acces au droit',
      'conseil dep de l acces au droit',
      'tresorerie',
      // The tax offices by their own names (« Hôtel des impôts », « Centre des impôts »).
      'hotel des impots',
      'centre des impots',
      'service des impots',
      'groupement d interet public',
      // The prefecture's office where associations are declared: a State service, not an association.
      'greffe des associations',
      // Student restaurants and housing: the CROUS, a State body in each académie.
      'restaurant universitaire',
      'crous',
      'centre regional des oeuvres universitaires',
      'centre regional des oeuvres universitaires et scolaires',
      'tribunal administratif',
      'tribunal judiciaire',
      // The justice's and the rights' local delegates.
      'conciliateur de justice',
      'defenseur des droits',
      'delegue du defenseur des droits',
      // The State's youth justice and probation services, and its public insertion centres.
      'protection judiciaire de la jeunesse',
      'pjj',
      'service penitentiaire d insertion et de probation',
      'spip',
      'epide',
    ],
    weight: 3,
    tutelle: 'etat',
  },
  {
    category: 'collectivite',
    phrases: ['ien', 'cci', 'ccir', 'ccit', 'cio', 'gip'],
    weight: 3,
    tutelle: 'etat',
    headOnly: true,
  },
  // Public housing offices, which lend rooms in their estates: each is attached to a commune, an
  // intercommunalité or a département — which one, the name does not say.
  {
    category: 'collectivite',
    phrases: [
      'office public de l habitat',
      'office public d habitat',
      'office public d amenagement et de construction',
    ],
    weight: 3,
  },
  { category: 'collectivite', phrases: ['oph', 'opac'], weight: 3, headOnly: true },
  // The register writes the office's name first, then its kind (« VAUX HABITAT OPH »).
  { category: 'collectivite', phrases: ['habitat oph'], weight: 3 },
  // A tourist office: the intercommunalité's or the town's establishment, or an association: a lead to check.
  { category: 'collectivite', phrases: ['office de tourisme', 'office du tourisme'], weight: 2.4, noHeadBonus: true },
  // Outdoor leisure parks: a town's, an intercommunalité's, a département's or a région's (« île de
  // loisirs »), a few an association's: a lead to check.
  {
    category: 'collectivite',
    phrases: ['base de loisirs', 'base de loisir', 'ile de loisirs'],
    weight: 2.4,
    noHeadBonus: true,
  },
  // Public establishments (« Établissement public foncier… », « EPCC … »): the State's, a région's, a
  // département's or several towns' — which one, the name seldom says. A school's says more (see schools).
  { category: 'collectivite', phrases: ['etablissement public', 'epcc'], weight: 3 },
  // The Grand Paris's territories, intercommunalités by another name.
  {
    category: 'collectivite',
    phrases: ['etablissement public territorial'],
    weight: 3,
    tutelle: 'intercommunalite',
  },
  // Courts, at the head: inside a name they are where an association's members sit (« JUGES ET ANCIENS
  // JUGES DU TRIBUNAL DE COMMERCE »).
  {
    category: 'collectivite',
    phrases: [
      'tribunal',
      'cour d appel',
      'conseil de prud hommes',
      'point d acces au droit',
      'maison de justice',
      'maison de la justice',
      'point justice',
      'mjd',
    ],
    weight: 3,
    tutelle: 'etat',
    headOnly: true,
  },
  // Public hospitals. « Hôpital » alone opens private clinics' names too, and inside a name it is a place
  // (« Ferme de l'Hôpital »): at the head, a lead.
  {
    category: 'collectivite',
    phrases: [
      'centre hospitalier',
      'centre hospitalier universitaire',
      'centre hospitalier regional',
      // The public hospitals of a territory grouped together (GHT).
      'groupement hospitalier de territoire',
      // A public mental-health hospital (EPSM).
      'etablissement public de sante mentale',
    ],
    weight: 3,
    tutelle: 'etat',
  },
  { category: 'collectivite', phrases: ['chu', 'chru', 'ght', 'epsm'], weight: 3, tutelle: 'etat', headOnly: true },
  { category: 'collectivite', phrases: ['hopital'], weight: 2.4, tutelle: 'etat', headOnly: true, noHeadBonus: true },
  // Public hospitals' services in town: the psychiatric sector's clinics and the care desks for people without
  // cover. Some are run by associations: a lead to check.
  {
    category: 'collectivite',
    phrases: ['centre medico psychologique', 'centres medico psychologiques', 'permanence d acces aux soins de sante'],
    weight: 2.4,
    tutelle: 'etat',
    noHeadBonus: true,
  },
  { category: 'collectivite', phrases: ['cmp'], weight: 2.4, tutelle: 'etat', headOnly: true, noHeadBonus: true },
  // The département's mother and child health service.
  { category: 'collectivite', phrases: ['protection maternelle et infantile'], weight: 3, tutelle: 'departement' },
  { category: 'collectivite', phrases: ['pmi'], weight: 3, tutelle: 'departement', headOnly: true },
  { category: 'collectivite', phrases: ['centre de pmi', 'centres de pmi'], weight: 3, tutelle: 'departement' },
  // The département's family-planning centres.
  {
    category: 'collectivite',
    phrases: ['centre de planification', 'centre de planification et d education familiale', 'cpef'],
    weight: 3,
    tutelle: 'departement',
  },
  // « Gymnase intercommunal », « Conservatoire intercommunal »: the intercommunalité's, in the same way.
  {
    category: 'collectivite',
    phrases: ['intercommunal', 'intercommunale', 'intercommunaux', 'intercommunales'],
    weight: 2.5,
    tutelle: 'intercommunalite',
    decidesTutelle: true,
  },
  // « Bibliobus départemental », « École départementale de musique »: a place the département runs. Alone
  // it names no kind of place (« Antenne départementale » of a library network, « Parc départemental »),
  // and after a body's noun it is the body's reach (« Comité départemental », see associations).
  {
    category: 'collectivite',
    phrases: ['departemental', 'departementale', 'departementaux', 'departementales'],
    weight: 0,
    tutelle: 'departement',
    decidesTutelle: true,
  },
  // « Bibliothèque communautaire », « Piscine communautaire »: a place the communauté (of communes,
  // d'agglomération) runs; it says who funds it, not what it is.
  {
    category: 'collectivite',
    phrases: ['communautaire', 'communautaires'],
    weight: 0,
    tutelle: 'intercommunalite',
    decidesTutelle: true,
  },
  // « Bibliothèque nationale », « Médiathèque universitaire », « Espace numérique universitaire »: a place the
  // State runs, or one of its universities. A body's reach (« Fédération nationale ») stays the body's, and a phrase of
  // its own (« Éducation nationale », « Restaurant universitaire ») reads as that phrase.
  {
    category: 'collectivite',
    phrases: ['national', 'nationale', 'nationaux', 'nationales', 'universitaire', 'universitaires'],
    weight: 0,
    tutelle: 'etat',
    decidesTutelle: true,
  },
  // « Conservatoire à rayonnement départemental » is a grade of conservatoire, which the town or the
  // intercommunalité runs, and « Route nationale » a road it stands on: the words say nothing of who funds
  // it, nor of what the partner is.
  {
    category: 'autre',
    phrases: [
      'a rayonnement departemental',
      'a rayonnement regional',
      'a rayonnement communal',
      'a rayonnement intercommunal',
      'route nationale',
      'route departementale',
      // The State's académies are « Académie de Créteil », « Académie d'Aix-Marseille »; « Académie des savoirs »,
      // « Académie des arts » are a training body's or a learned society's name.
      'academie des',
    ],
    weight: 0,
  },
];
