import type { WordRule } from '../word-rule';

/** Public digital spaces, fablabs and tiers-lieux (`epn`). */
export const DIGITAL_SPACE_WORDS: WordRule[] = [
  {
    category: 'epn',
    phrases: [
      'epn',
      'espace public numerique',
      'espaces publics numeriques',
      'espace pub numerique',
      'esp pub numerique',
      'espace multimedia',
      'centre multimedia',
      'point multimedia',
      'pole multimedia',
      // « Espace publique numérique »: a slip common enough in directories.
      'espace publique numerique',
      // The town's or the département's small public points (« Kiosque numérique de Decize », « Point Internet »).
      'kiosque numerique',
      'kiosque multimedia',
      'point internet',
      'salle informatique',
      'centre de ressources numeriques',
      'bus numerique',
      'camion numerique',
      'salle multimedia',
      'cybercentre',
      'cyber centre',
      'maison du numerique',
      'maison numerique',
      'fabrique du numerique',
      'cyberbase',
      'cyber base',
      'cyber espace',
      // The young people's public digital spaces (« Cyber jeunes d'Écuisses », « Espace Cyber jeunes »).
      'cyber jeunes',
      'cyberespace',
      // What the national directory of places of digital help calls an EPN's older kin.
      'espace public internet',
      'espace public informatique',
      'espace public multimedia',
      // The labels of digital places the Ministry of Culture and a région gave (« Espace culture multimédia »,
      // « Espace régional internet citoyen »), written in full: their acronyms are first names or firms' too.
      'espace culture multimedia',
      'espace regional internet citoyen',
      'cybercommune',
      // « Espace public numérique » as some write it.
      'etablissement public numerique',
      'fablab',
      // « FabLabinox », « FablabCo »: a fablab's coined name.
      'fablab*',
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
      'espace france services',
      'espace france service',
      'msap',
      'maison de services au public',
      'maison de service au public',
      'maison des services au public',
      // What MSAP were called before 2015; many directories still list them so.
      'relais de services publics',
      'relais services publics',
      'relais de services au public',
      'relais services au public',
      'mediation numerique',
      'inclusion numerique',
      'conseiller numerique',
      'conseillere numerique',
      'mediateur numerique',
      'mediatrice numerique',
      'tiers lieu',
      'tiers lieux',
      // The State's label for tiers-lieux.
      'fabrique de territoire',
      // The tiers-lieux label of the State's programme, and the Ministry of Culture's label of digital spaces.
      'manufacture de proximite',
      'espace culturel multimedia',
      'fabriques de territoire',
      'espace numerique',
      'point cyb',
      'point cyber',
      // The State's label for public digital spaces (« Espace NetPublic »).
      'netpublic',
      'point numerique',
      // A digital mediator's drop-in hours (« Permanence numérique du CCAS »).
      'permanence numerique',
      'point d appui numerique',
      'point d acces numerique',
      'points d acces numerique',
      'point d acces au numerique',
      'points d acces au numerique',
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
  // A Maison France Services by its acronym, as its own signs and the départements' lists write it (« MFS
  // Puylaurens »): where it opens the name, a lead to check (a fund's or a firm's initials too).
  { category: 'epn', phrases: ['mfs'], weight: 2.4, headOnly: true, noHeadBonus: true },
  // « Albilab », « RuralLab » in the fablabs' list, but « HOSTOLAB », « DEVOLAB », « SPOTLAB » are hosting
  // associations and software firms: a name coined on « lab » is a lead to check, not a fablab for sure.
  // « Goldorhack », a hackerspace's coined name, is the same kind of lead.
  { category: 'epn', phrases: ['*lab', 'lab*', '*hack', 'hacklab'], weight: 1.2 },
  // « Le Coworking du Village », « Espace de coworking »: a tiers-lieu, digital or not, run by a town, an
  // association or a firm — a lead to check, whether it opens the name or not.
  // « Télécentre de Varzy »: a rural workplace shared by teleworkers, the same kind of lead.
  { category: 'epn', phrases: ['coworking', 'co working', 'cowork', 'telecentre'], weight: 2.4, noHeadBonus: true },
  // A town's digital museum and fablab under one cultural label (« Micro-Folie de Vaux »): a digital place most
  // often, a library's or a cultural centre's sometimes: a lead.
  { category: 'epn', phrases: ['micro folie', 'microfolie'], weight: 2.4, noHeadBonus: true },
];
