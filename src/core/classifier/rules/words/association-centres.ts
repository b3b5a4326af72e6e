import type { WordRule } from '../word-rule';

/** Maisons des associations and association resource centres (`maison_associations`). */
export const ASSOCIATION_CENTRE_WORDS: WordRule[] = [
  {
    category: 'maison_associations',
    phrases: [
      'maison des associations',
      // A village's house where its associations meet.
      'foyer des associations',
      'maison de la vie associative',
      'maison des asso',
      'maison des assos',
      'maison de la vie asso',
      'maison des associations et de la vie associative',
      'vie associative',
      // What towns of Alsace and Lorraine still call it.
      'maison des societes',
      'crib',
      'centre de ressources et d information des benevoles',
      'point d appui a la vie associative',
      'pava',
      'centre de ressources associatif',
      'centre de ressources associatives',
      'centre de ressources de la vie associative',
      'mda',
      'maison du benevolat',
      'benevolat',
      'guid asso',
      'guide asso',
      'maison de l association',
      'espace associatif',
      'pole associatif',
      // The same house under the names some towns give it (« Cité des associations », « Carré des associations »).
      'cite des associations',
      'carre des associations',
      'carrefour des associations',
      'espace des associations',
      'pole des associations',
      'hotel des associations',
      'centre associatif',
      // The town's desk and yearly fair for its associations, which the same house often runs.
      // As an English-speaking volunteer types it (« Vaux Associations House »).
      'associations house',
      'house of associations',
      'guichet des associations',
      'guichet unique des associations',
      'forum des associations',
      'village des associations',
    ],
    weight: 3.5,
    tutelle: 'commune',
  },
  // « Centre de ressources » alone is the associations' as often as a policy's, a health network's or a
  // profession's (« … politique de la ville », « … autisme »): a lead to check.
  {
    category: 'maison_associations',
    phrases: ['centre de ressources'],
    weight: 2.4,
    tutelle: 'commune',
    noHeadBonus: true,
  },
];
