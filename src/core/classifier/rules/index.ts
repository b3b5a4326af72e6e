/**
 * The evidence the classifier weighs. Rules speak of words, acronyms, legal forms, domains, codes
 * and shapes — never of a particular organisation. Phrases are written normalised (see
 * text.normalize: lower case, no accents); `head` rules count more when they open the name, since in
 * French the head noun comes first ("Association des parents d'élèves de l'école…" is an association).
 * One module per kind of evidence; the words of names, one per category.
 */
export { ABBREVIATIONS, MISSPELT_HEAD_NOUNS } from './abbreviations';
export { ADDRESS_RULES } from './address';
export { type CodeRule, FORM_RULES, type FormRule, NAF_RULES } from './codes';
export { DOMAIN_RULES, type DomainRule } from './domains';
export { SHAPE_RULES, type ShapeRule } from './shapes';
export type { WordRule } from './word-rule';
export { NAME_RULES } from './words';
