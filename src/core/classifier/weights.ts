/**
 * What evidence must weigh for the classifier to answer, and what the head of a name adds.
 */

/** Below this score the evidence is too weak to answer anything but `autre`. */
export const MIN_SCORE = 2.4;
/** The winner must lead the runner-up by this much, or the answer is `autre`. */
export const MIN_MARGIN = 1;
/** A phrase that opens the name counts this many times: in French the head noun says what a body is. */
export const HEAD_BONUS = 2;
/** What a legal form weighs for its own category: more than any one word. */
export const FORM_WEIGHT = 4;
/**
 * What an activity code weighs when it names a kind of establishment (a library, a school): within what the
 * legal form allows, it says what the partner is. A code of a field (« action sociale ») only weighs.
 */
export const KIND_CODE_WEIGHT = 5;
