import { readFileSync } from 'node:fs';
/** The classifier: rules on words, acronyms, legal forms, domains and codes; reasons a person can check. */
import { categoryFromTyped, chosenSinceClassified, quickChoices } from '../../src/core/classement';
import { classify, classifyForCheck, impliedBy, LOW_CONFIDENCE } from '../../src/core/classifier/classify';
import { classifyCsv } from '../../src/core/classifier/csv-input';
import { ABBREVIATIONS, ADDRESS_RULES, DOMAIN_RULES, NAME_RULES, SHAPE_RULES } from '../../src/core/classifier/rules';
import { nameTokens, parenthesisedAcronyms } from '../../src/core/classifier/tokens';
import { parseCsv } from '../../src/core/csv';
import { CATEGORIES, idFromLabel, STATUTS } from '../../src/core/taxonomy';
import { foldWord, isAscii } from '../../src/core/text';
import { measureClassifierSpeed } from '../../src/local/bench/classifier-speed';
import {
  LABELLED,
  measureQuality,
  SAME_SOURCES,
  SUBSIDISED_ASSOCIATIONS,
  UNSEEN,
  UNSEEN_COMPANIES,
} from '../../src/local/bench/quality';

const cat = (name: string, more = {}) => classify({ name, ...more }).category;
/** A name with what it was classified as and who funds it, so a failing case names itself. */
const placed = (name: string) => {
  const { category, tutelle } = classify({ name });
  return [name, category, tutelle];
};
/** Each name is the category and funding body given. */
const expectPlaced = (cases: string[][]) => {
  for (const [name, category, tutelle] of cases) expect(placed(name)).toEqual([name, category, tutelle]);
};
/** The CPU milliseconds of the best of three runs, for a long cell's time (the best is the least disturbed). */
const leastCpuMs = (run: () => void) =>
  Math.min(
    ...[0, 1, 2].map(() => {
      const start = process.cpuUsage();
      run();
      const used = process.cpuUsage(start);
      return (used.user + used.system) / 1000;
    }),
  );

