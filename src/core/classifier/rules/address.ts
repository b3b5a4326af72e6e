import type { WordRule } from './word-rule';

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
