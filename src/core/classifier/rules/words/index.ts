/**
 * Words in the name, one module per category. The order matters: when two rules
 * match the same words equally, the one listed first is kept.
 */
import type { WordRule } from '../word-rule';
import { ASSOCIATION_CENTRE_WORDS } from './association-centres';
import { ASSOCIATION_WORDS } from './associations';
import { AUTHORITY_WORDS } from './authorities';
import { COMMUNITY_CENTRE_WORDS } from './community-centres';
import { COMPANY_WORDS } from './companies';
import { DIGITAL_SPACE_WORDS } from './digital-spaces';
import { LIBRARY_WORDS } from './libraries';
import { SCHOOL_WORDS } from './schools';
import { TOWN_HALL_WORDS } from './town-halls';

/** Words in the name. */
export const NAME_RULES: WordRule[] = [
  ...LIBRARY_WORDS,
  ...TOWN_HALL_WORDS,
  ...COMMUNITY_CENTRE_WORDS,
  ...DIGITAL_SPACE_WORDS,
  ...SCHOOL_WORDS,
  ...AUTHORITY_WORDS,
  ...ASSOCIATION_WORDS,
  ...ASSOCIATION_CENTRE_WORDS,
  ...COMPANY_WORDS,
];