test.each([
  ['CLSH Les Pinsons', 'mairie'],
  ['Lannion-Trégor Communauté', 'collectivite'],
  ['Réseau des bibliothèques de Rennes Métropole', 'bibliotheque'],
  ['Librairie Le Failler', 'entreprise'],
  ['Institut Saint-Joseph', 'etablissement_scolaire'],
  ['Accueil collectif de mineurs Les Loustics', 'mairie'],
  ['BIJ de Melun', 'mairie'],
  ['IEP de Lyon', 'etablissement_scolaire'],
  ['LEGTA de Rambouillet', 'etablissement_scolaire'],
  ['EEPU Jules Ferry', 'etablissement_scolaire'],
  ['Point Cyb de Melun', 'epn'],
  ['GIP Formation continue', 'collectivite'],
  ['Médiathèque Jean Moulin', 'bibliotheque'],
  ['BIBLIOTHEQUE MUNICIPALE DE CUBLAC', 'bibliotheque'],
  ['MJC Boby Lapointe', 'centre_social'],
  ['M.J.C. de Gourdon', 'centre_social'],
  ['Centre socio-culturel des Bergeries', 'centre_social'],
  ['EPN de la Vallée', 'epn'],
  ['Fablab du Quai', 'epn'],
  ['France services de Case-Pilote', 'epn'],
  ['ALSH Les Petits Loups', 'mairie'],
  ['CCAS de Fort-de-France', 'mairie'],
  ['Mairie - Blanot', 'mairie'],
  ['IUT de Rouen', 'etablissement_scolaire'],
  ['I.U.T Littoral', 'etablissement_scolaire'],
  ['École élémentaire Jean Jaurès', 'etablissement_scolaire'],
  ['Collège Louise Michel', 'etablissement_scolaire'],
  ['Communauté de communes du Pays de Conches', 'collectivite'],
  ['Conseil départemental du Rhône', 'collectivite'],
  ['Maison des associations de Rennes', 'maison_associations'],
  ['DUPONT SAS', 'entreprise'],
  ['SARL Les Jardins', 'entreprise'],
  ["Association des parents d'élèves de l'école Jules Ferry", 'association'],
  ['Amicale laïque de Saint-Ouen', 'association'],
  ['Judo club du Monastier', 'association'],
  ['CSD de Châlons', 'collectivite'],
  ['Groupe Institut catholique de Lille', 'etablissement_scolaire'],
  ['Groupe scolaire Jean Jaurès', 'etablissement_scolaire'],
  // Abbreviations as volunteers type them in a club list.
  ['Coll. Jean Moulin', 'etablissement_scolaire'],
  ['Lyc. pro Bertrand', 'etablissement_scolaire'],
  ['Éc. mat. Les Lilas', 'etablissement_scolaire'],
  ['E.E.PU JULES FERRY', 'etablissement_scolaire'],
  ['Bibli de quartier', 'bibliotheque'],
  ['BM de Melun', 'bibliotheque'],
  ['Ctre social Les Lilas', 'centre_social'],
  ['M. J. C. de Melun', 'centre_social'],
  // Spaced out, as exports write acronyms: three capitals or more; two are a person's initials.
  ['C C A S DE MELUN', 'mairie'],
  ['E P N de Vaux', 'epn'],
  ['COLLEGE J J ROUSSEAU', 'etablissement_scolaire'],
  ['Maison des assos de Melun', 'maison_associations'],
  ['Espace pub. numérique', 'epn'],
  ['Cté de communes du Val', 'collectivite'],
  ['CdC du Pays de Bière', 'collectivite'],
  ['CCI Seine-et-Marne', 'collectivite'],
  ["Inspection de l'Éducation nationale de Melun", 'collectivite'],
  ['Espace jeunes de Dammarie', 'mairie'],
  ['LEGT Marie Curie', 'etablissement_scolaire'],
  ['Élém. Jean Jaurès', 'etablissement_scolaire'],
  ['Eco. maternelle Les Lilas', 'etablissement_scolaire'],
  ['Grpe scolaire Pasteur', 'etablissement_scolaire'],
  ['Maison de qtier des Lilas', 'centre_social'],
  ['Sté Générale', 'entreprise'],
  ['Web Asso du Val', 'association'],
  ['Junior-Entreprise des Mines de Nancy', 'association'],
  ['JUNIOR DATA LILLE', 'association'],
  // A trade name, then its trade; not a council or an advice desk.
  ['Martin Conseil', 'entreprise'],
  ['KERVAL SOLUTIONS', 'entreprise'],
  ['Brie Distribution', 'entreprise'],
  ['Martin Immobilier', 'entreprise'],
  ['Martin & Cie', 'entreprise'],
  ['Cie du Théâtre des Lilas', 'association'],
  ['Point Info Conseil', 'autre'],
  // What the dev set's own lists showed, read after the rules were written.
  ["I.U.T. d'Aix-Marseille - Site de Digne", 'etablissement_scolaire'],
  ['LEGTPA du Bourbonnais', 'etablissement_scolaire'],
  ['LEAP Claude Mercier', 'etablissement_scolaire'],
  ['CFPPA de Melun', 'etablissement_scolaire'],
  ['Bio-Fab', 'epn'],
  ["Fabrik'numerique", 'epn'],
  ['49 - Le réseau de lecture du Maine-et-Loire', 'bibliotheque'],
  // Kinds a club meets that the lists above showed missing.
  ['IFSI de Melun', 'etablissement_scolaire'],
  ['Institut régional du travail social de Lorraine', 'etablissement_scolaire'],
  ['IAE de Caen', 'etablissement_scolaire'],
  ['Cité scolaire Jean Rostand', 'etablissement_scolaire'],
  ['E2C Marseille', 'association'],
  ['FJT Les Tilleuls', 'association'],
  ['BU Lettres', 'bibliotheque'],
  ['Salle informatique municipale', 'epn'],
  // An authority, then one of its places: the partner is the place, whoever runs it…
  ['Ville de Melun - Médiathèque de l’Astrolabe', 'bibliotheque'],
  ['LAVAL AGGLO - Médiathèque Saint-Berthevin Le Lien', 'bibliotheque'],
  ['Département de Seine-et-Marne - Collège Jean Moulin', 'etablissement_scolaire'],
  ['Mairie de Melun - Espace public numérique', 'epn'],
  // (a comma after the authority parts them as a dash does)
  ['Mairie, Carré des Associations', 'maison_associations'],
  ['Ville de Melun, médiathèque Astrolabe', 'bibliotheque'],
  // (and so does nothing at all, when the authority opens the name)
  ['Mairie des Églisottes-et-Chalaures Bibliothèque municipale', 'bibliotheque'],
  ['Commune de Vire école Jules Ferry', 'etablissement_scolaire'],
  ['Mairie de Vire Service jeunesse', 'mairie'],
  // (but a place a preposition brings in is where the town's service is held)
  ["ALSH de l'école Jean Jaurès", 'mairie'],
  ["Accueil périscolaire de l'école Jean Jaurès", 'mairie'],
  ['Centre de loisirs du collège Jean Moulin', 'mairie'],
  // …and so is a place an association runs, named right after « Association »…
  ['Association Bibliothèque de Bessines', 'bibliotheque'],
  // …and by an export's short form of « association ».
  ['ASS CENTRE SOCIAL VIVARAIZE', 'centre_social'],
  ['ASS DES PARENTS D ELEVES', 'association'],
  ['ASSOCIATION MAISON DE QUARTIER DES TILLEULS', 'centre_social'],
  ['Asso Fablab du Quai', 'epn'],
  ['Association Bibliothèque de Bessines - Vire', 'bibliotheque'],
  // …not a place the association only speaks of, nor a weak word.
  ['Association des amis de la médiathèque', 'association'],
  ['Association Familles Rurales de Vaux', 'association'],
  ['Association Club informatique', 'association'],
  // …not one of the town's own services, a place name, a weak word after the dash.
  ['Ville de Melun - Service jeunesse', 'mairie'],
  // The place may come after a part that only says where.
  ['Mairie - Lavarrière - Centre Socioculturel Jacques Miquel', 'centre_social'],
  ['Ville de Melun - Quartier Nord - Maison de quartier', 'centre_social'],
  ['Mairie - Acoua', 'mairie'],
  // A part that opens with the authority's own service is the partner; what follows is that service's.
  ['Mairie, CCAS de Mulhouse - Service Solidarité, Secours et Insertion', 'mairie'],
  ['Mairie, Espace citoyen Neppert, Côté Véranda', 'mairie'],
  // The town's lists of places, as a city names them.
  ['Foyer Jeunes Travailleurs - Darwin', 'association'],
  ['Cité des associations (IREPS)', 'maison_associations'],
  ['Caisse d’allocations familiales (Caf) des Ardennes - accueil de Vouziers', 'collectivite'],
  // A person named France is not a company's French subsidiary.
  ['Bcd Anatole France', 'bibliotheque'],
  ['VELUX France', 'entreprise'],
  // Nor is a region's branch, which associations and public bodies have as much as firms.
  ['Les Petits Débrouillards Île-de-France', 'autre'],
  ['OPTEOR ILE DE FRANCE', 'autre'],
  ['Scouts et Guides de France', 'association'],
  ["Service départemental à la jeunesse, à l'engagement et aux sports", 'collectivite'],
  // « Société », « banque », « écoles » open these associations' names: not companies, not schools.
  ['Société de pêche La Gaule melunaise', 'association'],
  ['Société musicale de Melun', 'association'],
  ["Société d'histoire de Melun", 'association'],
  ['Banque alimentaire de Seine-et-Marne', 'association'],
  ['Sou des écoles de Blandy', 'association'],
  ['Ensemble vocal de Melun', 'association'],
  ['Épicerie solidaire Les Paniers', 'association'],
  ['SOCIETE LAITIERE DE VITRE', 'entreprise'],
  ['Optique Martin', 'entreprise'],
  ['Versalis International succursale française', 'entreprise'],
  ['JCM INVESTISSEMENTS', 'entreprise'],
  ['FIDUCIAL STAFFING', 'entreprise'],
  ['Maison de la jeunesse et de la culture', 'centre_social'],
  ['Centre de ressources numériques', 'epn'],
  ['École municipale des sports', 'mairie'],
  ['École de musique municipale', 'mairie'],
  ['Centre municipal de santé', 'mairie'],
  ['Bus numérique du Val', 'epn'],
  ['Crèche parentale Les Lutins', 'association'],
  ['Conseil départemental de la Marne', 'collectivite'],
  // Kinds of place a club meets, named by what they are.
  ['Accueil périscolaire des Lilas', 'mairie'],
  ['Relais petite enfance', 'mairie'],
  ['Théâtre municipal', 'mairie'],
  ['Maison du numérique', 'epn'],
  ['SDIS 77', 'collectivite'],
  ['Ressourcerie du Pays de Bière', 'association'],
  ['Université inter-âges', 'association'],
  ['Auto-école Dupont', 'entreprise'],
  ['Dupont & Fils', 'entreprise'],
  // As a web page escapes it, copied into the sheet.
  ['Dupont &amp; Fils', 'entreprise'],
  ['L&#39;Atelier numérique', 'epn'],
  ['Le Paradis des enfants', 'autre'],
  // « proto… » coins a fablab's name (« ProtoLab »), not « protocole »; « …dis » a distributor's, not « tandis ».
  ['Protocole Santé', 'autre'],
  ['Tandis que', 'autre'],
  // …nor one letter and « dis », an acronym as an association's often is (« MELUNDIS » is a distributor's).
  ['ADIS', 'autre'],
  ['MELUNDIS', 'entreprise'],
  // A coined word after an article names a café or a place, not a firm (« Le Mescladis »).
  ['Le Mescladis', 'autre'],
  // An export's shortened « FED » has the rest of the federation's name after it; alone it is a brand.
  ['FED', 'autre'],
  // Insurers' and banks' lines and trades in English are firms'; a food bank is an association.
  ['Dupont IARD', 'entreprise'],
  ['VAUX BANK', 'entreprise'],
  ['Vaux Food Bank', 'association'],
  ['MARTIN REAL ESTATE', 'entreprise'],
  ['DURAND AEROSPACE', 'entreprise'],
  ['Dupont Extrusion', 'entreprise'],
  ['Proto204', 'epn'],
  // A school of an art or a sport is a club, not an établissement scolaire.
  ['École de musique de Melun', 'association'],
  ['ECOLE DE DANSE DU TRIANON', 'association'],
  ["École d'équitation du Val", 'association'],
  ['École élémentaire de la Paix', 'etablissement_scolaire'],
  ['Académie de danse de Melun', 'association'],
  ['Académie de Créteil', 'collectivite'],
  ['Agence régionale de santé', 'collectivite'],
  ['Coopérative scolaire', 'association'],
  ['SPA de Melun', 'association'],
  ['AMPLIFON SPA', 'entreprise'],
  ['École de conduite Dupont', 'entreprise'],
  ['Centrale nucléaire de Nogent', 'entreprise'],
  ['Centrale Lyon', 'etablissement_scolaire'],
  // Plurals read as their singular; a phrase that opens with its article is at the head.
  ['Écoles de Melun', 'etablissement_scolaire'],
  ['Maisons de quartier de Melun', 'centre_social'],
  ['Centres de loisirs municipaux', 'mairie'],
  // …and a singular as a plural: as volunteers type them, « loisir », « association », « élève ».
  ['Accueil de loisir élémentaire', 'mairie'],
  ['Centre de loisir de Vire', 'mairie'],
  ['Maison des association', 'maison_associations'],
  ['Service des sport', 'mairie'],
  ['Pompe funèbre Martin', 'entreprise'],
  ["Parent d'élève de l'école Jaurès", 'association'],
  // Not a word alone: « Service » is not the firms' « services ».
  ['Service de médiation', 'autre'],
  ['Les Amis des écoles', 'association'],
  ['Conseillère numérique – CCAS de Melun', 'epn'],
  ['CLAE Jules Ferry', 'mairie'],
  ['DANE de Créteil', 'collectivite'],
  ['Régie de quartier de Melun', 'association'],
  ['CIO de Melun', 'collectivite'],
  // The rectorat's centre for newly arrived pupils; the school units for pupils in difficulty or with special
  // needs; a collège's classes for pupils out of school a while; the volunteers who visit primary schools.
  ['CASNAV de Créteil', 'collectivite'],
  // The State's académies are « Académie de … » (above); « Académie des … » is a training body's or a learned
  // society's name, which a phrase spelt out as written outranks over « académie de » read through its plural.
  ['Académie des savoirs de Vaux', 'autre'],
  // A campus opening the name is a school's; after a trade name, a firm's or an association's training centre.
  ['Campus des métiers de Vaux', 'etablissement_scolaire'],
  ['DUPONT CAMPUS VAUX', 'autre'],
  ['COMMUNE DES ABYMES', 'mairie'],
  ['Centre de gestion de la fonction publique territoriale de Seine-et-Marne', 'collectivite'],
  // Labels many local associations carry.
  ['Cap emploi 77', 'association'],
  ['Planning familial de Vaux', 'association'],
  ['RASED de Vaux', 'etablissement_scolaire'],
  ['PIAL Melun Nord', 'etablissement_scolaire'],
  ['Dispositif relais de Vaux', 'etablissement_scolaire'],
  ["Internat d'excellence de Vaux", 'etablissement_scolaire'],
  ["Délégués départementaux de l'Éducation nationale", 'association'],
  ['DDEN de Vaux', 'association'],
  // A city's directory of digital help (Le Havre's), read after the rules were written.
  ['Centre sociale AGIES (Maison France Service)', 'centre_social'],
  ['Maison France Service de Cany', 'epn'],
  // …and by its acronym opening the name (a lead: a fund's initials too, which a firm's words outweigh).
  ['MFS PUYLAURENS', 'epn'],
  ['MFS Investment Management', 'autre'],
  ['France Service Bolbec', 'epn'],
  ['Centre médico-social de Lisieux', 'collectivite'],
  ['FOOT LOCKER FRANCE SAS', 'entreprise'],
  ['Médiathèque de Fort-de-France', 'bibliotheque'],
  ['Pôle information jeunesse Gonfreville', 'mairie'],
  ['Maison Municipale Brindeau', 'mairie'],
  // A region's directory of digital help (Bourgogne-Franche-Comté's), read after the rules were split.
  ['Kiosque numérique de Decize', 'epn'],
  // The libraries list: the small places of a network, a département's number before the name.
  ['PÔLE-LECTURE DE BONNETABLE', 'bibliotheque'],
  ['Espace lecture de Vaux', 'bibliotheque'],
  ['Dépôt de livres de Saint-Priest', 'bibliotheque'],
  ['Centre multimédia des Grésilles', 'epn'],
  ['Point multimédia de Saint-Hippolyte', 'epn'],
  ['Pôle Multimédia', 'epn'],
  ['Point Internet Fauverney', 'epn'],
  ['Espace jeune', 'mairie'],
  ['Kiosque Multimédia de Chalon-sur-Saône', 'epn'],
  ['Point Cyber CCI de Mâcon', 'epn'],
  ['FabLabinox', 'epn'],
  ['Espace NetPublic CyberBase du Centre Social et Culturel de Lure', 'epn'],
  ['OPAC Saône-et-Loire', 'collectivite'],
  ["Office public de l'habitat de Melun", 'collectivite'],
  // The at sign written for an « a » (« Multimédi@ »), not in an address.
  ['Cyber jeunes d’Écuisses', 'epn'],
  ["Espace Information Jeunesse d'Étang-sur-Arroux", 'mairie'],
  ['Centre Animation Sociale et Culturelle', 'centre_social'],
  // A cause at the head is an association's, unless the name names the authority it serves.
  ['Accueil général de la ville et du CCAS de Dijon', 'mairie'],
  ['Aide sociale du Conseil départemental', 'collectivite'],
  ['ACCUEIL DE ST PAVACE', 'association'],
  ['Salle Multimédi@ de Gray', 'epn'],
  ["L'@telier numérique", 'epn'],
  ["Maison du territoire de Criquetot L'Esneval (Maison France service)", 'collectivite'],
  // The Région Sud's list of the same kind.
  ['Centre Com Action Sociale', 'mairie'],
  ['Maison de Service au Public', 'epn'],
  ['Direction départementale du livre et de la lecture', 'bibliotheque'],
  ['Fabrique de territoire du Val', 'epn'],
  // A list of the associations and services that send refugees to a programme: shelters and their
  // publics (run by associations, to check), the public employment service.
  ['ESPOIR - HUDA - Toulouse', 'association'],
  ["ENTRAIDE Pierre Valdo - Hébergement d'Urgence", 'association'],
  ["L'Escale - Reims : Résidence Habitat Jeunes", 'association'],
  ['Aurore - Accueil de Jour Paris', 'association'],
  ['Insertion Réfugiés - Diaconat Protestant', 'association'],
  ["ADA (Accueil demandeurs d'asile)", 'association'],
  ['Direccte - Alpes Maritimes', 'collectivite'],
  // A town's services by their field, as towns name them; another authority's when the name says whose.
  ['Service de la jeunesse', 'mairie'],
  ["Service de l'enfance", 'mairie'],
  ['Direction des sports', 'mairie'],
  ['Service des écoles', 'mairie'],
  ['Service culture', 'mairie'],
  ['Pôle éducation', 'mairie'],
  ['Service jeunesse de la ville de Melun', 'mairie'],
  ['Service jeunesse du Conseil départemental', 'collectivite'],
  ['Service des sports de la communauté de communes', 'collectivite'],
  // The teenagers' places of a town's youth service, and the Information Jeunesse points by all their names.
  ['Local ados', 'mairie'],
  ['Espace ados de Melun', 'mairie'],
  ['Point info jeunesse', 'mairie'],
  ['Info Jeunesse Jura Lons', 'mairie'],
  ['Maison de la famille', 'centre_social'],
  ['Maison de la Parentalité, Montceau les Mines', 'centre_social'],
  ['Conseil de quartier Nord', 'mairie'],
  ['Aéroclub', 'association'],
  // A lycée's sections, listed apart in the school directories.
  ['SEP du lycée Uruguay France', 'etablissement_scolaire'],
  ['SECTION ENSEIGNEMENT PROFESSIONNEL LYCEE ARAGO', 'etablissement_scolaire'],
  // Science outreach centres, a kind of body.
  ['CCSTI de Grenoble', 'association'],
  ['Centre hospitalier de Melun', 'collectivite'],
  ['CHU de Rennes', 'collectivite'],
  ['Hôpital privé Jacques Cartier', 'entreprise'],
  // A département's subsidised associations, as its export cuts their names.
  ['CTE DEPART HANDBAL', 'association'],
  ['AMIS MUSEE RESISTANCE CHATEAUB', 'association'],
  ['UDAF DE LOIRE ATLANTIQUE', 'association'],
  ['SAINTE LUCE DOULON BASKET', 'association'],
  ['BATTERIE FANFARE DE SAINT CA', 'association'],
  ['ACTIVITES LOISIRS ROUILLON', 'association'],
  ['ATELIER CREATIF CHEZ MME HUAU', 'association'],
  ['AAPPMA PECHE MANSIGNE', 'association'],
  ['AMICALE PETANQUE MEZIERES', 'association'],
  ['Direction de la lecture publique et de l’action culturelle', 'bibliotheque'],
  // A town's canteens and places, a State student restaurant; « restaurant » alone says a firm.
  ['Restaurant scolaire de Vire', 'mairie'],
  ['Restaurant senior', 'mairie'],
  ['Foyer-restaurant des aînés', 'mairie'],
  // A chamber's level as exports cut it, as « conseil dep ».
  ["CHAMBRE DEP D'AGRICULTURE DU VAL", 'collectivite'],
  ['CHAMBRE COMMERCE INDUSTRIE DU VAL', 'collectivite'],
  ['CHAMBRE METIERS ARTISANAT DU VAL', 'collectivite'],
  // A town whose name opens with « Le » or « Les » (« Le François »), and the MJC's sister's names.
  ['COMMUNE DU FRANCOIS', 'mairie'],
  ["COMMUNE LES SABLES-D'OLONNE", 'mairie'],
  ['Ville du Bois', 'mairie'],
  ['Maison de la culture et des loisirs de Vaux', 'centre_social'],
  ['Maison des loisirs et de la culture', 'centre_social'],
  ['Restaurant universitaire de Caen', 'collectivite'],
  ['Gymnase municipal', 'mairie'],
  ['Salle communale', 'mairie'],
  ['Gymnase intercommunal', 'collectivite'],
  ['Conseil dép. 77', 'collectivite'],
  ['Maire de Vaux', 'mairie'],
  ['Espace Info Jeunes', 'mairie'],
  ['Maison de la solidarité de Tulle', 'mairie'],
  ['Salle des fêtes de Vaux', 'mairie'],
  ['Comité des fêtes de Vaux', 'association'],
  ['Maison des solidarités de Melun', 'collectivite'],
  ['Point Info Jeunes de Vaux', 'mairie'],
  ['Cabinet du maire', 'mairie'],
  ['Bruno Le Maire', 'autre'],
  ["Centre de formation d'apprentis de la CCI", 'etablissement_scolaire'],
  ['UTL Melun', 'association'],
  ["Groupe d'entraide mutuelle La Boussole", 'association'],
  // A trade the town runs is the town's service, not a firm.
  ['Restaurant municipal', 'mairie'],
  ['Garage intercommunal', 'collectivite'],
  // The authorities' seats.
  ['Hôtel du Département', 'collectivite'],
  ['Hôtel de Région', 'collectivite'],
  ['CUBLAC BIBLIOTHEQUE MUNICIPALE', 'bibliotheque'],
  ['La Cantine By Tvt', 'autre'],
  // A trade run as an association is an association; a place run as one is still that place.
  ['Librairie associative La Bouquinerie', 'association'],
  ['Radio associative Fréquence Vire', 'association'],
  ['Garage solidaire du Val', 'association'],
  ['Atelier chantier d’insertion Les Jardins', 'association'],
  ['Ludothèque associative La Marelle', 'bibliotheque'],
  ['Agence postale communale', 'mairie'],
  // Local authorities and State services by their short names.
  ['Intercom de la Vire au Noireau', 'collectivite'],
  ['Commune nouvelle de Souleuvre', 'mairie'],
  ['DRAC Normandie', 'collectivite'],
  // Places of digital mediation by the names their networks give them.
  ['Point d’accès numérique', 'epn'],
  ['PIMMS de Caen', 'epn'],
  ['Hub numérique Normandie', 'epn'],
  ['Maison des services publics', 'epn'],
  ['Maison de la jeunesse', 'centre_social'],
  ['Local jeunes de Vire', 'mairie'],
  ['CD 14 Tennis de table', 'autre'],
  ['CD Audio Shop', 'autre'],
  // The State's and the département's offices of the public directory.
  ['Tribunal d’instance de Clamecy', 'collectivite'],
  ['Conseil de prud’hommes de Nevers', 'collectivite'],
  ['Centre de protection maternelle et infantile (PMI) - Cosne', 'collectivite'],
  ['JUGES ET ANCIENS JUGES DU TRIBUNAL DE COMMERC', 'autre'],
  ['Cté de communes du Val', 'collectivite'],
  ['Chambre Départementale Agric des Alpes de Haute Provence', 'collectivite'],
  // Associations of a kind, though their names open as firms' do: a society as exports cut it, a
  // learned society, a social rental agency, an employers' group for insertion.
  ['STE HIPPIQUE', 'association'],
  ['Société mycologique du Nord', 'association'],
  ['Agence locative sociale du Rhône', 'association'],
  ['AIVS du Rhône', 'association'],
  ['GEIQ Propreté Nantes 44', 'association'],
  ['GEIQ BTP 44', 'association'],
  // Agencies: a water agency is the State's; a web, communication or estate agency a firm.
  ["Agence de l'eau Seine-Normandie", 'collectivite'],
  ['Agence immobilière Dupont', 'entreprise'],
  ['Agence de communication Mistral', 'entreprise'],
  ['Agence de développement web Pixel', 'entreprise'],
  // The associations' house as towns of Alsace and Lorraine still call it; a citizens' house.
  ['Maison des sociétés de Haguenau', 'maison_associations'],
  ['Maison de la citoyenneté', 'centre_social'],
  // The labels of tiers-lieux and of digital spaces.
  ['Manufacture de proximité', 'epn'],
  ['Espace Culturel Multimédia de Maincy', 'epn'],
  // The State's justice houses and prefect; the département's family-planning centres.
  ['Maison de la justice et du droit', 'collectivite'],
  ['MJD de Melun', 'collectivite'],
  ['Délégué du préfet', 'collectivite'],
  ['CPEF de Melun', 'collectivite'],
  // The town's services and councils as its pages name them.
  ['CMJ de Melun', 'mairie'],
  ['Conseil municipal des jeunes', 'mairie'],
  ['Service communication de la ville', 'mairie'],
  ['Service événementiel', 'mairie'],
  ['Pôle action sociale du Département', 'collectivite'],
  // Shops of the high street; a students' union; the syndicates of several communes.
  ['Coiffure Élégance', 'entreprise'],
  ['Fleuriste Les Roses', 'entreprise'],
  ['Pâtisserie Dupont', 'entreprise'],
  ["BDE de l'IUT de Melun", 'association'],
  ["Bureau des étudiants de l'université", 'association'],
  ['SIVOS de la Vallée', 'collectivite'],
  ['SIRP de Maincy', 'collectivite'],
  ['Syndicat des eaux du Nord', 'collectivite'],
  // Pastimes and sports of a forum des associations.
  ['Yoga pour tous', 'association'],
  ['Taekwondo 77', 'association'],
  ['Modélisme ferroviaire', 'association'],
  ['Majorettes de Melun', 'association'],
  ['Donneurs de sang bénévoles', 'association'],
  ['Les Archers de Melun', 'association'],
  ['Gymnase municipal', 'mairie'],
  ['Marche nordique 77', 'association'],
  ['Canoë-kayak Melun', 'association'],
  ['Hip-hop Melun', 'association'],
  // Craftsmen and carriers, their trade first or last; a private clinic, a vet.
  ['Menuiserie Martin', 'entreprise'],
  ['Martin Menuiserie', 'entreprise'],
  ['Durand Plomberie Chauffage', 'entreprise'],
  ['Durand Taxis', 'entreprise'],
  // A club's sponsors: a body shop, a builder, a public-works firm.
  ['Carrosserie Cholet Motrio', 'entreprise'],
  ['MP Constructions', 'entreprise'],
  ['Paillardon TP', 'entreprise'],
  ['Durand Bâtiment', 'entreprise'],
  ['Lycée du BTP', 'etablissement_scolaire'],
  ['Centre Commercial Chamnord', 'entreprise'],
  ['Bureau de Poste Mulhouse Europe', 'entreprise'],
  ['Agence postale communale de Vire', 'mairie'],
  ['Centre de Kinésithérapie Sport Santé', 'entreprise'],
  ['Pompes funèbres Dupont', 'entreprise'],
  ['Clinique du Val', 'entreprise'],
  ['Vétérinaire du Val', 'entreprise'],
  ["École nationale vétérinaire d'Alfort", 'etablissement_scolaire'],
  ['Club de motoculture', 'association'],
  // Associations as administrative exports cut them: a leisure group, a groupement, a GEM, veterans.
  ['ANIMATION RURALE ISSEENNE', 'association'],
  ['ANIM CHAHAIGNES', 'association'],
  ['GPT AGRICULTEURS BIOLOGISTES L A', 'association'],
  ['GEM LE BON ACCUEIL', 'association'],
  ['ARAC ASS REP ANC COMBATTANTS VICTIMES DE GUER', 'association'],
  ['Service animation', 'mairie'],
  // Words of trade no association nor school is named after.
  ['PGA ELECTRONIC', 'entreprise'],
  ['KEOLIS AUTOCARS PLANCHE', 'entreprise'],
  ['Laboratoires Bouchara Recordati', 'entreprise'],
  // A family firm.
  ['Martin Frères', 'entreprise'],
  ['Dupont & Co', 'entreprise'],
  ['Les Petits Frères des Pauvres', 'autre'],
  // A sole trader, however the name says it.
  ['Micro-entreprise Dupont informatique', 'entreprise'],
  ['Auto-entrepreneur Martin', 'entreprise'],
  ['Dupont Jean - Développeur freelance', 'entreprise'],
  // Public establishments by their legal kind; a school's is a school.
  ["Etablissement public foncier d'Île-de-France", 'collectivite'],
  ['EPCC Issoudun', 'collectivite'],
  ['Établissement public territorial Grand Orly Seine Bièvre', 'collectivite'],
  ["Établissement public local d'enseignement agricole", 'etablissement_scolaire'],
  // From a directory of places of digital mediation around Lyon.
  ["Espace France Services de la Communauté de Communes du Pays de l'Arbresle", 'epn'],
  ['COMMUNAUTE COMMUNES PAYS DE L ARBRESLE', 'collectivite'],
  // …and its « d' » before « agglomération », whatever else the name ends with (no firm's « … France »).
  ['COMMUNAUTE AGGLO VAUX PORTE FRANCE', 'collectivite'],
  ['COMMUNAUTE AGGLOMERATION DU VAL', 'collectivite'],
  ["Auto-école sociale Mob' and Go", 'association'],
  ['Auto-école du Centre', 'entreprise'],
  // From a family association's list of partners, town by town, as its volunteers typed it.
  ['Ecole Musique : Isabelle Mossima', 'association'],
  ['Foyer des associations', 'maison_associations'],
  ['Salle des associations', 'mairie'],
  ['Salle socio-culturelle', 'mairie'],
  ["RELAIS D'ASSISTANTES MATERNELLES AMAYRA", 'mairie'],
  ['Argagnon Sport et Loisir', 'association'],
  ['Maison jeune culture et loisir', 'centre_social'],
  ['Foyer rurale', 'centre_social'],
  ['Choral', 'association'],
  ['relais d’assistante maternelle : Amayra', 'mairie'],
  ['Jardins ouvriers et familiaux de France', 'association'],
  // From a music association's page of partners.
  ['La PAJ', 'mairie'],
  ['RAM', 'mairie'],
  ['RPE des Lilas', 'mairie'],
  // Higher education as students and volunteers say it.
  ['Fac de sciences', 'etablissement_scolaire'],
  ['UFR STAPS', 'etablissement_scolaire'],
  ['IUFM', 'etablissement_scolaire'],
  ['classe prépa', 'etablissement_scolaire'],
  ['Médiabus', 'bibliotheque'],
  ['Artothèque de Caen', 'bibliotheque'],
  // Local firms that lend a room or sponsor: a liberal profession's practice, a café.
  ['Expert-comptable Durand', 'entreprise'],
  ['Office notarial du Centre', 'entreprise'],
  ['Brasserie du Port', 'entreprise'],
  ['Bar-tabac Le Balto', 'entreprise'],
  // Not a practice: the profession's order, the State's as its council is (legal category 8450).
  ['Ordre des avocats', 'collectivite'],
  ['Association des avocats numériques', 'association'],
  // Clubs and local bodies as volunteers type them.
  ['Randonneurs du Bocage', 'association'],
  ['Bagad Kemper', 'association'],
  ['Les commerçants de Vire', 'association'],
  ["Syndicat d'initiative de Vire", 'association'],
  ['Éditeur de logiciels Durand', 'entreprise'],
  // A trade name, then its trade: security firms; not a desk nor a cause.
  ['LYNX SECURITE', 'entreprise'],
  ['EURO PROTECTION SURVEILLANCE', 'entreprise'],
  ['Point Sécurité', 'autre'],
  ['GERAUD GESTION', 'entreprise'],
  ['RAMERY ENERGIES', 'entreprise'],
  ['BOUYGUES TRAVAUX PUBLICS', 'entreprise'],
  // The town's technical and works services; another authority's when the name says so.
  ['Services techniques', 'mairie'],
  ['Service des travaux publics', 'mairie'],
  ['Service technique du Conseil départemental', 'collectivite'],
  ['Centre technique municipal', 'mairie'],
  ['Information jeunesse', 'mairie'],
  // Businesses a club asks for a sponsor or takes its members to.
  ['Concession Peugeot Vaux', 'entreprise'],
  ['Sérigraphie du Val', 'entreprise'],
  ['Bowling de Vaux', 'entreprise'],
  ['Escape game La Clé', 'entreprise'],
  // Users' groups and free software's own words.
  ['Linux Users Group Vaux', 'association'],
  ["GUL Vaux (groupe d'utilisateurs de logiciels libres)", 'association'],
  ['GUL Vaux', 'association'],
  ['LUG de Vaux', 'association'],
  // The town's cultural associations' office, as its sports clubs' (an association, though « municipal »).
  ['Office municipal de la culture', 'association'],
  // The State's justice, gendarmerie and armed forces, where a club may run a workshop.
  ["Maison d'arrêt de Melun", 'collectivite'],
  ['Centre pénitentiaire de Meaux', 'collectivite'],
  ['PJJ - UEMO de Melun', 'collectivite'],
  ['Maison de protection des familles', 'collectivite'],
  ['Armée de terre - CIRFA Melun', 'collectivite'],
  ['École du chat libre de Vaux', 'association'],
  ["Université d'été de la communication", 'association'],
  // Business creators' support bodies and the junior chambers; the grandparents' school as the parents'.
  ['Boutique de gestion du Val', 'association'],
  ["Couveuse d'entreprises", 'association'],
  ['Jeune chambre économique de Melun', 'association'],
  ["L'École des grands-parents", 'association'],
  // The town hall as a letter's heading names it; a practice by its holder's title (leads).
  ['M. le Maire', 'mairie'],
  ['Docteur Dupont, pédiatre', 'entreprise'],
  ['Maître Dupont', 'entreprise'],
  ['Vidéothèque', 'bibliotheque'],
  // Sports clubs by their sport or their players.
  ['Vaux Athlé', 'association'],
  ['Vaux Roller', 'association'],
  ['Les Pongistes de Vaux', 'association'],
  ['Échiquier vauxois', 'association'],
  ['Permanence numérique', 'epn'],
  // « Centre … » of the State's pedagogical documentation, the département's children's home, a business centre.
  ['Centre de documentation pédagogique', 'collectivite'],
  ["Centre départemental de l'enfance", 'collectivite'],
  ["Centre d'affaires du Val", 'entreprise'],
  ['Espace parents-enfants', 'centre_social'],
  ['Espace info énergie', 'association'],
  ['cons. reg. idf', 'collectivite'],
  ['educ nat', 'collectivite'],
  // Belgium's and Italy's limited companies; in French a « corporation » is a guild, and « Limited » opens other
  // names (« Limited Edition Club »).
  ['Dupont SPRL', 'entreprise'],
  ['Dupont SRL', 'entreprise'],
  ['Corporation des boulangers', 'autre'],
  ['Limited Edition Club', 'association'],
  // A town's associations directory: societies, music groups, the members of a pastime, a transition group.
  ["Société d'horticulture", 'association'],
  ['Groupe vocal', 'association'],
  ['Big band de Vaux', 'association'],
  ['Apiculteurs du Val', 'association'],
  ['Vaux en transition', 'association'],
  ['Eurométropole de Strasbourg', 'collectivite'],
  ['SMICTOM du Val', 'collectivite'],
  ['CPIE Seine-et-Marne', 'association'],
  ['Fromagerie de Vaux', 'entreprise'],
  ['UCV (Union commerciale de Vaux)', 'association'],
  ['Espace culture multimédia', 'epn'],
  ['Espace régional internet citoyen de Vaux', 'epn'],
  ['Micro-Folie de Vaux', 'epn'],
  ['Ludomobile du Val', 'bibliotheque'],
  // Councillors typed in place of their council; a school's pupils' councils.
  ['Conseillère départementale du canton de Melun', 'collectivite'],
  ['Conseiller régional Île-de-France', 'collectivite'],
  ['Conseil de la vie lycéenne', 'etablissement_scolaire'],
  ['Conseil de la vie collégienne', 'etablissement_scolaire'],
  // Homes and support services for disabled adults, associations' most often.
  ["Foyer d'accueil médicalisé Les Tilleuls", 'association'],
  ['SAVS de Melun', 'association'],
  ["Service d'accompagnement à la vie sociale", 'association'],
  ['Maison d’accueil spécialisée du Val', 'association'],
])('%s → %s', (name, expected) => {
  expect(cat(name)).toBe(expected);
});

