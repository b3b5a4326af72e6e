import type { WordRule } from '../word-rule';

/** Libraries and médiathèques (`bibliotheque`), and whose they are. */
export const LIBRARY_WORDS: WordRule[] = [
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
      'mediabus',
      // A lending library of artworks, most often the town's médiathèque's.
      'artotheque',
      // A lending library of films, a mobile toy library.
      'videotheque',
      'ludomobile',
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
      // The small places of a libraries network (« Pôle-lecture de Bonnétable », « Dépôt de livres »).
      'pole lecture',
      'espace lecture',
      'salle de lecture',
      'depot de livres',
      'depot de lecture',
      'point livres',
      'maison de la lecture',
      'reseau des bibliotheques',
      'reseau des mediatheques',
      'bibli',
      'mediath',
      // As an English-speaking volunteer writes it.
      'public library',
      'media library',
    ],
    weight: 3,
  },
  // A librarian typed in place of the library (« Mme Martin, bibliothécaire »), or of the school they work at.
  { category: 'bibliotheque', phrases: ['bibliothecaire', 'bibliothecaires'], weight: 3, personsJob: true },
  // « BMVR de Nice »: a town's library with a region's mission, the town's all the same.
  { category: 'bibliotheque', phrases: ['bib', 'bm', 'bmvr'], weight: 3, headOnly: true },
  // The département's library (« bibliothèque départementale de prêt ») and the intercommunalité's.
  {
    category: 'bibliotheque',
    phrases: [
      'bdp',
      'bibliotheque departementale',
      // Its name until the 1990s, still on old lists.
      'bibliotheque centrale de pret',
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
  // A documentation centre: a library of a kind, which a town, a school, a hospital or a firm may keep (not the
  // associations' « centre de ressources »): a lead to check.
  {
    category: 'bibliotheque',
    phrases: [
      'centre de documentation',
      'centre documentaire',
      'centre de ressources documentaires',
      'centre de ressources documentaire',
    ],
    weight: 2.4,
    noHeadBonus: true,
  },
  // « Bailly Lecture », « Brin de lecture »: a village's library is often called by its reading alone; a reading
  // club or a bookshop says so too, so a lead to check.
  { category: 'bibliotheque', phrases: ['lecture'], weight: 2.4, noHeadBonus: true },
];