test('reasons are French sentences a person can check, naming the evidence as written', () => {
  expect(classify({ name: 'Médiathèque Jean Moulin' }).reasons[0]).toBe('« médiathèque » en tête du nom');
  expect(classify({ name: 'Jean Moulin', email: 'ce.0771234a@ac-creteil.fr' }).reasons).toContain(
    'adresse en ac-creteil.fr : Éducation nationale',
  );
  expect(classify({ name: 'Les Joyeux Codeurs', legalCategory: '9220' }).reasons[0]).toBe(
    'catégorie juridique 9220 : association déclarée',
  );
});

test('for a person who reads English, the same reasons in English; names and official labels stay as written', () => {
  expect(classify({ name: 'Médiathèque Jean Moulin' }, 'en').reasons[0]).toBe('“médiathèque” at the head of the name');
  expect(classify({ name: 'Jean Moulin', email: 'ce.0771234a@ac-creteil.fr' }, 'en').reasons).toContain(
    'address at ac-creteil.fr: French national education',
  );
  expect(classify({ name: 'Les Joyeux Codeurs', legalCategory: '9220' }, 'en').reasons[0]).toBe(
    'legal category 9220: association déclarée',
  );
  expect(classify({ name: 'KIFEKOI' }, 'en').reasons).toEqual(['no clue in the name, the address or the codes']);
  // Every reason given on the labelled names, every rule's: none is left in French.
  const table = parseCsv(readFileSync(LABELLED, 'utf8'));
  const french = /dans l|en tête|adresse|domaine|indices|aucun|suivi de|catégorie juridique|code NAF|« /;
  for (const record of table.records) {
    const [name, email, website] = record.fields;
    for (const reason of classify({ name, email, website, naf: '85.20Z', legalCategory: '7210' }, 'en').reasons)
      expect(reason).not.toMatch(french);
  }
  for (const rule of [...SHAPE_RULES, ...DOMAIN_RULES]) expect(rule.reason.en).not.toMatch(french);
});

test('an abbreviation is shown with how it reads in full, and elided words keep their apostrophe', () => {
  expect(classify({ name: 'Coll. Jean Moulin' }).reasons[0]).toBe('« coll » (collège) en tête du nom');
  expect(classify({ name: 'Cté de communes du Val' }).reasons[0]).toBe(
    '« cté de communes » (communauté de communes) en tête du nom',
  );
  expect(classify({ name: "Centre communal d'action sociale" }).reasons[0]).toBe(
    '« centre communal d’action sociale » en tête du nom',
  );
  // Only before a vowel or an h: « M. le Maire » is no elision; a phrase may end on one.
  expect(classify({ name: 'M. le Maire' }).reasons[0]).toBe('« m le maire » en tête du nom');
  expect(classify({ name: "ACCA d'Épinay" }).reasons[0]).toBe(
    '« acca d’ » (association communale de chasse agréée) en tête du nom',
  );
  // Every abbreviation is a phrase some rule weighs: none is explained without counting.
  const phrases = new Set([...NAME_RULES, ...ADDRESS_RULES].flatMap((rule) => rule.phrases));
  expect(Object.keys(ABBREVIATIONS).filter((abbreviation) => !phrases.has(abbreviation))).toEqual([]);
  // And each phrase of a name is weighed by one rule only: a copy would count in two places.
  const all = NAME_RULES.flatMap((rule) => rule.phrases);
  expect(all.filter((phrase, i) => all.indexOf(phrase) !== i)).toEqual([]);
});

test('the postal address settles a name that says little, and never outweighs one that says what it is', () => {
  const withAddress = (name: string, address: string) => classify({ name, address });
  // Alone, where a body sits is not enough to say what it is.
  expect(withAddress('VINDEMIA', 'Z.I. des Ormes').category).toBe('autre');
  // With a weak word of the name, it is.
  const company = withAddress('VINDEMIA DISTRIBUTION', 'ZI des Ormes, 12 rue Pasteur');
  expect(company.category).toBe('entreprise');
  expect(company.reasons).toContain('« zi » (zone industrielle) dans l’adresse');
  expect(withAddress('Espace culturel des Lilas', 'Maison des associations, 12 rue Pasteur').category).toBe(
    'association',
  );
  // A name that says what it is wins over where it sits.
  expect(withAddress('Médiathèque Astrolabe', 'Zone commerciale des Ormes').category).toBe('bibliotheque');
  expect(withAddress('Maison des associations de Melun', 'Maison des associations').category).toBe(
    'maison_associations',
  );
  expect(withAddress('Comité des fêtes', 'Mairie, place de l’Hôtel de Ville').category).toBe('association');
});

test('codes outrank words: a legal form that cannot be the place the words say wins', () => {
  expect(cat('Club informatique', { legalCategory: '5710' })).toBe('entreprise');
  expect(cat('Informatique Services SARL', { legalCategory: '9220' })).toBe('association');
  expect(cat('Médiathèque municipale', { legalCategory: '7210' })).toBe('bibliotheque');
  // An establishment of the commune whose activity is a library is the library.
  expect(cat('Commune de Lyon', { naf: '91.01Z', legalCategory: '7210' })).toBe('bibliotheque');
  expect(cat('Commune de Lyon', { naf: '84.11Z', legalCategory: '7210' })).toBe('mairie');
  expect(cat('Centre social Les Tilleuls', { legalCategory: '9220' })).toBe('centre_social');
  expect(cat('ZX Quantum', { naf: '62.01Z' })).toBe('entreprise');
});

test('an activity code that names a kind of establishment settles it within the legal form; a field’s code only weighs', () => {
  // A private school is an association's (an OGEC): its code says the school, its form who funds it.
  expect(classify({ name: 'OGEC SAINT JOSEPH', naf: '85.20Z', legalCategory: '9220' })).toMatchObject({
    category: 'etablissement_scolaire',
    tutelle: 'prive',
  });
  // « Action sociale » is many associations' code: the name's own word says which.
  expect(cat('MISSION LOCALE DU VAL', { naf: '88.99B', legalCategory: '9220' })).toBe('association');
  expect(cat('CENTRE SOCIAL LES TILLEULS', { naf: '88.99B', legalCategory: '9220' })).toBe('centre_social');
  // The local authorities' and the State's other public bodies are public bodies, whatever the name.
  for (const [legalCategory, tutelle] of [
    ['7364', 'etat'],
    ['7410', 'etat'],
    ['4110', 'etat'],
    ['7372', 'departement'],
    // Ententes of départements and of régions.
    ['7351', 'departement'],
    ['7352', 'region'],
  ]) {
    expect(classify({ name: 'LES TILLEULS', legalCategory })).toMatchObject({ category: 'collectivite', tutelle });
  }
  // A big town's sector is the town's.
  expect(classify({ name: 'LES TILLEULS', legalCategory: '7341' })).toMatchObject({ category: 'mairie' });
  // The landowners' public associations are public bodies, whatever their name says; so is a town's pawn bank.
  for (const [name, legalCategory] of [
    ['ASSOCIATION FONCIERE DE REMEMBREMENT DE VAUX', '7323'],
    ['ASSOCIATION SYNDICALE AUTORISEE DES EAUX', '7321'],
    ['CAISSE DE CREDIT MUNICIPAL', '7363'],
  ]) {
    expect([name, cat(name, { legalCategory })]).toEqual([name, 'collectivite']);
  }
  for (const legalCategory of ['4140', '7366', '7371', '7373', '7378']) {
    expect([legalCategory, cat('EHPAD LES TILLEULS', { legalCategory })]).toEqual([legalCategory, 'collectivite']);
  }
  // A town's régie that runs a library is the library.
  expect(cat('REGIE DES MEDIATHEQUES', { naf: '91.01Z', legalCategory: '7378' })).toBe('bibliotheque');
});

test('the funding body follows the level of a school and the kind of authority', () => {
  expect(classify({ name: 'Bibliothèque universitaire de Sénart' }).tutelle).toBe('etat');
  expect(classify({ name: 'Bibliothèque de Sénart' }).tutelle).toBe('commune');
  expect(classify({ name: 'IFSI de Melun' }).tutelle).toBe('region');
  expect(classify({ name: 'École maternelle Les Lilas' }).tutelle).toBe('commune');
  expect(classify({ name: 'Collège Jean Moulin' }).tutelle).toBe('departement');
  expect(classify({ name: 'Lycée polyvalent Léonard de Vinci' }).tutelle).toBe('region');
  expect(classify({ name: 'Université de Lille' }).tutelle).toBe('etat');
  expect(classify({ name: 'Communauté d’agglomération du Grand Besançon' }).tutelle).toBe('intercommunalite');
  expect(classify({ name: 'Préfecture du Nord' }).tutelle).toBe('etat');
  expect(classify({ name: 'Conservatoire à rayonnement communal' }).tutelle).toBe('commune');
  expect(classify({ name: 'Conservatoire national supérieur de musique' }).tutelle).toBe('etat');
  expect(classify({ name: 'Wild Code School' }).tutelle).toBe('prive');
  expect(classify({ name: 'Médiathèque de Brest' }).apports).toEqual(['public', 'lieu', 'materiel', 'communication']);
});

test('a category chosen by a person implies contributions and a funding body from the same evidence', () => {
  expect(impliedBy('etablissement_scolaire', { name: 'LYCEE PIERRE MENDES FRANCE' })).toEqual({
    apports: ['public', 'lieu', 'materiel', 'competences'],
    tutelle: 'region',
  });
  // Nothing in the name for that category: the legal form's funding body, else the category's own.
  expect(impliedBy('epn', { name: 'KIFEKOI', legalCategory: '9220' }).tutelle).toBe('prive');
  expect(impliedBy('epn', { name: 'KIFEKOI' }).tutelle).toBe('commune');
  expect(impliedBy('autre', { name: 'KIFEKOI' })).toEqual({ apports: [], tutelle: '' });
});

test('a row to check offers its likely categories in one click: the proposal, the evidence, then the usual ones', () => {
  expect(classifyForCheck({ name: 'EURO PROTECTION SURVEILLANCE' }).likely).toEqual(['entreprise', 'association']);
  expect(quickChoices('autre', classifyForCheck({ name: 'EURO PROTECTION SURVEILLANCE' }).likely)).toEqual([
    'entreprise',
    'association',
    'centre_social',
  ]);
  // A legal form comes first, whatever the words.
  expect(classifyForCheck({ name: 'KIFEKOI', legalCategory: '5710' }).likely[0]).toBe('entreprise');
  expect(quickChoices('epn', [])).toEqual(['epn', 'association', 'entreprise']);
  // The row's classification comes with it, reasons in the reader's language, as classify gives it.
  const facts = { name: 'Médiathèque de la CC du Val', email: 'contact@cc-val.fr' };
  expect(classifyForCheck(facts, 'en').result).toEqual(classify(facts, 'en'));
});

test('public service points, intercommunal bodies and State offices as the public directory names them', () => {
  expect(cat('Relais de services publics (RSP) - Saint-Affrique')).toBe('epn');
  expect(cat('Communauté intercommunale - Des villes solidaires')).toBe('collectivite');
  expect(classify({ name: 'Communauté intercommunale - Des villes solidaires' }).tutelle).toBe('intercommunalite');
  expect(cat('Greffe des associations - La Réunion (Saint-Denis)')).toBe('collectivite');
  // An acronym alone in parentheses is the name's short form: it counts as its head, even when the
  // long form is garbled (apostrophes lost in an export).
  const cio = classify({ name: 'Centre dinformation et dorientation (CIO) - Tampon' });
  expect(cio.category).toBe('collectivite');
  expect(cio.reasons[0]).toBe('« cio » (centre d’information et d’orientation) dans le nom');
  // Two letters in parentheses are too short to say anything (« (CA) » is not a communauté d’agglomération).
  expect(cat('Crédit Agricole (CA) Brie Picardie')).not.toBe('collectivite');
});

test('a name most often a school but not always is answered, and left for a person to check', () => {
  const result = classify({ name: 'Institut Saint-Pie X' });
  expect(result).toMatchObject({ category: 'etablissement_scolaire', tutelle: 'prive' });
  expect(result.confidence).toBeLessThan(LOW_CONFIDENCE);
});

test('a brand then « France » is most often a firm’s subsidiary, answered and left for a person to check', () => {
  // National associations take the shape too (« Wikimédia France »): Classer lists the row.
  for (const name of ['ZARA France', 'Wikimédia France']) {
    const result = classify({ name });
    expect(result.category).toBe('entreprise');
    expect(result.confidence).toBeLessThan(LOW_CONFIDENCE);
  }
  // A legal form written in the name settles it.
  expect(classify({ name: 'NIKE FRANCE SAS' }).confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
});

test('a word of social life at the head names a community centre, an answer for a person to check', () => {
  // Associations take the words too (« Familles Rurales »): Classer lists the row.
  for (const name of ['Familles Rurales de la Drôme', 'La Passerelle']) {
    const result = classify({ name });
    expect(result.category).toBe('centre_social');
    expect(result.confidence).toBeLessThan(LOW_CONFIDENCE);
  }
});

test('a category is a person’s when the classifier, asked again, gives what it gave but the cell holds another', () => {
  const result = { category: 'bibliotheque', confidence: 0.9 } as const;
  expect(chosenSinceClassified('auto 90 %', 'Association', result)).toBe(true);
  expect(chosenSinceClassified('auto 90 %', 'un club ami', result)).toBe(true);
  expect(chosenSinceClassified('auto 90 %', 'Bibliothèque / médiathèque', result)).toBe(false);
  expect(chosenSinceClassified('auto 90 %', 'Library', result)).toBe(false);
  // Another confidence: the facts or the rules changed since, the classifier may answer again.
  expect(chosenSinceClassified('auto 71 %', 'Association', result)).toBe(false);
  expect(chosenSinceClassified('manuel', 'Association', result)).toBe(false);
  expect(chosenSinceClassified('auto 90 %', '', result)).toBe(false);
  // Classement says what the classifier set: any other category in the cell is a person's, whatever the
  // classifier answers now; the one it set is still its own, to answer again.
  expect(chosenSinceClassified('auto 90 % · Bibliothèque', 'Association', { ...result, confidence: 0.7 })).toBe(true);
  expect(chosenSinceClassified('auto 90 % · Library', 'Association', result)).toBe(true);
  const renamed = { category: 'association', confidence: 0.9 } as const;
  expect(chosenSinceClassified('auto 90 % · Bibliothèque', 'Bibliothèque / médiathèque', renamed)).toBe(false);
  expect(chosenSinceClassified('auto 90 % · Bibliothèque', '', result)).toBe(false);
});

test('weak or split evidence answers autre rather than guessing', () => {
  for (const name of ['KIFEKOI', 'Les Lilas', 'ASIS', 'Notre communauté', '', '   ', '=HYPERLINK("x")']) {
    const result = classify({ name });
    expect(result.category).toBe('autre');
    expect(result.tutelle).toBe('');
    expect(result.reasons.length).toBeGreaterThan(0);
  }
});

test('on the labelled real names, precision stays at or above 95% and accuracy at or above 81%', () => {
  const quality = measureQuality();
  expect(quality.rows).toBeGreaterThan(600);
  expect(quality.precision).toBeGreaterThanOrEqual(0.95);
  expect(quality.accuracy).toBeGreaterThanOrEqual(0.81);
});

// The sets of names added after the rules were written (test/fixtures/classifier/README.md says what each
// is, docs/classifier-probes.md how each was read). Each line holds a floor under what the set measures, so a change cannot slide back.
// - SIRENE: labelled by legal form, a fablab run as an association counts as an association there, so
//   precision is lower by nature.
// - The dev set's own lists: 71.4 % accuracy, 95.2 % precision blind for the first 112, 84.9 % / 95.7 %
//   for the next 53, 48.8 % / 100 % for 80 more (69 bare company names), 100 % for 35 schools, 63.3 % /
//   95.0 % for a city's directory of digital help, 50.9 % / 100 % for a region's (tiers-lieux and
//   associations with bare names), 53.3 % / 88.9 % for 15 public offices; the general faults they showed
//   were mended, the rest is bare names (75.7 % / 99.0 % now).
// - Two départements' subsidised associations, names cut short by administrative exports: the first 104
//   blind at 28.8 % / 85.7 %; the shortened head nouns (« CTE », « FED », « AMIS », « UNION DEP ASS »),
//   sports, hobbies and bands' words, a member's home as an address (« CHEZ M RENOU ») and the labels
//   AAPPMA and ADMR were read from the next 131; two last pages, blind to all of that, went from 26.9 % /
//   82.9 % to 36.1 % / 90.7 % (108 names) and from 30.8 % / 84.2 % to 40.4 % / 91.3 % (104).
test.each([
  { set: 'SIRENE digital-sector bodies', file: UNSEEN, rows: 918, precision: 0.75, accuracy: 0.18, coverage: 0.22 },
  { set: 'Index égalité companies', file: UNSEEN_COMPANIES, rows: 241, precision: 0.95, accuracy: 0.5, coverage: 0.5 },
  { set: 'the dev set’s own lists', file: SAME_SOURCES, rows: 382, precision: 0.95, accuracy: 0.75, coverage: 0.75 },
  {
    set: 'subsidised associations',
    file: SUBSIDISED_ASSOCIATIONS,
    rows: 447,
    precision: 0.9,
    accuracy: 0.38,
    coverage: 0.4,
  },
])('on the $rows names of $set, precision ≥ $precision, accuracy ≥ $accuracy, coverage ≥ $coverage', (floor) => {
  const quality = measureQuality(floor.file);
  expect(quality.rows).toBe(floor.rows);
  expect(quality.precision).toBeGreaterThanOrEqual(floor.precision);
  expect(quality.accuracy).toBeGreaterThanOrEqual(floor.accuracy);
  expect(quality.coverage).toBeGreaterThanOrEqual(floor.coverage);
});

// The budget is 200 ms (npm run bench prints the median of five cold runs). This machine's speed varies
// by up to 1.7x from one hour to the next (155 to 265 ms for the same code), so the test holds twice the
// budget: a busy CI machine does not fail it, a real regression (a loop gone quadratic, a regex per rule
// per word) still does.
test('10,000 names are classified cold well within the CPU budget, in a process of their own', () => {
  // As the Classer action classifies a sheet, and with every row's reasons written out.
  for (const withReasons of [false, true]) {
    const speed = measureClassifierSpeed(3, withReasons);
    expect(speed.rows).toBe(10000);
    expect(speed.medianCpuMs).toBeLessThan(400);
  }
}, 90000);

test('without reasons, the classification is the same, its reasons left empty', () => {
  for (const name of [
    'Médiathèque des Remparts',
    'KIFEKOI',
    'Tennis club SAS',
    'Association Bibliothèque de Bessines',
  ]) {
    const full = classify({ name });
    const bare = classify({ name }, 'fr', false);
    expect(bare).toEqual({ ...full, reasons: [] });
  }
  expect(classify({ name: 'Mairie de Melun', legalCategory: '7210' }, 'fr', false).reasons).toEqual([]);
});

test('a CSV is classified with its headers recognised; bad rows are reported with their line and skipped', () => {
  const csv =
    'Nom;Courriel;NAF;nature_juridique\nMédiathèque A;;;\n;x@example.org;;\n"Mairie de B";;84.11Z;7210\n"ouvert;\n';
  const result = classifyCsv(csv);
  const lines = result.output.trim().split('\n');
  expect(lines[0]).toBe('Nom;Courriel;NAF;nature_juridique;categorie;confiance;apports;tutelle;raisons');
  expect(lines[1]).toMatch(/^Médiathèque A;;;;bibliotheque;0,\d\d;public lieu materiel communication;commune;/);
  expect(lines[2]).toMatch(/^Mairie de B;;84\.11Z;7210;mairie;/);
  expect(result.problems).toEqual([
    { line: 3, message: 'nom vide' },
    { line: 5, message: 'guillemets mal fermés' },
  ]);
});

test.each([
  ['Asso', 'association'],
  ['Club', 'association'],
  ['École', 'etablissement_scolaire'],
  ['Médiathèque', 'bibliotheque'],
  ['Collectivité', 'collectivite'],
  ['Entreprise', 'entreprise'],
  ['MJC', 'centre_social'],
  ['town hall', 'mairie'],
  ['Autre', 'autre'],
  // Sectors and roles name no category.
  ['Culture', ''],
  ['Jeunesse', ''],
  ['Partenaire financier', ''],
  ['', ''],
])('the word « %s » typed for a category reads as « %s »', (typed, category) => {
  expect(categoryFromTyped(typed)).toBe(category);
});

test('a label typed without its accents or in capitals is still the label (« contacte », « A CONTACTER »)', () => {
  expect(idFromLabel(STATUTS, 'contacte')).toBe('contacte');
  expect(idFromLabel(STATUTS, 'A CONTACTER')).toBe('a_contacter');
  expect(idFromLabel(STATUTS, 'relance')).toBe('relance');
  expect(idFromLabel(CATEGORIES, 'etablissement scolaire ou superieur')).toBe('etablissement_scolaire');
  expect(idFromLabel(STATUTS, 'contacté hier')).toBe('');
});

test('in a CSV, e-mail addresses under « Contact » are read as the e-mail when no column is named so', () => {
  const lines = classifyCsv('Nom;Contact\nLes Tilleuls;ce.0771234x@ac-creteil.fr\n').output.trim().split('\n');
  expect(lines[1]).toMatch(/;etablissement_scolaire;/);
});

test('in a « ; » CSV (a French spreadsheet), the confidence takes a decimal comma; in a « , » one, a point', () => {
  expect(classifyCsv('Nom;Courriel\nMJC de Melun;\n').output).toMatch(/^MJC de Melun;;centre_social;0,90;/m);
  expect(classifyCsv('name,email\nMJC de Melun,\n').output).toMatch(/^MJC de Melun,,centre_social,0\.90,/m);
});

test('in a CSV of contacts, the organisation is classified, not the person « Nom » names', () => {
  const lines = classifyCsv('Nom;Prénom;Organisme\nDurand;Léa;Médiathèque Jean Moulin\n').output.trim().split('\n');
  expect(lines[1]).toMatch(/^Durand;Léa;Médiathèque Jean Moulin;bibliotheque;/);
});

test('within an association form, "les amis de la médiathèque" stay an association', () => {
  expect(cat('Les Amis de la Médiathèque de Melun', { legalCategory: '9220', naf: '94.99Z' })).toBe('association');
  expect(cat('Codelab Conseil', { legalCategory: '5710', naf: '62.02A' })).toBe('entreprise');
});

test('an e-mail pasted with a name or as a mailto: link is read at its address', () => {
  const named = classify({ name: 'Les Tilleuls', email: 'Secrétariat <ce.0771234x@ac-creteil.fr>' });
  const plain = classify({ name: 'Les Tilleuls', email: 'ce.0771234x@ac-creteil.fr' });
  // It was « site en ac-creteil.fr> », at a lower confidence.
  expect(named).toEqual(plain);
  expect(classify({ name: 'Les Tilleuls', email: 'mailto:contact@lestilleuls.asso.fr' }).category).toBe('association');
});

test('an address reason quotes where the word was found, not only the domain', () => {
  const result = classify({ name: 'Les Communs', email: 'associationdescommuns@gmail.com' });
  expect(result.reasons).toContain('adresse associative associationdescommuns@gmail.com');
  expect(result.reasons.join(' ')).not.toContain('domaine associatif gmail.com');
});

test('words of social life count at the head of a name, not alone inside it', () => {
  expect(classify({ name: 'La Passerelle des Vallées' }).category).toBe('centre_social');
  expect(classify({ name: 'Café des parents du Lilas' }).category).toBe('centre_social');
  expect(classify({ name: 'Imprimerie de la Passerelle' }).category).not.toBe('centre_social');
});

test('leads that name several kinds are answered below the check threshold, never as sure', () => {
  // « CMS » is a département's centre médico-social, and a web tool; a name coined on « lab » is a fablab in
  // the fablabs' list and a hosting association or a software firm elsewhere; a coworking space is a
  // tiers-lieu, run by a town, an association or a firm; « Agence » opens firms' and public agencies'
  // names alike, and a development, town-planning or local energy agency is most often an association the
  // authorities set up; « EE », « EM », « GS » open primary schools' names in school lists, and others too.
  for (const [name, category] of [
    ['CMS Le Havre Curie', 'collectivite'],
    ['EE Jules Ferry', 'etablissement_scolaire'],
    ['GS Pasteur', 'etablissement_scolaire'],
    ['HOSTOLAB', 'epn'],
    ['Albilab', 'epn'],
    ['Goldorhack', 'epn'],
    ['Hacklab de Rennes', 'epn'],
    ['L’Appart - Le Coworking du Village', 'epn'],
    ['Télécentre du Sud Morvan', 'epn'],
    ['CD14', 'collectivite'],
    ['FED DEPART MAIRES L A', 'association'],
    ['UNION DEP ASS ASSIST FAMIL MATER', 'association'],
    // A documentation centre is a library of a kind, kept by a town, a school, a hospital or a firm.
    ['Centre de documentation', 'bibliotheque'],
    ['Centre de ressources documentaires', 'bibliotheque'],
    ['Centre documentaire MGEN Paris Ouest', 'bibliotheque'],
    ['Agence de développement économique local', 'association'],
    ["Agence d'urbanisme de la région grenobloise", 'association'],
    ["Agence locale de l'énergie et du climat", 'association'],
    ['Agence Mistral', 'entreprise'],
    // With a public body named, « Agence » is its office.
    ['Agence CAF de Vaux', 'collectivite'],
    ['Agence CPAM de Melun', 'collectivite'],
    // A foundation is a company's (« Fondation Orange ») or no firm's (« Fondation de France »).
    ['Fondation de France', 'entreprise'],
    ['Fondation Orange', 'entreprise'],
    // Places most often run by one kind of body, not always: an association's shelter or home, a
    // town's home for the elderly or nursery, a public hospital.
    ['CADA - Metz', 'association'],
    ['Jamais Seul - CHRS de Reims', 'association'],
    ['IME Les Papillons', 'association'],
    ['ESAT de Melun', 'association'],
    ['Résidence autonomie Les Lilas', 'mairie'],
    ['Maison de la petite enfance', 'mairie'],
    // A crèche is most often the town's, a micro-crèche a firm's; a childminders' house (MAM) their
    // association; a leisure park an authority's, which one the name seldom says.
    ['CRÈCHE L’ÎLOT PETITS PIEDS', 'mairie'],
    ['Micro-crèche Les Petits Pas', 'entreprise'],
    ["MAM Bulle d'éveil", 'association'],
    ["Maison d'assistants maternels Les Doudous", 'association'],
    ['Base de loisirs de Torcy', 'collectivite'],
    // « ES » opens sports clubs' names and firms' alike; a tourist office is an authority's or an
    // association's; a parish, a diocese, a mosque most often an association.
    ['ES Bayeux', 'association'],
    ['Office de tourisme', 'collectivite'],
    ['Paroisse Saint-Pierre', 'association'],
    ['Mosquée de Vire', 'association'],
    // « Atelier informatique »: most often a club of volunteers.
    ['Atelier informatique de Vire', 'association'],
    ['Hôpital de jour', 'collectivite'],
  ]) {
    const result = classify({ name });
    expect(result.category).toBe(category);
    expect(result.confidence).toBeLessThan(LOW_CONFIDENCE);
  }
  expect(classify({ name: 'CMS de Fécamp' }).tutelle).toBe('departement');
  // A company's foundation that says so, or names a bank, is sure.
  // So is an agency that names its trade.
  for (const name of [
    "Fondation d'entreprise Michelin",
    'Fondation Crédit Agricole Brie Picardie',
    'Agence web Pixel',
  ]) {
    expect(classify({ name })).toMatchObject({ category: 'entreprise', tutelle: 'prive' });
    expect(classify({ name }).confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
  }
});

test('a long head noun misspelt by one slip reads as itself, and the reason says how it was read', () => {
  for (const [name, category] of [
    ['médiatèque de Melun', 'bibliotheque'],
    ['Bibliohtèque pour tous', 'bibliotheque'],
    ['Biblioteque municipale', 'bibliotheque'],
    ['Ludotèque La Marelle', 'bibliotheque'],
    ['Asociation Les Octets', 'association'],
    ['Conservatoir de musique', 'etablissement_scolaire'],
    ['Univeristé de Lille', 'etablissement_scolaire'],
    ['Comunauté de communes du Val', 'collectivite'],
  ]) {
    expect(classify({ name }).category).toBe(category);
  }
  expect(classify({ name: 'médiatèque de Melun' }).reasons).toEqual(['« médiatèque » (médiathèque) en tête du nom']);
  // Short words are not read so: one slip off « mairie » is a first name.
  expect(classify({ name: 'Marie Dupont' }).category).toBe('autre');
  // Nor is a word two slips off.
  expect(classify({ name: 'Médiatéqu de la Paix' }).category).toBe('autre');
});

test('« socioculturelle » agreed with « centre » as if feminine, or with « maison », names a community centre', () => {
  expect(classify({ name: 'Centre socioculturelle Les Tilleuls' }).category).toBe('centre_social');
  expect(classify({ name: 'Maison socio-culturelle de Maincy' }).category).toBe('centre_social');
});

test('a company’s legal form written in the name outranks the words, as the legal category does; a code given outranks it', () => {
  for (const name of ['Tennis club SAS', 'École de danse SARL Martin', 'Poney club EURL', 'Canoë Loisirs SARL']) {
    const result = classify({ name });
    expect(result).toMatchObject({ category: 'entreprise', tutelle: 'prive' });
    expect(result.confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
  }
  expect(classify({ name: 'Tennis club SAS' }).reasons).toEqual([
    '« sas » (société par actions simplifiée) dans le nom',
  ]);
  expect(classify({ name: 'Tennis club SAS', legalCategory: '9220' }).category).toBe('association');
  // Forms other names share stay strong words, not decisive ones.
  expect(classify({ name: 'Service civil international' }).category).not.toBe('entreprise');
});

test('a business named after a place is the business, answered for a check', () => {
  for (const name of [
    'Pharmacie de la Mairie',
    'Librairie de la Médiathèque',
    'Imprimerie du Collège',
    'Hôtel de la Mairie',
  ]) {
    const result = classify({ name });
    expect(result.category).toBe('entreprise');
    expect(result.confidence).toBeLessThan(LOW_CONFIDENCE);
  }
});

test('a place said to be associative is the place, run by an association; a town’s kind of service so said is the association', () => {
  for (const [name, category] of [
    ['Médiathèque associative de Maincy', 'bibliotheque'],
    ['Centre social associatif La Passerelle', 'centre_social'],
    ['Fablab associatif Le Quai', 'epn'],
    ['Café associatif Le Bistrot', 'centre_social'],
    ['Centre de loisirs associatif', 'association'],
    ['Espace jeunes associatif', 'association'],
  ]) {
    const result = classify({ name });
    expect(result).toMatchObject({ category, tutelle: 'prive' });
    expect(result.confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
  }
});

test('a private school is funded by its private body: a maison familiale rurale, an institution named after a saint, a Montessori or a Catholic school', () => {
  for (const name of [
    'MFR de Rollancourt',
    'Maison familiale rurale de Vire',
    'Institution Saint Aspais',
    'Institution Sainte-Marie',
    'Ecole Montessori Les Petits Explorateurs',
    'Collège hors contrat Saint-Pie X',
    "Université catholique de l'Ouest",
    'Institut catholique de Paris',
  ]) {
    expect(classify({ name })).toMatchObject({ category: 'etablissement_scolaire', tutelle: 'prive' });
  }
  expect(classify({ name: 'Crèche Montessori Les Lutins' })).toMatchObject({
    category: 'entreprise',
    tutelle: 'prive',
  });
});

test('« départemental » alone names no kind of place', () => {
  for (const name of ['Parc départemental du Val', '35 - Antenne Départementale de Rennes']) {
    expect(classify({ name }).category).toBe('autre');
  }
  expect(classify({ name: 'Office départemental des sports' }).category).toBe('association');
});

test('an intercommunalité named by its short form after « de la » funds the place', () => {
  for (const name of [
    'Médiathèque de la CC du Val',
    'EPN de la CA Melun Val de Seine',
    'Ludothèque de la CdC du Pays Fertois',
  ]) {
    expect(classify({ name }).tutelle).toBe('intercommunalite');
  }
});

test('a school named by its legal kind is funded as its level says; a public establishment by whom the name says', () => {
  expect(classify({ name: 'EPLE Lycée Jean Moulin' }).tutelle).toBe('region');
  expect(classify({ name: 'EPLE Collège Pasteur' }).tutelle).toBe('departement');
  expect(classify({ name: 'Établissement public territorial Paris Est Marne et Bois' }).tutelle).toBe(
    'intercommunalite',
  );
});

test('« France » opening a name says nothing of what the partner is', () => {
  // It opens companies' names (« FRANCE ELEVATEUR ») and, more often in the lists of associations,
  // national associations' and public bodies' (« FRANCE ADOT 72 », « France Travail »).
  for (const name of ['France Travail', 'FRANCE ADOT 72', 'FRANCE ELEVATEUR']) expect(cat(name)).toBe('autre');
  expect(cat('ZARA France')).toBe('entreprise');
});

test('accented, ligatured and non-Latin names are read as their words', () => {
  expect(classify({ name: 'MÉDIATHÈQUE Œuvre' }).category).toBe('bibliotheque');
  // Accents typed as combining marks (text pasted from some systems) are the same letters.
  expect(classify({ name: 'Me\u0301diathe\u0300que du Lilas' }).category).toBe('bibliotheque');
  expect(classify({ name: 'Bibliothèque 图书馆 de Melun' }).category).toBe('bibliotheque');
  expect(classify({ name: 'M.J.C. des Lilas' }).category).toBe('centre_social');
});

test('an acronym shaped as a French higher-education school’s opens the name: answered, left for a check', () => {
  for (const name of ['ENSIBS Lorient', 'ISEN Brest', 'ESIROI La Réunion', 'ENIM Metz', 'ISAE-Supméca']) {
    const result = classify({ name });
    expect(result.category).toBe('etablissement_scolaire');
    expect(result.confidence).toBeLessThan(LOW_CONFIDENCE);
    expect(result.reasons[0]).toMatch(/^sigle d’école supérieure/);
  }
  // A word in capitals, an all-capitals name (no telling an acronym from a word), an acronym inside.
  for (const name of [
    'ENSEMBLE vocal de Melun',
    'ISOLA BELLA',
    'Club ISEN de Brest',
    'ENSEMBLE',
    'ISO Conseil qualité',
  ])
    expect(cat(name)).not.toBe('etablissement_scolaire');
});

test('a vice-rectorat is the académie’s office, though its address is on the académie’s domain', () => {
  expect(cat('Vice-rectorat - Mayotte', { email: 'vice-rectorat@ac-mayotte.fr' })).toBe('collectivite');
});

test('a dotted acronym takes no elided word after it: « I.U.T. d’Aix » is IUT, then « d’Aix »', () => {
  expect(classify({ name: 'I.U.T. d’Aix' }).reasons[0]).toBe('« iut » en tête du nom');
  expect(cat('M. J. C de Melun')).toBe('centre_social');
  expect(cat('M. J. C. de Melun')).toBe('centre_social');
});

test('a person named France is not a company’s French subsidiary', () => {
  expect(classify({ name: 'École Anatole France' }).reasons).toEqual(['« école » en tête du nom']);
});

test('an address says what a bare name does not: .asso.fr is for associations, a school’s level gives its funding body', () => {
  const asso = classify({ name: 'Les Tilleuls', email: 'contact@lestilleuls.asso.fr' });
  expect(asso.category).toBe('association');
  expect(asso.reasons).toEqual(['domaine en .asso.fr, réservé aux associations : lestilleuls.asso.fr']);
  const college = classify({ name: 'Les Tilleuls', email: 'secretariat@college-lestilleuls.fr' });
  expect([college.category, college.tutelle]).toEqual(['etablissement_scolaire', 'departement']);
  expect(classify({ name: 'Les Tilleuls', email: 'ecole.lestilleuls@orange.fr' }).tutelle).toBe('commune');
  expect(classify({ name: 'Les Tilleuls', website: 'https://lycee-lestilleuls.fr' }).tutelle).toBe('region');
  // The name still decides when it says what the partner is.
  expect(cat('MJC Melun', { email: 'mjc@melun.asso.fr' })).toBe('centre_social');
  expect(cat('Médiathèque des Tilleuls', { email: 'ecole.x@orange.fr' })).toBe('bibliotheque');
});

test.each([
  // The kinds of place the national directory of places of digital help lists, as their names shorten them.
  ['MQ Les Tilleuls', 'centre_social', 'commune'],
  ['MDH Saint-Jean', 'centre_social', 'commune'],
  ['Espace public internet de Melun', 'epn', 'commune'],
  ['CDAS de Melun', 'collectivite', 'departement'],
  ["Centre départemental d'action sociale de Vire", 'collectivite', 'departement'],
  ["Aide sociale à l'enfance - Melun", 'collectivite', 'departement'],
  ['MDPH 77', 'collectivite', 'departement'],
  ['PJJ de Melun', 'collectivite', 'etat'],
  ["Caisse primaire d'assurance maladie des Bouches-du-Rhône", 'collectivite', 'etat'],
  ['CCIR Normandie', 'collectivite', 'etat'],
  ['CCIT du Val', 'collectivite', 'etat'],
  ['Centre médico-psychologique de Louviers', 'collectivite', 'etat'],
  ["Permanence d'accès aux soins de santé (PASS)", 'collectivite', 'etat'],
  ['SPIP de Seine-et-Marne', 'collectivite', 'etat'],
  ['EPIDE de Meaux', 'collectivite', 'etat'],
  ['CAARUD Le Passage', 'association', 'prive'],
  ['CSAPA Le Passage', 'association', 'prive'],
  ['CAVA de Melun', 'association', 'prive'],
  ['CPH de Melun', 'association', 'prive'],
  ['Pension de famille Les Tilleuls', 'association', 'prive'],
  // Housing for people in difficulty, not a community centre.
  ['Résidence sociale Les Tilleuls', 'association', 'prive'],
  ['Club de prévention du Val', 'association', 'prive'],
  ['Conseil citoyen du quartier Nord', 'association', 'prive'],
  ['ADSEA 28 : PÔLE DE JOUR POUR ADOLESCENTS', 'association', 'prive'],
  ["Sauvegarde de l'enfance du Nord", 'association', 'prive'],
  ['Service de prévention spécialisée', 'association', 'prive'],
  ["Maison de l'emploi de Melun", 'association', 'prive'],
  ["Groupement d'employeurs pour l'insertion et la qualification", 'association', 'prive'],
  // Names of the national directory of places of digital help, as its importer's tests quote them.
  ['CTE COM ACTION SOCIALE', 'mairie', 'commune'],
  ['CDAD Ardennes', 'collectivite', 'etat'],
  // An acronym glued to its département's number.
  ['CIDFF62', 'association', 'prive'],
  ['UDAF93', 'association', 'prive'],
  ['MDPH32', 'collectivite', 'departement'],
  ['POLE MEDICO-SOCIAL  DE CHAMONIX', 'collectivite', 'departement'],
  ["Relais médico-social d'Alby-sur-Chéran", 'collectivite', 'departement'],
  ['CAISSE PRIMAIRE ASSURANCE MALADIE', 'collectivite', 'etat'],
  // A public-records officers' directory (« annuaire des PRADA »).
  ["Caisse d'assurance retraite et de la santé au travail de Bourgogne (CARSAT 21)", 'collectivite', 'etat'],
  ['Espace Social Commun Blosne', 'centre_social', 'commune'],
  ['ESPACE SOCIAL CULTUREL CROIX DES OISEAUX', 'centre_social', 'commune'],
  ['Espace social et culturel du Val', 'centre_social', 'commune'],
  ['Foyer culturel et social Jacques Pelletier', 'centre_social', 'commune'],
  ['Espace Public Informatique Monmousseau', 'epn', 'commune'],
  ['Arobase Espace Public Multimédia', 'epn', 'commune'],
  ['Etablissement public numérique', 'epn', 'commune'],
  ['Relais de services au public', 'epn', 'commune'],
  ["Municipalité d'Annay", 'mairie', 'commune'],
  ['CONSULAT GENERAL DE FRANCE A LOS ANGELES', 'collectivite', 'etat'],
  ['Ambassade de France au Maroc', 'collectivite', 'etat'],
  // Words that name something else there.
  ['Ambassade du rire', 'autre', ''],
  ['Consulat de la bière', 'autre', ''],
  ['Consulat général du Maroc', 'autre', ''],
  ['Maison des Services Funéraires', 'autre', ''],
  ['Centre des Finances Public de Cholet', 'collectivite', 'etat'],
  ['Hôtel des impôts de Melun', 'collectivite', 'etat'],
  // Community centres' other names, and the places they run.
  ['Centre de vie sociale de Vaux', 'centre_social', 'commune'],
  ["Foyer d'animation rurale du Val", 'centre_social', 'commune'],
  ['LAEP Les Petits Pas', 'centre_social', 'commune'],
  ['Espace Famille de Vaux', 'centre_social', 'commune'],
  // Shelters and listening points associations run; a digital van.
  ['Halte de nuit du Val', 'association', 'prive'],
  ['PAEJ du Val', 'association', 'prive'],
  ['Camion numérique du Val', 'epn', 'commune'],
  // « Maison de … » where the rest says who it is.
  ['Maison des parents de Vaux', 'centre_social', 'commune'],
  ["Maison de l'autonomie de Seine-et-Marne", 'collectivite', 'departement'],
  ['Maison de santé pluriprofessionnelle de Vaux', 'entreprise', 'prive'],
  // A trade name then its trade.
  ['KORVAL PARTICIPATIONS', 'entreprise', 'prive'],
  ['Dupont Négoce', 'entreprise', 'prive'],
  ['Martin Textiles', 'entreprise', 'prive'],
  // Public bodies of a territory and of the justice.
  ['Établissement public territorial Grand-Orly Seine Bièvre', 'collectivite', 'intercommunalite'],
  ["EPT Paris Terres d'Envol", 'collectivite', 'intercommunalite'],
  ['CESER Île-de-France', 'collectivite', 'region'],
  ["Pôle d'équilibre territorial et rural du Val", 'collectivite', 'intercommunalite'],
  ['Conciliateur de justice de Melun', 'collectivite', 'etat'],
  ['Défenseur des droits - délégué de Melun', 'collectivite', 'etat'],
  // A town's services as towns name them; « centrale » opens a school's name only at the head.
  ['Service des affaires culturelles', 'mairie', 'commune'],
  ['Service vie locale', 'mairie', 'commune'],
  ['Cuisine centrale de Vaux', 'mairie', 'commune'],
  ["Centrale d'achats du Val", 'entreprise', 'prive'],
  ['Centrale Lyon', 'etablissement_scolaire', 'etat'],
  // Associations by the cause they gather around; a care home named after it stays to check.
  ["Parents d'enfants handicapés du Val", 'association', 'prive'],
  ['Autisme 77', 'association', 'prive'],
  ["Lutte contre l'illettrisme du Val", 'association', 'prive'],
  ['Alphabétisation Vaux', 'association', 'prive'],
  ['EHPAD unité Alzheimer', 'autre', ''],
  // Schools the higher-education lists name so.
  ['ESC Clermont', 'etablissement_scolaire', 'prive'],
  ["Établissement régional d'enseignement adapté de Melun", 'etablissement_scolaire', 'region'],
  // Abbreviations as volunteers type them, an accented word cut before an initial included.
  ['Éc. élém. J. Ferry', 'etablissement_scolaire', 'commune'],
  ['Grpe scol. J. Jaurès', 'etablissement_scolaire', 'commune'],
  ['Serv. jeunesse de Vaux', 'mairie', 'commune'],
  ["Dir. de l'éducation de Vaux", 'mairie', 'commune'],
  ['Cons. dép. 77', 'collectivite', 'departement'],
  ['Mdq des Tilleuls', 'centre_social', 'commune'],
  // A maison des associations by another name; a digital-help point.
  ['Carrefour des associations de Vaux', 'maison_associations', 'commune'],
  ["Point d'appui numérique de Vaux", 'epn', 'commune'],
  // Sports clubs by the names they take.
  ['JS Vaux', 'association', 'prive'],
  ['Olympique de Vaux', 'association', 'prive'],
  ['Olympique Lyonnais SASP', 'entreprise', 'prive'],
  ['Service des impôts des particuliers de Melun', 'collectivite', 'etat'],
  ["GROUPEMENT D'EMPLOYEURS SIAE 30 GE SIAE 30", 'association', 'prive'],
  ["Groupement Local Employeurs d'Agents de Médiation", 'association', 'prive'],
  ['Centre Départemental de la Solidarité Ambroise Paré', 'collectivite', 'departement'],
  ['Maison de la Solidarité Départementale de Mauriac', 'collectivite', 'departement'],
  ['MDSI CHAULNES', 'collectivite', 'departement'],
  // A sole trader's legal form at the head (« EI », « EIRL »), then the trader's name.
  ['EI Girard Hervé - mon assistant numérique', 'entreprise', 'prive'],
  ['EIRL Martin Paul', 'entreprise', 'prive'],
  ['Jean Dupont EI', 'entreprise', 'prive'],
  ['Marie Martin, graphiste EIRL', 'entreprise', 'prive'],
  // A notary's office, a web agency, a repairer, as a club's sponsors are typed.
  ['Étude de Maître Durand, notaire', 'entreprise', 'prive'],
  ['Office notarial du Val', 'entreprise', 'prive'],
  ['Web Agency 77', 'entreprise', 'prive'],
  ['Martin Dépannage', 'entreprise', 'prive'],
  // A libraries network's small places.
  ['Dépôt de lecture de Vaux', 'bibliotheque', 'commune'],
  ['Point livres', 'bibliotheque', 'commune'],
  ['Maison de la lecture', 'bibliotheque', 'commune'],
  ['BMVR de Nice', 'bibliotheque', 'commune'],
  // Child protection: the département's emergency home, the associations' children's homes (MECS).
  ['Foyer départemental de l’enfance', 'collectivite', 'departement'],
  ['Foyer de l’Enfance de la Marne', 'collectivite', 'departement'],
  ['MECS Les Tilleuls', 'association', 'prive'],
  // A school of an art or a field a town runs as often as an association does, that an authority's word says
  // it runs; an association's own noun at the head stays the association (« Harmonie municipale »).
  ['École de danse municipale', 'mairie', 'commune'],
  ['École de musique intercommunale', 'collectivite', 'intercommunalite'],
  ['Centre culturel municipal', 'mairie', 'commune'],
  ['École de danse de Vaux', 'association', 'prive'],
  ['École d’arts plastiques municipale', 'mairie', 'commune'],
  ['École d’arts plastiques de Vaux', 'association', 'prive'],
  ['Cté de Cnes du Val', 'collectivite', 'intercommunalite'],
  ['Communauté de cnes du Val', 'collectivite', 'intercommunalite'],
  // Legal forms and kinds the register writes: a professionals' means company, farmers' co-operatives, the
  // authorities' companies, a territory's hospitals, a public housing office named first.
  ['SELURL DUPONT', 'entreprise', 'prive'],
  ['SCM DU CABINET MEDICAL', 'entreprise', 'prive'],
  ['CUMA DE VAUX', 'entreprise', 'prive'],
  ['COOPERATIVE D UTILISATION DE MATERIEL AGRICOLE DU VAL', 'entreprise', 'prive'],
  // The association that runs a Catholic private school.
  ['OGEC SAINT JOSEPH', 'association', 'prive'],
  ["Organisme de gestion de l'enseignement catholique Saint-Joseph", 'association', 'prive'],
  ['COOPERATIVE AGRICOLE DU VAL', 'entreprise', 'prive'],
  ['SEM VAUX AMENAGEMENT', 'entreprise', 'prive'],
  ['SPL VAUX TOURISME', 'entreprise', 'prive'],
  ['GROUPEMENT HOSPITALIER DE TERRITOIRE DU VAL', 'collectivite', 'etat'],
  ['GHT du Val', 'collectivite', 'etat'],
  ['VAUX HABITAT OPH', 'collectivite', ''],
  // A university's department is the university's; the département's services stay its own.
  ['Département informatique de l’IUT de Vaux', 'etablissement_scolaire', 'etat'],
  ['Département de mathématiques, faculté des sciences', 'etablissement_scolaire', 'etat'],
  ['Département de Seine-et-Marne - Direction de l’éducation et des collèges', 'collectivite', 'departement'],
  ['Département de Seine-et-Marne', 'collectivite', 'departement'],
  // Private schools by the names their bodies give them.
  ['Ensemble scolaire Saint-Joseph', 'etablissement_scolaire', 'prive'],
  ['Cours Sainte-Marie', 'etablissement_scolaire', 'prive'],
  ['Foyer laïque de Vaux', 'association', 'prive'],
  ['Bureau d’études Martin', 'entreprise', 'prive'],
  ['Atelier d’architecture Martin', 'entreprise', 'prive'],
  ['Camping Les Tilleuls', 'entreprise', 'prive'],
  ['Institut de beauté Les Tilleuls', 'entreprise', 'prive'],
  // The house of a town's associations under other names, its desk and fair; the town's direction is the town's.
  ['Hôtel des associations', 'maison_associations', 'commune'],
  ['Centre associatif municipal', 'maison_associations', 'commune'],
  ['Forum des associations de Vaux', 'maison_associations', 'commune'],
  ['Guichet unique des associations', 'maison_associations', 'commune'],
  ['Direction de la vie associative', 'mairie', 'commune'],
  ['Direction interministérielle du numérique', 'collectivite', 'etat'],
  // Names as an English-speaking volunteer writes them.
  ['International School of Lyon', 'etablissement_scolaire', 'prive'],
  ['Vaux Public Library', 'bibliotheque', 'commune'],
  ['Vaux Town Hall', 'mairie', 'commune'],
  ['Les Tilleuls Community Centre', 'centre_social', 'commune'],
  // Shops named after the place they face.
  ['Tabac de la Mairie', 'entreprise', 'prive'],
  ['Bistrot de l’Hôtel de ville', 'entreprise', 'prive'],
  ['Snack du Stade', 'entreprise', 'prive'],
  ['Maison de la Presse de Vaux', 'entreprise', 'prive'],
  ['Comité contre le tabac', 'association', 'prive'],
  ['Conservatoire d’espaces naturels d’Occitanie', 'association', 'prive'],
  ['Commissaire de justice Dupont', 'entreprise', 'prive'],
  ['Les Aînés de Vaux', 'association', 'prive'],
  // Sports and pastimes clubs by their initials, their « Stade », their pastime; the town's stadium is the town's.
  ['TC Vaux', 'association', 'prive'],
  ['HBC Vaux', 'association', 'prive'],
  ['Stade Vauxois', 'association', 'prive'],
  ['Stade municipal de Vaux', 'mairie', 'commune'],
  ['Dojo municipal', 'mairie', 'commune'],
  ['Dojo de Vaux', 'association', 'prive'],
  ['Dojo vauxois', 'association', 'prive'],
  ['La Boule vauxoise', 'association', 'prive'],
  ['Les Marcheurs du Val', 'association', 'prive'],
  ['Société philatélique de Vaux', 'association', 'prive'],
  // A trade or a service run on solidarity; a cyclists' school.
  ['Vestiaire solidaire des Tilleuls', 'association', 'prive'],
  ['Transport solidaire du Val', 'association', 'prive'],
  ['Jardin d’insertion Les Tilleuls', 'association', 'prive'],
  ['Monnaie locale du Val', 'association', 'prive'],
  ['Vélo-école de Vaux', 'association', 'prive'],
  ['Les Anciens Établissements Dupont', 'entreprise', 'prive'],
  ['Camping-car club de Vaux', 'association', 'prive'],
  ['Résidence étudiante du CROUS', 'collectivite', 'etat'],
  // A village's partners.
  ['Auberge du Village', 'entreprise', 'prive'],
  ['Auberge de jeunesse du Val', 'association', 'prive'],
  ['Gîte des Tilleuls', 'entreprise', 'prive'],
  ['Gîte communal', 'mairie', 'commune'],
  ['Comice agricole du canton', 'association', 'prive'],
  ['Syndicat d’eau potable du Val', 'collectivite', 'intercommunalite'],
  ['Église Saint-Martin', 'association', 'prive'],
  // A neighbourhood's partners: homework help, French for adults, street educators, a town's youth outpost.
  ['Accompagnement scolaire des Tilleuls', 'association', 'prive'],
  ['Atelier sociolinguistique du Val', 'association', 'prive'],
  ['Éducateurs de rue du Val', 'association', 'prive'],
  ['Maison des femmes de Vaux', 'association', 'prive'],
  ['Confédération syndicale des familles', 'association', 'prive'],
  ['Antenne jeunesse des Tilleuls', 'mairie', 'commune'],
  ['Conseil territorial de Saint-Martin', 'collectivite', 'region'],
  // A town's sports and leisure facilities (leads), the intercommunalité's when said so; the clubs' sports office.
  ['Piscine de Vaux', 'mairie', 'commune'],
  ['Complexe sportif des Tilleuls', 'mairie', 'commune'],
  ['Halle des sports', 'mairie', 'commune'],
  ['Marché couvert', 'mairie', 'commune'],
  ['Piscine intercommunale du Val', 'collectivite', 'intercommunalite'],
  ['Centre nautique intercommunal', 'collectivite', 'intercommunalite'],
  ['Crèche intercommunale', 'collectivite', 'intercommunalite'],
  ['Crèche municipale', 'mairie', 'commune'],
  ['Office municipal des sports', 'association', 'prive'],
  // Health and care: the département's child-health centres, a public mental-health hospital, associations' care.
  ['Centre de PMI des Tilleuls', 'collectivite', 'departement'],
  ['EPSM du Val', 'collectivite', 'etat'],
  ['CMPP de Vaux', 'association', 'prive'],
  ['SSIAD du Val', 'association', 'prive'],
  ['Centre de soins infirmiers de Vaux', 'association', 'prive'],
  // Freelancers and repairers a club asks for a hand.
  ['Photographe Martin', 'entreprise', 'prive'],
  ['Conseil régional de l’ordre des architectes', 'collectivite', 'etat'],
  ['Conseil départemental de l’ordre des médecins', 'collectivite', 'etat'],
  ['Conseil des sages de Vaux', 'mairie', 'commune'],
  ['Conseil local de sécurité et de prévention de la délinquance', 'mairie', 'commune'],
  ['Conseil local de santé mentale', 'mairie', 'commune'],
  ['Conseil économique et social régional', 'collectivite', 'region'],
  ['CAUE 77', 'association', 'prive'],
  ['Piscines Desjoyaux', 'entreprise', 'prive'],
  ['Centre de soins infirmiers municipal', 'mairie', 'commune'],
  ['Maison de la Région de Vaux', 'collectivite', 'region'],
  ['Maison des étudiants', 'etablissement_scolaire', 'etat'],
  ['Maison des sciences de l’homme', 'etablissement_scolaire', 'etat'],
  ['Maison de l’Europe de Vaux', 'association', 'prive'],
  ['Jumelage Vaux-Neustadt', 'association', 'prive'],
  ['Amitié franco-allemande de Vaux', 'association', 'prive'],
  ['Université pour tous du Val', 'association', 'prive'],
  ['Groupe folklorique des Tilleuls', 'association', 'prive'],
  ['Unité locale de Vaux', 'association', 'prive'],
  // Schools of an art or a pastime are clubs (« de yoga », not « d'yoga »); of a trade sold to adults, a firm's lead.
  ['École de yoga du Val', 'association', 'prive'],
  ['École de robotique de Vaux', 'association', 'prive'],
  ['École de golf', 'association', 'prive'],
  ['École de cuisine Martin', 'entreprise', 'prive'],
  ['École de langues du Val', 'entreprise', 'prive'],
  ['École de pilotage du Val', 'entreprise', 'prive'],
  ['Institut médico-professionnel Les Tilleuls', 'association', 'prive'],
  ['Martin Traiteur', 'entreprise', 'prive'],
  ['Dupont Coiffure', 'entreprise', 'prive'],
  ['Martin Voyages', 'entreprise', 'prive'],
  ['Dupont Location', 'entreprise', 'prive'],
  // A contact typed in place of the partner: the role says the body.
  ['Mme Martin, bibliothécaire', 'bibliotheque', 'commune'],
  ['Proviseure', 'etablissement_scolaire', 'region'],
  ['Médiatrice numérique', 'epn', 'commune'],
  ['Kiosque jeunes de Vaux', 'mairie', 'commune'],
  ['MDL du lycée Voltaire', 'association', 'prive'],
  ['Adjoint au maire chargé de la jeunesse', 'mairie', 'commune'],
  ['Association des bibliothécaires du Val', 'association', 'prive'],
  ['Martin Graphiste', 'entreprise', 'prive'],
  ['Réparation informatique Martin', 'entreprise', 'prive'],
  ['Association des photographes du Val', 'association', 'prive'],
  ['Les Anciens du lycée Voltaire', 'association', 'prive'],
  ['Huissier de justice Martin', 'entreprise', 'prive'],
  ['Centre régional des œuvres universitaires et scolaires', 'collectivite', 'etat'],
  ['Camping municipal Les Tilleuls', 'mairie', 'commune'],
  ['Centre culturel et social des Tilleuls', 'centre_social', 'commune'],
  ['Harmonie municipale', 'association', 'prive'],
  ['Amicale du personnel communal', 'association', 'prive'],
  ['Maison d’enfants à caractère social Les Tilleuls', 'association', 'prive'],
  // An NGO's way of naming itself, over the trade it names; volunteers named as the body.
  ['Informaticiens sans frontières', 'association', 'prive'],
  ['Avocats sans frontières', 'association', 'prive'],
  ['Transports sans frontières SARL', 'entreprise', 'prive'],
  ['Développeurs bénévoles du Val', 'association', 'prive'],
  // The SDIS's stations, not a « Secours » association; the firemen's own association stays one.
  ['Centre de secours de Melun', 'collectivite', 'departement'],
  ['Caserne des pompiers de Melun', 'collectivite', 'departement'],
  ['Amicale des sapeurs-pompiers de Melun', 'association', 'prive'],
  // The académie's services as their own pages name them.
  ['Direction académique de la Drôme', 'collectivite', 'etat'],
  ['Délégation régionale académique à la jeunesse', 'collectivite', 'etat'],
])('%s is %s, funded by %s', (name, category, tutelle) => {
  expect(classify({ name })).toMatchObject({ category, tutelle });
});

test('a town’s kind of service of a communauté de communes named by its acronym is the intercommunalité’s', () => {
  expect(classify({ name: 'Service Enfance-Jeunesse de la CCPV' })).toMatchObject({
    category: 'collectivite',
    tutelle: 'intercommunalite',
    reasons: ['sigle de communauté de communes après « de la » (« de la CCPV »)'],
  });
  expect(classify({ name: 'SEJ de la CCPV' })).toMatchObject({ category: 'collectivite', tutelle: 'intercommunalite' });
  // A chamber of commerce's acronym starts so too (« la CCIR », « la CCIMP »): not an intercommunalité.
  expect(classify({ name: 'Antenne de la CCIR Normandie' }).tutelle).not.toBe('intercommunalite');
  expect(classify({ name: 'SEJ de Melun' })).toMatchObject({ category: 'mairie', tutelle: 'commune' });
  // Opening the name in capitals, the acronym is a lead to check; other bodies' acronyms on « CC » are not one.
  expect(classify({ name: 'CCVG' })).toMatchObject({
    category: 'collectivite',
    tutelle: 'intercommunalite',
    reasons: ['sigle de communauté de communes (« CCPV »)'],
  });
  expect(classify({ name: 'CCVG' }).confidence).toBeLessThan(LOW_CONFIDENCE);
  expect(cat('CCAS de Vaux')).toBe('mairie');
  expect(cat('CCFD Terre Solidaire')).not.toBe('collectivite');
  expect(cat('CCTV Security')).not.toBe('collectivite');
  expect(cat('Ccvg')).toBe('autre');
  for (const name of ['Interco du Val', "Communauté d'agglo du Grand Dole"]) {
    expect(classify({ name })).toMatchObject({ category: 'collectivite', tutelle: 'intercommunalite' });
  }
});

test('a town’s kind of service at another authority’s address is that authority’s, as when the name names it', () => {
  for (const [name, email, tutelle] of [
    ['Service des sports', 'sports@agglo-melun.fr', 'intercommunalite'],
    ['Service enfance jeunesse', 'enfance.jeunesse@departement77.fr', 'departement'],
    ["Direction de l'éducation", 'education@region-bretagne.fr', 'region'],
    ['Service culturel', 'culture@grandreims.fr', 'intercommunalite'],
    // A kind of place more than one authority runs, at the intercommunalité's address.
    ['Piscine des Tilleuls', 'piscine@cc-vaux.fr', 'intercommunalite'],
  ]) {
    const found = classify({ name, email });
    expect([found.category, found.tutelle]).toEqual(['collectivite', tutelle]);
    // The reasons quote the name's service and the address that says whose it is.
    expect(found.reasons).toHaveLength(2);
    expect(found.reasons[1]).toContain(email.split('@')[1]);
  }
  // At the town's own address, or named with the town, it stays the town's.
  expect(cat('Service des sports', { email: 'sports@ville-melun.fr' })).toBe('mairie');
  expect(cat('Mairie - Service des sports', { email: 'sports@agglo-melun.fr' })).toBe('mairie');
  // A place the domain's authority runs stays the place (its funding body the authority's).
  expect(cat('Médiathèque', { email: 'mediatheque@agglo-melun.fr' })).toBe('bibliotheque');
  // « Service culturel » is a service as « Service de la culture » is: the authority named says whose.
  expect(classify({ name: 'Service culturel intercommunal' }).category).toBe('collectivite');
});

test('a public research unit is the State’s higher education; a research centre a lead; a laboratory alone a firm', () => {
  for (const name of [
    "Laboratoire d'informatique de Paris 6",
    'UMR 8049',
    'Unité mixte de recherche CNRS',
    'École doctorale MSTIC',
  ]) {
    expect(placed(name)).toEqual([name, 'etablissement_scolaire', 'etat']);
  }
  // A research unit by its number, not the letters alone.
  expect(classify({ name: 'LIRIS (UMR CNRS 5205)' }).reasons).toEqual([
    'unité de recherche désignée par son numéro (« UMR 5205 »)',
  ]);
  expect(cat('UMR Services')).not.toBe('etablissement_scolaire');
  const centre = classify({ name: 'Centre de recherche en sciences du numérique' });
  expect(centre.category).toBe('etablissement_scolaire');
  expect(centre.confidence).toBeLessThan(LOW_CONFIDENCE);
  expect(cat("Laboratoire d'analyses médicales")).toBe('entreprise');
  // A school's documentation centre in full, its level saying whose; a sector's networks are associations.
  expect(classify({ name: "Centre de documentation et d'information du collège" })).toMatchObject({
    category: 'etablissement_scolaire',
    tutelle: 'departement',
  });
  expect(cat('Pôle de compétitivité Images et Réseaux')).toBe('association');
  // A foundation for a cause is no firm's; a firm's bears its name. Both leads to check.
  const cause = classify({ name: "Fondation pour l'enfance" });
  expect([cause.category, cause.confidence < LOW_CONFIDENCE]).toEqual(['association', true]);
  expect(cat('Fondation Orange')).toBe('entreprise');
  expect(cat('Cluster numérique de Bretagne')).toBe('association');
});

test('societies of members cut short as exports write them, and the acronyms every commune’s or school’s association carries', () => {
  expect(classify({ name: 'STE D HISTOIRE ET D ARCHEOLOGIE' })).toMatchObject({
    category: 'association',
    reasons: ['« ste d’histoire » (société d’histoire) en tête du nom'],
  });
  for (const name of ['SOC MUSICALE LA LYRE', 'STE HIPPIQUE DU VAL', "Société d'archéologie"]) {
    expect([name, cat(name)]).toEqual([name, 'association']);
  }
  // A company's « Sté » stays a company's.
  expect(cat('Sté Dupont')).toBe('entreprise');
  for (const name of [
    'ACCA DE VAUX',
    "ACCA D'EPINAY",
    'ADSB DE VAUX',
    'USEP ECOLE JULES FERRY',
    'UNSS COLLEGE PASTEUR',
  ]) {
    expect([name, cat(name)]).toEqual([name, 'association']);
  }
  // The hunters' association is named after its commune; the acronym alone is a firm's as often.
  expect(cat('ACCA Software')).not.toBe('association');
});

test('schools as the national directory and volunteers name them: a shared grouping, a returners’ lycée, a private pedagogy', () => {
  expect(classify({ name: 'Regroupement pédagogique intercommunal' })).toMatchObject({
    category: 'etablissement_scolaire',
    tutelle: 'commune',
  });
  expect(classify({ name: 'Microlycée de Sénart' })).toMatchObject({
    category: 'etablissement_scolaire',
    tutelle: 'region',
  });
  expect(classify({ name: 'École Steiner-Waldorf' })).toMatchObject({
    category: 'etablissement_scolaire',
    tutelle: 'prive',
  });
  // Immersive schools in a regional language, by their common nouns.
  expect(placed('Calandreta de Pau')).toEqual(['Calandreta de Pau', 'etablissement_scolaire', 'prive']);
  expect(placed('Ikastola de Bayonne')).toEqual(['Ikastola de Bayonne', 'etablissement_scolaire', 'prive']);
});

test('a mailbox’s role typed as the name says nothing of the partner; the associations’ platforms say an association', () => {
  // « Accueil » opens associations' names (« Accueil et partage »); alone it is the mailbox the address names.
  expect(cat('Accueil et partage')).toBe('association');
  expect(classify({ name: 'Accueil', email: 'accueil@mjc-vaux.org' }).category).toBe('centre_social');
  expect(classify({ name: 'Cabinet', email: 'cabinet@seine-et-marne.gouv.fr' })).toMatchObject({
    category: 'collectivite',
    reasons: ['domaine public seine-et-marne.gouv.fr'],
  });
  expect(cat('Secrétariat')).toBe('autre');
  const page = classify({ name: 'Atelier Soleil', website: 'https://www.helloasso.com/associations/atelier-soleil' });
  expect(page).toMatchObject({ category: 'association', reasons: ['page d’association sur helloasso.com'] });
  expect(cat('Les Tilleuls', { website: 'https://lestilleuls.assoconnect.com/' })).toBe('association');
  // The platform's own pages, or its name inside another domain, are not an association's.
  expect(cat('Les Tilleuls', { website: 'https://www.helloasso.com/blog/' })).toBe('autre');
  expect(cat('Les Tilleuls', { website: 'https://assoconnect.com.example.fr/' })).toBe('autre');
});

test('a communauté de communes’ domain is its acronym glued to its name, not another body’s acronym in « cc »', () => {
  expect(classify({ name: 'Service Enfance Jeunesse CC Brie', email: 'sej@ccbrie.fr' })).toMatchObject({
    category: 'collectivite',
    tutelle: 'intercommunalite',
  });
  // A library of its network is funded by it.
  const library = classify({ name: 'Bibliothèque de Naours', website: 'https://bibliotheques.cctnp.fr/le-reseau' });
  expect([library.category, library.tutelle]).toEqual(['bibliotheque', 'intercommunalite']);
  for (const address of [
    'contact@ccasvaux.fr',
    'x@cci-paris.fr',
    'x@ccfdterresolidaire.org',
    'x@ccnrb.org',
    'x@ccm.fr',
  ]) {
    expect([address, cat('Les Tilleuls', { email: address })]).toEqual([address, 'autre']);
  }
});

test('a kind of place more than one body runs, then the authority that runs it, is that authority’s', () => {
  expectPlaced([
    ['École de musique de la ville de Vaux', 'mairie', 'commune'],
    ['Piscine de la communauté de communes du Val', 'collectivite', 'intercommunalite'],
    ['Épicerie sociale du CCAS', 'mairie', 'commune'],
    ['SSIAD du CCAS de Vaux', 'mairie', 'commune'],
    // The authority opening the part after a dash signs the place as its own, as a letter's heading does.
    ['École de musique - Mairie de Vaux', 'mairie', 'commune'],
    ['Pôle éducatif et culturel - Mairie de Vaux', 'mairie', 'commune'],
  ]);
  // Named after its town, not its authority, it stays what it is; so does what only associations are, what says
  // itself an association, and a place named after a street.
  expect(cat('École de musique de Vaux')).toBe('association');
  expect(cat('École de musique de la ville de Vaux (association)')).toBe('association');
  expect(cat('École de danse de la place de la Mairie')).toBe('association');
  expect(cat("École de danse de l'avenue de l'Hôtel de Ville")).toBe('association');
  expect(cat('Épicerie solidaire Les Tilleuls')).toBe('association');
  expect(cat('Amicale du personnel de la ville de Vaux')).toBe('association');
  // A trade run on solidarity is the association's, not the trade's.
  expect(cat('Laverie solidaire')).toBe('association');
});

test('a kind of place an authority’s word says it runs gives, with that word, the authority’s reasons and a sure answer', () => {
  expect(classify({ name: 'École de danse municipale' })).toMatchObject({
    category: 'mairie',
    tutelle: 'commune',
    reasons: ['« école de danse » en tête du nom', '« municipale » dans le nom'],
  });
  expect(classify({ name: 'École de danse municipale' }).confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
  // A town's service by its name, of another authority named, as well.
  expect(classify({ name: 'Service jeunesse du Conseil départemental' })).toMatchObject({
    category: 'collectivite',
    tutelle: 'departement',
    reasons: ['« service jeunesse » en tête du nom', '« conseil départemental » dans le nom'],
  });
  // « Région » further on is the authority when written with its capital in a name not in capitals; otherwise,
  // or when it is a place's region, a place.
  expect(classify({ name: 'Service jeunesse de la Région' })).toMatchObject({
    category: 'collectivite',
    tutelle: 'region',
    reasons: ['« service jeunesse » en tête du nom', '« région » dans le nom'],
  });
  expect(classify({ name: 'Médiathèque de la région de Vaux' }).tutelle).toBe('commune');
  expect(classify({ name: 'Office de tourisme de la Région de Vaux' }).tutelle).not.toBe('region');
  expect(classify({ name: 'Association de la Région de Vaux' }).category).toBe('association');
  // …and only after a head that says what the partner is: a shop's sign names no authority.
  expect(classify({ name: 'Les Saveurs de la Région' }).category).toBe('autre');
  // A cell of thousands of « … de la région » (51,000 characters) reads its capitalised words once: that took 618 ms.
  const cell = 'Service jeunesse de la région '.repeat(1700);
  expect(leastCpuMs(() => classify({ name: cell }))).toBeLessThan(300);
  expect(classify({ name: 'Crèche intercommunale' }).reasons).toEqual([
    '« intercommunale » dans le nom',
    '« crèche » en tête du nom',
  ]);
  // « Communautaire » weighs nothing of its own (a community's garden is no authority's): it says who runs only
  // an authority's kind of place.
  expect(classify({ name: 'Espace aquatique communautaire' })).toMatchObject({
    category: 'collectivite',
    tutelle: 'intercommunalite',
  });
  expect(cat('Centre culturel communautaire')).not.toBe('collectivite');
  expect(cat('Restaurant communautaire')).toBe('entreprise');
  expect(classify({ name: 'École de musique de la ville de Vaux' }).reasons).toEqual([
    '« école de musique » en tête du nom',
    '« ville de » dans le nom',
  ]);
});

test('when the front of the name says nothing, a kind written as a tag after it says what the partner is', () => {
  for (const [name, category] of [
    ['Dupont (entreprise)', 'entreprise'],
    ['Kodo (start-up)', 'entreprise'],
    ['Martin - boulangerie', 'entreprise'],
    ['Jean Martin, développeur web', 'entreprise'],
    ['Les Petits Codeurs - assoc.', 'association'],
  ]) {
    const found = classify({ name });
    expect([name, found.category, found.confidence >= LOW_CONFIDENCE]).toEqual([name, category, true]);
  }
  // A front that says what the partner is keeps its say (« Club photo », whatever the part after it).
  expect(cat('Club photo - Mairie de Vaux')).toBe('association');
  // A tag among thousands of groups in one cell is read in one pass.
  const cell = `Dupont ${'(x) '.repeat(11000)}(entreprise)`;
  expect(cat(cell)).toBe('entreprise');
  expect(leastCpuMs(() => cat(cell))).toBeLessThan(300);
});

test('« Centre de ressources » alone is a lead to check; the associations’ resource centre in full is sure', () => {
  const alone = classify({ name: 'Centre de ressources' });
  expect([alone.category, alone.confidence < LOW_CONFIDENCE]).toEqual(['maison_associations', true]);
  expect(classify({ name: 'Centre de ressources de la vie associative' }).confidence).toBeGreaterThanOrEqual(
    LOW_CONFIDENCE,
  );
  expect(cat('Centre de ressources associatives')).toBe('maison_associations');
});

test('a school or a library, then an association of its own after a dash, is that association; its carrier is not', () => {
  for (const name of [
    'Collège Jean Moulin - Foyer socio-éducatif',
    'Lycée Pasteur - Maison des lycéens',
    'École Jules Ferry - APE',
    'Lycée Voltaire - Association sportive',
    'Université de Créteil - BDE',
    'Médiathèque de Vaux - Les Amis de la médiathèque',
  ]) {
    expect([name, cat(name)]).toEqual([name, 'association']);
  }
  // The school's own unit stays the school; a label a directory lists first is carried by the body after it.
  expect(cat('Collège Pasteur - CDI')).toBe('etablissement_scolaire');
  expect(
    cat(
      "Centre de ressources et d'information des bénévoles (Crib) - Comité départemental olympique et sportif de l'Ain",
    ),
  ).toBe('maison_associations');
  expect(cat('Médiathèque de Vaux - Association Lire ensemble')).toBe('bibliotheque');
  // An authority's word that says who runs the place an authority opens the name with weighs nothing against it.
  expect(cat('Ville de Vaux - Fablab municipal')).toBe('epn');
});

test('a works council, a staff welfare committee and the register’s private 8xxx bodies are not the State', () => {
  // By legal category: mutual insurers and provident institutions, works councils, trade unions.
  for (const [legalCategory, category] of [
    ['8210', 'entreprise'],
    ['8250', 'entreprise'],
    ['8510', 'entreprise'],
    ['8310', 'entreprise'],
    ['8311', 'entreprise'],
    ['8410', 'association'],
    ['8420', 'association'],
    // Social security bodies (the CAF's own code), professional orders: public bodies of the State's.
    ['8110', 'collectivite'],
    ['8450', 'collectivite'],
  ]) {
    const found = classify({ name: 'LES TILLEULS', legalCategory });
    expect([legalCategory, found.category]).toEqual([legalCategory, category]);
    expect(found.tutelle).toBe(category === 'collectivite' ? 'etat' : 'prive');
  }
  // By name: a firm's works council is the firm's side; a staff welfare committee is the staff's association.
  expect(cat("Comité d'entreprise Renault")).toBe('entreprise');
  expect(classify({ name: 'CSE de la SNCF' })).toMatchObject({
    category: 'entreprise',
    reasons: ['« cse » (comité social et économique) en tête du nom'],
  });
  expect(classify({ name: 'CSE de la SNCF' }).confidence).toBeLessThan(LOW_CONFIDENCE);
  expect(classify({ name: 'COS du personnel de la mairie' })).toMatchObject({
    category: 'association',
    reasons: ['« cos du personnel » (comité des œuvres sociales du personnel) en tête du nom'],
  });
  // Further in, « COS » and « CSE » are only letters; without whose staff, « COS » is a firm's name as often.
  expect(cat('Mairie de Vaux - COS')).toBe('mairie');
  expect(cat('COS Informatique')).not.toBe('association');
  expect(cat('Cos Coiffure')).toBe('entreprise');
  expect(cat('Comité des fêtes')).toBe('association');
});

test('a cell of thousands of parts (a whole sheet cell, 50,000 characters) is read in one pass, not once per part', () => {
  const name = 'Mairie - '.repeat(5555);
  // When each part re-read the name before it, this took over 600 ms; now under 30.
  expect(classify({ name }).category).toBe('mairie');
  expect(leastCpuMs(() => classify({ name }))).toBeLessThan(300);
});

test('a street’s name further in a name says where too, after a comma or a dash', () => {
  expect(cat('Vaux, rue de la Mairie')).toBe('autre');
  expect(cat("Le Phare - 12 rue de l'École")).toBe('autre');
  // The place the name opens with is still what it is.
  expect(cat('Médiathèque, place de la Mairie')).toBe('bibliotheque');
  // Sports words that shops take too are leads, which a trade outweighs.
  expect(classify({ name: 'Vaux Athlé' }).confidence).toBeLessThan(LOW_CONFIDENCE);
  expect(cat('Échiquier Immobilier')).not.toBe('association');
});

test('a street’s, a site’s or a building’s name says where, not what the partner is', () => {
  for (const name of ['Parking de la Médiathèque', '12 rue de l’École', 'Place de la Mairie', 'Quartier des Écoles']) {
    expect(classify({ name }).category).toBe('autre');
  }
  // A kind the head itself names, a short form in parentheses, a part after a dash still count.
  expect(classify({ name: 'Résidence sociale Les Tilleuls' }).category).toBe('association');
  expect(classify({ name: 'Résidence Bretagne (CCAS)' }).category).toBe('mairie');
  expect(classify({ name: 'Quartier Libre - Centre social' }).category).toBe('centre_social');
});

test('a name shaped like a web address is a firm’s lead, and only when the suffix ends the word', () => {
  const web = 'nom en forme d’adresse web (.com, .net, .ai…)';
  expect(classify({ name: 'Dupont.com' })).toMatchObject({ category: 'entreprise', reasons: [web] });
  // « .comète » is a word, accented letters included.
  expect(classify({ name: 'Studio.comète' }).reasons).not.toContain(web);
});

test('a short word of an address counts where a word of the address starts, not inside another', () => {
  // « ibm-france.fr » is no town library (« bm-… »), « devsolutions.fr » no espace de vie sociale (« evs »),
  // « lepn.fr » no EPN, « scribe-editions.fr » no CRIB, « ensemble.fr » or « univers-jeux.fr » no university.
  for (const email of [
    'contact@ibm-france.fr',
    'contact@devsolutions.fr',
    'jean@lepn.fr',
    'contact@scribe-editions.fr',
    'contact@ensemble.fr',
    'contact@univers-jeux.fr',
    'contact@iutopia.fr',
    // An adjective is not the authority: « regionale-immobilier.fr », « departemental-taxis.fr ».
    'contact@regionale-immobilier.fr',
    'contact@departemental-taxis.fr',
    // A firm whose domain is the acronym alone, or ends with it: not a centre socioculturel.
    'jobs@csc.com',
    'contact@ibm-csc.fr',
    'contact@discsc.fr',
  ]) {
    expect(classify({ name: 'Les Tilleuls', email }).category).toBe('autre');
  }
  // The acronym alone as a web host is a firm's too; a web address's path is what follows its host.
  expect(cat('Les Tilleuls', { website: 'https://www.csc.com' })).toBe('autre');
  for (const email of ['kifekoi.csc@gmail.com', 'atelierfica@csc-vaux.org', 'csc@mairie-vaux.fr']) {
    expect(classify({ name: 'Les Tilleuls', email })).toMatchObject({ category: 'centre_social' });
  }
  expect(cat('Les Tilleuls', { email: 'accueil@maison-de-quartier-tilleuls.fr' })).toBe('centre_social');
  // A digital place's words as addresses write them.
  expect(cat('Les Tilleuls', { email: 'jean.dupont@conseiller-numerique.fr' })).toBe('epn');
  expect(cat('Les Tilleuls', { website: 'https://www.vaux.fr/vivre/mediation-numerique' })).toBe('epn');
  // A town's pages of associative life are its associations' house; one association's page in their directory
  // is that association's.
  expect(cat('Accueil', { website: 'https://www.vaux.fr/vie-associative' })).toBe('maison_associations');
  expect(cat('Accueil', { website: 'https://www.vaux.fr/vie-associative/annuaire' })).toBe('maison_associations');
  expect(cat('Les Tilleuls', { website: 'https://www.vaux.fr/vie-associative/annuaire/les-tilleuls' })).toBe('autre');
  expect(cat('Les Tilleuls', { email: 'cyberespace@vaux.fr' })).toBe('epn');
  expect(cat('Les Tilleuls', { email: 'lecturepublique@vaux.fr' })).toBe('bibliotheque');
  // An association's webmail, named so before the @; a firm's partners (« associes ») are not.
  for (const email of ['asso.lestilleuls@gmail.com', 'lestilleuls-asso@orange.fr', 'association.tilleuls@free.fr']) {
    expect(classify({ name: 'Les Tilleuls', email })).toMatchObject({ category: 'association', tutelle: 'prive' });
  }
  expect(cat('Les Tilleuls', { email: 'dupont.associes@gmail.com' })).toBe('autre');
  // A company's legal form as a word of the domain or before the @, not in a page's path.
  expect(classify({ name: 'Les Tilleuls', email: 'contact@lestilleuls-sarl.fr' })).toMatchObject({
    category: 'entreprise',
    reasons: ['forme de société dans l’adresse contact@lestilleuls-sarl.fr'],
  });
  expect(cat('Les Tilleuls', { website: 'https://www.sarl-dupont.fr' })).toBe('entreprise');
  expect(cat('Les Tilleuls', { website: 'https://www.vaux.fr/sas-de-decompression' })).toBe('autre');
  expect(cat('Les Tilleuls', { email: 'contact@sasha.fr' })).toBe('autre');
  expect(classify({ name: 'Les Tilleuls', website: 'https://www.ville-vaux.fr/espace-numerique' })).toMatchObject({
    category: 'epn',
    tutelle: 'commune',
  });
  expect(cat('Les Tilleuls', { email: 'contact@bm-vaux.fr' })).toBe('bibliotheque');
  expect(cat('Les Tilleuls', { website: 'https://bm.esterel-mediatem.fr/' })).toBe('bibliotheque');
  expect(cat('Les Tilleuls', { email: 'evs@lecausetoujours.fr' })).toBe('centre_social');
  expect(cat('Les Tilleuls', { email: 'contact@epn-vaux.fr' })).toBe('epn');
  expect(cat('Les Tilleuls', { email: 'crib@vaux.fr' })).toBe('maison_associations');
  for (const email of ['x@ens-lyon.fr', 'x@ensta.fr', 'x@univ-lyon1.fr', 'x@iut-velizy.fr', 'x@insa-lyon.fr']) {
    expect(classify({ name: 'Les Tilleuls', email })).toMatchObject({
      category: 'etablissement_scolaire',
      tutelle: 'etat',
    });
  }
});

test('a place whose domain is an association’s is the place, run by the association', () => {
  for (const [name, email, category] of [
    ['Médiathèque Valentin Haüy', 'mediatheque@avh.asso.fr', 'bibliotheque'],
    ['MJC Melun', 'mjc@melun.asso.fr', 'centre_social'],
    ['Ludothèque La Marelle', 'https://www.lamarelle.asso.fr', 'bibliotheque'],
  ]) {
    const facts = email.includes('@') ? { name, email } : { name, website: email };
    const result = classify(facts);
    expect(result).toMatchObject({ category, tutelle: 'prive' });
    expect(result.reasons).toContain('lieu tenu par une association (financeur privé)');
    expect(result.confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
  }
  // A domain named after an association says so, less surely than .asso.fr; before the @ it is only a lead.
  expect(classify({ name: 'Appuis', website: 'https://www.association-appuis.fr' })).toMatchObject({
    category: 'association',
    reasons: ['domaine associatif association-appuis.fr'],
  });
  expect(classify({ name: 'Les Communs', email: 'associationdescommuns@gmail.com' }).category).toBe('autre');
  // A bare name keeps the domain as its reason.
  expect(classify({ name: 'Les Tilleuls', email: 'contact@lestilleuls.asso.fr' }).tutelle).toBe('prive');
});

test.each([
  // A library's funding body is the level that runs it: the commune, the département, the intercommunalité.
  ['Médiathèque Jean Moulin', 'commune'],
  ['Bibliothèque départementale de prêt de la Creuse', 'departement'],
  ['Médiathèque départementale du Lot', 'departement'],
  ['Direction départementale du livre et de la lecture', 'departement'],
  ['Médiathèque Intercommunale du Castellas', 'intercommunalite'],
  // « communautaire »: the communauté's (of communes, d'agglomération), as the libraries' list writes it.
  ['Bibliothèque communautaire Charles de Villers', 'intercommunalite'],
  ['Centre social communautaire', 'intercommunalite'],
  // « intercommunal », « municipal » say who runs any place or service…
  ['Conservatoire intercommunal', 'intercommunalite'],
  ['Accueil de loisirs intercommunal', 'intercommunalite'],
  ['Conservatoire municipal', 'commune'],
  // A BTS section or a classe préparatoire is a lycée's, which the région funds.
  ['BTS SIO du lycée', 'region'],
  ['CPGE Lycée Jacques Amyot', 'region'],
  // « départemental » says the département runs the place…
  ['Bibliobus départemental', 'departement'],
  ['EPN départemental', 'departement'],
  // …not a conservatoire's grade, nor an association's reach.
  ['Conservatoire à rayonnement départemental', 'commune'],
  ['Comité départemental de judo', 'prive'],
  // …not an association's (a school of an art so said is the intercommunalité's, see above).
  ['Harmonie intercommunale', 'prive'],
  // The intercommunal CCAS is the intercommunalité's.
  ['CIAS du Pays de Meaux', 'intercommunalite'],
  ['CCAS de Melun', 'commune'],
  // The département's social centres, under their several names.
  ['Maison des solidarités de Lisieux', 'departement'],
  ['Maison départementale des personnes handicapées', 'departement'],
  ['Espace départemental des solidarités de Vire', 'departement'],
  ['BU Lettres', 'etat'],
  // A place that does not say who runs it is funded by the authority its name names…
  ['EPN de la communauté de communes du Val', 'intercommunalite'],
  ['Médiathèque du Département', 'departement'],
  // …an association is still private, and so is a private school, whatever its level.
  ['Comité des fêtes de la commune de Vire', 'prive'],
  ['Association Bibliothèque de Bessines', 'prive'],
  ['Collège privé Saint-Joseph', 'prive'],
  ['Lycée privé sous contrat La Salle', 'prive'],
  // A business school is an association's or a company's.
  ['École de Commerce de Savoie', 'prive'],
  ['École de management de Normandie', 'prive'],
  ['E P PR OR THORA', 'prive'],
  ['E E PU REUILLY', 'commune'],
  // « national », « universitaire » say the State runs the place…
  ['Bibliothèque nationale de France (BNF) – François-Mitterrand', 'etat'],
  ['Médiathèque Universitaire Paris Nanterre (BU)', 'etat'],
  ['Éducation nationale', 'etat'],
  // …not a body's reach, nor a school the State's administration is named after, nor a town hall on a road.
  ['Fédération nationale des centres sociaux', 'prive'],
  ['Collège Jean Moulin - Éducation nationale', 'departement'],
  ['Lycée Victor Hugo (Éducation nationale)', 'region'],
  ['Mairie - Route nationale', 'commune'],
  ['Mairie annexe de la Route départementale', 'commune'],
  // A place or a service « de la » communauté de communes is its own, by its short form or its acronym.
  ['ALSH de la CC du Val', 'intercommunalite'],
  ['ALSH de la CCPV', 'intercommunalite'],
  ['Médiathèque de la CCVHA', 'intercommunalite'],
  ['Comité de la CCFD', 'prive'],
])('%s is funded by %s', (name, tutelle) => {
  expect(classify({ name }).tutelle).toBe(tutelle);
});

test('« privé » says who runs a school, not that the partner is one', () => {
  expect(impliedBy('etablissement_scolaire', { name: 'École privée Sainte-Marie' }).tutelle).toBe('prive');
  expect(classify({ name: 'Garderie privée Les Lutins' }).reasons).toEqual([
    'aucun indice dans le nom, l’adresse ou les codes',
  ]);
  // A private crèche is a firm's, not a school nor the town's.
  expect(classify({ name: 'Crèche privée Les Lutins' }).reasons).toEqual(['« crèche privée » en tête du nom']);
});

test('a département’s, a région’s or a university’s domain says who funds the place', () => {
  const fablab = classify({ name: 'FabNLab de Clamecy', email: 'fabnlab@nievre.fr', website: 'http://www.cg58.fr/x' });
  expect([fablab.category, fablab.tutelle]).toEqual(['epn', 'departement']);
  expect(classify({ name: 'Jean Martin', email: 'jean.martin@departement77.fr' }).tutelle).toBe('departement');
  expect(classify({ name: 'Jean Martin', email: 'jean.martin@maregionsud.fr' }).tutelle).toBe('region');
  expect(classify({ name: 'Jean Martin', email: 'jean.martin@u-pec.fr' })).toMatchObject({
    category: 'etablissement_scolaire',
    tutelle: 'etat',
  });
});

test('a place at its authority’s address is the place, funded by that authority', () => {
  // The town's domain says who runs it, the address's own words what it is: the place, as in names.
  const library = classify({ name: 'Jean Moulin', email: 'mediatheque@ville-montivilliers.fr' });
  expect([library.category, library.tutelle]).toEqual(['bibliotheque', 'commune']);
  expect(library.reasons).toEqual(['« bibliothèque » dans l’adresse mediatheque@ville-montivilliers.fr']);
  expect(library.confidence).toBeLessThan(LOW_CONFIDENCE);
  // « bm@… »: the bibliothèque municipale's address; « bmw@ » is not.
  expect(cat('Relais de Neuvy-Grandchamp', { email: 'bm@gueugnon.net' })).toBe('bibliotheque');
  expect(cat('Relais de Neuvy-Grandchamp', { email: 'bmw@example.fr' })).toBe('autre');
  const epn = classify({ name: 'Jean Moulin', email: 'epn@agglo-melun.fr' });
  expect([epn.category, epn.tutelle]).toEqual(['epn', 'intercommunalite']);
  expect(cat('Centre Socil Jean Moulin', { email: 'centresocial@ville-montivilliers.fr' })).toBe('centre_social');
  // The name says the place, the council's domain who runs it.
  const lab = classify({ name: 'Parthlab', email: 'parthlab@cc-parthenay.fr' });
  expect([lab.category, lab.tutelle]).toEqual(['epn', 'intercommunalite']);
  // The authority's own services, and what is not one of its places, stay as they were.
  expect(cat('Service jeunesse', { email: 'jeunesse@ville-melun.fr' })).toBe('mairie');
  // The weightiest word of the address counts: the CCAS, not only the town's domain.
  expect(cat('Les Tilleuls', { email: 'ccas@ville-melun.fr' })).toBe('mairie');
  // A place the evidence could not name on its own does not take the town's address away.
  expect(cat('Les Tilleuls (privé)', { email: 'ccas@ville-melun.fr' })).toBe('mairie');
  expect(cat('Les Tilleuls', { email: 'contact@association-x.ville-melun.fr' })).toBe('autre');
  // « grand » opens an intercommunalité's domain, not one where it is an adjective in the middle.
  const csc = classify({ name: 'CSCS La Grande Bastide', website: 'https://csc-grande-bastide.com/' });
  expect([csc.category, csc.tutelle]).toEqual(['centre_social', 'commune']);
  expect(classify({ name: 'Les Tilleuls', email: 'contact@grandlyon.com' }).reasons).toContain(
    'domaine d’intercommunalité grandlyon.com',
  );
  // A communauté urbaine's domain (« cu-alencon.fr ») as a communauté d'agglomération's: its library is its own.
  const aveline = classify({ name: 'MEDIATHEQUE Aveline', website: 'https://mediatheques.cu-alencon.fr/' });
  expect([aveline.category, aveline.tutelle]).toEqual(['bibliotheque', 'intercommunalite']);
  // The national health insurance's domain is the State's, as the CAF's is.
  expect(cat('Les Tilleuls', { website: 'https://www.ameli.fr/' })).toBe('collectivite');
  expect(cat('Les Tilleuls', { email: 'info@aveyron.cci.fr' })).toBe('collectivite');
  expect(cat('Les Tilleuls', { email: 'contact@dupont-cci.fr' })).toBe('autre');
  // The town's own subdomain is its domain too, a lead for a bare name.
  expect(classify({ name: 'Espace Welcome', email: 'espace.welcome@ville.angers.fr' }).reasons).toEqual([
    'indices trop faibles ou partagés : Mairie et services municipaux',
    'domaine municipal ville.angers.fr',
  ]);
  // The town's page of the place says what it is, the words hyphenated as addresses write them.
  expect(
    cat("Ferme de l'Hôpital", {
      email: 'accueil.ferme@ville-epernay.fr',
      website: 'https://epernay.fr/sortir-bouger/activites-socio-culturelles/la-ferme-de-lhopital',
    }),
  ).toBe('centre_social');
});

test('an at sign reads as the « a » it stands for, but an e-mail address in a name stays an address', () => {
  expect(nameTokens('Salle Multimédi@').words).toEqual(['salle', 'multimedia']);
  expect(nameTokens('Espace @telier').words).toEqual(['espace', 'atelier']);
  expect(nameTokens('Fablab contact@fablab-melun.fr').words).toEqual(['fablab', 'contact', 'fablab', 'melun', 'fr']);
});

test('a number opening a name (a département’s, in directories) is not its head noun', () => {
  const library = classify({ name: '26 - Médiathèque départementale Drôme des Collines' });
  expect([library.category, library.reasons[0]]).toEqual([
    'bibliotheque',
    '« médiathèque départementale » en tête du nom',
  ]);
  expect(library.confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
  expect(classify({ name: '3615' }).category).toBe('autre');
});

test('an accented name reads as the same name unaccented, its words as written keeping their accents', () => {
  const names = [LABELLED, UNSEEN, UNSEEN_COMPANIES, SAME_SOURCES, SUBSIDISED_ASSOCIATIONS].flatMap((file) => {
    const table = parseCsv(readFileSync(file, 'utf8'));
    return table.records.map((record) => record.fields[table.header.indexOf('name')]);
  });
  const accented = [...names, 'Me\u0301diathe\u0300que du Lilas', 'ÉCOLE ÉLÉMENTAIRE Ōtsuka', 'Ærø Œuvre'].filter(
    (name) => !isAscii(name),
  );
  expect(accented.length).toBeGreaterThan(300);
  for (const name of accented) {
    const unaccented = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const { words, written } = nameTokens(name);
    // Ligatures (« Œuvre ») read as their letters, whether the name is accented or not.
    expect(words).toEqual(nameTokens(unaccented).words);
    // The words as written are the same words, at the same places, accents and case aside.
    expect(written.map((w) => foldWord(w).replace(/[^a-z0-9]/g, ''))).toEqual(words);
  }
  expect(nameTokens('ÉCOLE Élémentaire du Château').written).toEqual(['ÉCOLE', 'Élémentaire', 'du', 'Château']);
  expect(nameTokens('Me\u0301diathe\u0300que').written).toEqual(['Médiathèque']);
});

test('a reading or a village school’s « pôle éducatif » alone is a lead to check, which a stronger word outweighs', () => {
  expectPlaced([
    ['Bailly Lecture', 'bibliotheque', 'commune'],
    ['Brin de lecture', 'bibliotheque', 'commune'],
    ['PÖLE EDUCATIF DU VAL DE GARTEMPE', 'etablissement_scolaire', 'commune'],
    ['Pôle éducatif municipal', 'mairie', 'commune'],
  ]);
  expect(classify({ name: 'Bailly Lecture' }).confidence).toBeLessThan(LOW_CONFIDENCE);
  expect(classify({ name: 'Pôle éducatif Jean Zay' }).confidence).toBeLessThan(LOW_CONFIDENCE);
  expect(cat('Club de lecture de Vaux')).toBe('association');
  expect(cat('Librairie Lecture et Compagnie')).toBe('entreprise');
  expect(cat('Association Pôle éducatif')).toBe('association');
});

test('the names bodies had before, still on old lists, and the bodies as an English-speaking volunteer types them', () => {
  expectPlaced([
    ['Bureau d’aide sociale', 'mairie', 'commune'],
    ['District urbain de Vaux', 'collectivite', 'intercommunalite'],
    ['Communauté de villes du Val', 'collectivite', 'intercommunalite'],
    ['DDJS de Seine-et-Marne', 'collectivite', 'etat'],
    ['DDCSPP de l’Aube', 'collectivite', 'etat'],
    ['DRJSCS Occitanie', 'collectivite', 'etat'],
    ['Bibliothèque centrale de prêt de l’Yonne', 'bibliotheque', 'departement'],
    ['Vaux City Council', 'mairie', 'commune'],
    ['Municipality of Vaux', 'mairie', 'commune'],
    ['Youth Center of Vaux', 'centre_social', 'commune'],
    ['Vaux Social Center', 'centre_social', 'commune'],
    ['Vaux Media Library', 'bibliotheque', 'commune'],
    ['Vaux Associations House', 'maison_associations', 'commune'],
    ['Regional Council of Île-de-France', 'collectivite', 'region'],
    ['Departmental Council of Seine-et-Marne', 'collectivite', 'departement'],
    ['Vaux Chamber of Commerce', 'collectivite', 'etat'],
    ['Vaux Charity', 'association', 'prive'],
    ['Vaux Non-profit', 'association', 'prive'],
  ]);
});

test('a librarian typed with the place they work at is that place; with the town that employs them, its library', () => {
  expectPlaced([
    ['Bibliothécaire du collège Jean Moulin', 'etablissement_scolaire', 'departement'],
    ['Bibliothécaire - Centre social Les Tilleuls', 'centre_social', 'commune'],
    ['Bibliothécaire de la médiathèque - Mairie de Vaux', 'bibliotheque', 'commune'],
    ['Bibliothécaires de la ville de Vaux', 'bibliotheque', 'commune'],
    ['Mme Martin, bibliothécaire', 'bibliotheque', 'commune'],
  ]);
  // Where a digital mediator holds their drop-in hours is a place of digital mediation, whoever hosts it.
  expect(cat('Conseillère numérique de la médiathèque')).toBe('epn');
});

test('overseas, the general social security fund is the State’s, as the CAF and the CPAM are', () => {
  expect(placed('CGSS Martinique')).toEqual(['CGSS Martinique', 'collectivite', 'etat']);
  expect(cat('Caisse générale de sécurité sociale de la Guadeloupe')).toBe('collectivite');
});

test('an industry’s works opening a name is a firm; after an article or further on, a venue or a subject', () => {
  for (const name of ['FONDERIE MARTIN', 'SCIERIE DU VAL', 'USINAGE DE PRECISION DUPONT', 'Distillerie de la Vallée']) {
    expect(placed(name)).toEqual([name, 'entreprise', 'prive']);
  }
  for (const name of ['La Filature', 'Les Abattoirs', 'Écomusée de la laiterie', 'Syndicat des vignobles du Val']) {
    expect([name, cat(name)]).not.toEqual([name, 'entreprise']);
  }
  expect(cat('Lycée des métiers de la maroquinerie')).toBe('etablissement_scolaire');
  // « Point d'accès au numérique », as the State's directory writes it too.
  expect(cat("Point d'accès au numérique")).toBe('epn');
});

test('the département’s own museums and laboratory are the département’s', () => {
  for (const name of ['Musée départemental de la Préhistoire', "Laboratoire départemental d'analyses"]) {
    expect(placed(name)).toEqual([name, 'collectivite', 'departement']);
  }
  // « Départemental » alone still names no kind of place (a library network's « Antenne départementale »).
  expect(cat('Antenne départementale de Vaux')).toBe('autre');
});

test('social landlords that are companies, and a building’s managing agent, are firms', () => {
  for (const name of [
    'Coopérative HLM du Val',
    'Entreprise sociale pour l’habitat du Val',
    'Syndic de copropriété Dupont',
  ]) {
    expect(placed(name)).toEqual([name, 'entreprise', 'prive']);
  }
  expect(cat("Office public de l'habitat de Vaux")).toBe('collectivite');
});

test('the libraries’ catalogue hosts, a community centre’s mailbox and a maison des associations’ domain', () => {
  for (const website of [
    'https://vaux.bibli.fr',
    'https://vaux.bibenligne.fr/',
    'https://vaux.c3rb.org/',
    'https://vaux.opac-x.fr/',
  ]) {
    expect([website, cat('Les Tilleuls', { website })]).toEqual([website, 'bibliotheque']);
  }
  expect(cat('Les Tilleuls', { email: 'centre.social@vaux.fr' })).toBe('centre_social');
  // The associations' house's own domain is not an association's.
  expect(cat('Les Tilleuls', { website: 'https://www.maisondesassociations-vaux.fr' })).toBe('maison_associations');
  expect(cat('Les Tilleuls', { website: 'https://www.association-lestilleuls.fr' })).toBe('association');
  // Not a word that only starts so.
  expect(cat('Les Tilleuls', { website: 'https://www.opacite.fr' })).toBe('autre');
});

test('in a name written in capitals, a word in parentheses is its short form only if its letters open the name’s words', () => {
  expect(parenthesisedAcronyms('CENTRE COMMUNAL D ACTION SOCIALE (CCAS)')).toEqual(['ccas']);
  expect(parenthesisedAcronyms('MAISON FRANCE SERVICES DE VAUX (MAIRIE)')).toEqual([]);
  expect(parenthesisedAcronyms('Maison France Services de Vaux (CIO)')).toEqual(['cio']);
  expect(cat('MAISON FRANCE SERVICES DE VAUX (MAIRIE)')).toBe(cat('Maison France Services de Vaux (mairie)'));
  // A cell of thousands of groups in capitals (50,000 characters) is read once, not once per group: that took 580 ms.
  const cell = Array.from({ length: 2700 }, (_, i) => `MAISON ${i} (CCAS)`).join(' ');
  expect(leastCpuMs(() => parenthesisedAcronyms(cell))).toBeLessThan(100);
});

test('a cell of thousands of phrases is read in one pass: each word serves one phrase, looked up once', () => {
  // 16,600 « AS » (50,000 characters): the phrases found were compared each with every one kept, 290 ms.
  const cell = 'AS '.repeat(16600);
  expect(leastCpuMs(() => classify({ name: cell }))).toBeLessThan(150);
});

test('« Ste » before a saint’s name is « Sainte », no company', () => {
  expect(cat('Ste Geneviève des Bois - Médiathèque')).toBe('bibliotheque');
  expect(cat('STE MARIE AUX MINES - CENTRE SOCIAL')).toBe('centre_social');
  expect(cat('Ste Foy Basket')).toBe('association');
  expect(cat('Ste Marie Lycée privé')).toBe('etablissement_scolaire');
  expect(cat('STE GENEVIEVE DES BOIS')).toBe('autre');
  // A company all the same before a surname.
  expect(cat('STE DUPONT ET FILS')).toBe('entreprise');
});

test('places of worship, their communities and youth clubs are associations’ leads', () => {
  for (const name of [
    'Centre culturel islamique de Vaux',
    'Communauté juive de Vaux',
    'Consistoire israélite',
    'Patronage Saint-Joseph',
    'Maison paroissiale',
  ]) {
    expect(placed(name)).toEqual([name, 'association', 'prive']);
  }
  expect(classify({ name: 'Patronage Saint-Joseph' }).confidence).toBeLessThan(LOW_CONFIDENCE);
  expect(cat('Éclaireuses éclaireurs de France - groupe de Vaux')).toBe('association');
});

test('an e-mail address typed in the name’s column is read as the address, its mailbox no head noun', () => {
  expect(cat('accueil@cc-duval.fr')).not.toBe('association');
  expect(classify({ name: 'ce.0771234a@ac-creteil.fr' }).category).toBe('etablissement_scolaire');
  expect(classify({ name: 'mediatheque@ville-vaux.fr' })).toMatchObject({
    category: 'bibliotheque',
    tutelle: 'commune',
  });
  expect(cat('lestilleuls.asso@gmail.com')).toBe('association');
  // A web address's words are read as a name's too.
  expect(classify({ name: 'www.mjc-lilas.fr' }).confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
  // The row's own address comes first.
  expect(cat('contact@mjc-lilas.fr', { email: 'mediatheque@vaux.fr' })).toBe('bibliotheque');
});

test('the département’s housing advice body is an association; a BTS section in full is a lycée’s', () => {
  for (const name of ['ADIL 77', "Agence départementale d'information sur le logement de Seine-et-Marne"]) {
    expect(placed(name)).toEqual([name, 'association', 'prive']);
  }
  expect(cat('Agence départementale du tourisme')).toBe('collectivite');
  expect(placed('Section de technicien supérieur')).toEqual([
    'Section de technicien supérieur',
    'etablissement_scolaire',
    'region',
  ]);
});

test('a town’s other sports halls and grounds are its leads, as its gymnasium is', () => {
  for (const name of ['Salle omnisports', 'Boulodrome municipal', 'Base nautique de Vaux']) {
    expect(placed(name)).toEqual([name, 'mairie', 'commune']);
  }
  expect(cat('Base nautique de la communauté de communes du Val')).toBe('collectivite');
});

test('employers’ and tradesmen’s bodies are associations; the professions’ orders are the State’s', () => {
  for (const name of [
    'Union des entreprises de Seine-et-Marne',
    'Groupement des entreprises du Val',
    'Chambre syndicale de la boulangerie',
    "Plateforme d'initiative locale du Val",
  ]) {
    expect(placed(name)).toEqual([name, 'association', 'prive']);
  }
  expect(placed('Ordre des avocats du barreau de Melun')).toEqual([
    'Ordre des avocats du barreau de Melun',
    'collectivite',
    'etat',
  ]);
});

test('a town’s registry, planning and local democracy services, and « colège » as it is often typed', () => {
  for (const name of ['État civil de Vaux', 'Service état civil', 'Service urbanisme', 'Service démocratie locale']) {
    expect(placed(name)).toEqual([name, 'mairie', 'commune']);
  }
  expect(cat('Préfecture - État civil')).toBe('collectivite');
  expect(placed('Colège Jean Moulin')).toEqual(['Colège Jean Moulin', 'etablissement_scolaire', 'departement']);
});

test('a firm’s crèche for its staff is the firm’s lead, as a micro-crèche', () => {
  expect(placed("Crèche d'entreprise Les Bambins")).toEqual(["Crèche d'entreprise Les Bambins", 'entreprise', 'prive']);
  expect(cat('Crèche municipale Les Lutins')).toBe('mairie');
});

test('a network of reciprocal exchange of knowledge is an association', () => {
  expect(placed("Réseau d'échanges réciproques de savoirs")).toEqual([
    "Réseau d'échanges réciproques de savoirs",
    'association',
    'prive',
  ]);
});

test('the département’s social territories and its service of the collèges, the région’s of the lycées', () => {
  for (const name of [
    "Territoire d'action sociale du Val",
    'UTAS Nord',
    'Service social départemental',
    'Service des collèges du Département',
  ]) {
    expect(placed(name)).toEqual([name, 'collectivite', 'departement']);
  }
  expect(placed('Direction des lycées de la Région')).toEqual([
    'Direction des lycées de la Région',
    'collectivite',
    'region',
  ]);
  expect(cat('Collège Jean Moulin')).toBe('etablissement_scolaire');
});
