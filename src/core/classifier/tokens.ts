/**
 * How a name (or a postal address) is cut into words: accents folded, dotted acronyms joined,
 * the head noun found after its articles.
 */

import { repairEncoding } from '../encoding-repair';
import { foldWord, isAscii } from '../text';

// A space after a dot only before another lone letter (« M. J. C. »): « I.U.T. d’Aix » is « IUT », then « d ».
// Lone letters: not the end of an accented word (« Éc. élém. J. Ferry » is « élém », then « J »).
const DOTTED_ACRONYM =
  /(?<![\p{L}\p{N}])(?:[A-Za-z]\.(?: (?=[A-Za-z](?:\.|(?![\p{L}'’]))))?)+[A-Za-z](?![\p{L}\p{N}])\.?/gu;

/**
 * Three capitals or more, each a word of its own (« C C A S DE MELUN », « M J C »): an acronym as exports
 * space it out. Not two: a person's initials (« École J B Say », « Collège J J Rousseau »).
 */
const SPACED_ACRONYM = /(?<![\p{L}\p{N}])[A-Z](?: [A-Z]){2,}(?![\p{L}\p{N}])/gu;

/** "M.J.C." or "M. J. C." → "MJC"; a word written right after the last dot stays a word ("E.E.PU" → "EE PU"). */
function joinAcronym(acronym: string, offset: number, whole: string): string {
  const next = whole.charCodeAt(offset + acronym.length);
  const letterFollows = (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
  return acronym.replace(/[. ]/g, '') + (letterFollows ? ' ' : '');
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const COMBINING_MARK = /[\u0300-\u036f]/;
const NON_ASCII = /[\u0080-\uffff]/g;

/**
 * Accented Latin letters and their base letter, as Unicode decomposes them (« é » → « e »), one letter for
 * one so that words keep their places. Read from Unicode once, rather than normalising every accented name.
 */
const BASE_LETTER = new Map<string, string>();
for (let code = 0xc0; code <= 0x24f; code++) {
  const letter = String.fromCharCode(code);
  const base = letter.normalize('NFD').replace(COMBINING_MARKS, '');
  if (base.length === 1 && isAscii(base)) BASE_LETTER.set(letter, base);
}

/** The base letter of an accented one; any other character as it is (« œ », « ß », a Chinese one). */
function foldLetter(letter: string): string {
  return BASE_LETTER.get(letter) ?? letter;
}

const LEADING_ARTICLES = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'the']);

/** The escapes of HTML that names copied from web pages carry. */
const HTML_ESCAPES = /&(?:amp|#0*38|apos|#0*39|rsquo|#0*8217|quot|#0*34|nbsp|#0*160);/g;

function htmlCharacter(entity: string): string {
  if (/amp|38/.test(entity)) return '&';
  if (/quot|34/.test(entity)) return '"';
  if (/nbsp|160/.test(entity)) return ' ';
  return '’';
}

/**
 * An at sign next to a letter (« Multimédi@ », « Observ@toire », « @telier »), unless a domain follows it
 * (« contact@fablab.fr » is an address).
 */
const AT_SIGN_FOR_A = /(?<=\p{L})@(?![\p{L}\p{N}-]*\.\p{L})|@(?=\p{L})(?![\p{L}\p{N}-]*\.\p{L})/gu;

/** Capitals, then two or three digits, as a whole word. */
const ACRONYM_AND_NUMBER = /\b([A-Z]{2,})(\d{2,3})\b/;
const ACRONYM_AND_NUMBER_ALL = new RegExp(ACRONYM_AND_NUMBER.source, 'g');

/**
 * Words of a name (or a postal address) as written and normalised, dotted acronyms joined ("M.J.C." →
 * "mjc", "I.U.T" → "iut").
 */
export function nameTokens(name: string): { words: string[]; written: string[] } {
  // « MÃ©diathÃ¨que », « M�diath�que »: a list opened in the wrong encoding, read as it was written.
  const readable = repairEncoding(name);
  // « Multimédi@ », « Observ@toire »: digital places write the « a » as an at sign.
  const spelt = readable.includes('@') ? readable.replace(AT_SIGN_FOR_A, 'a') : readable;
  const dotted = spelt.includes('.') ? spelt.replace(DOTTED_ACRONYM, joinAcronym) : spelt;
  // « Dupont & Fils », « Martin & Associés »: the ampersand is a word; so it is as a web page escapes it
  // (« Dupont &amp; Fils »), and an escaped apostrophe is one (« L&#39;Atelier »).
  const joined = dotted.includes('&') ? dotted.replace(HTML_ESCAPES, htmlCharacter).replace(/&/g, ' et ') : dotted;
  // « CIDFF62 », « UDAF93 »: an acronym and its département's number, written as one word.
  const text = ACRONYM_AND_NUMBER.test(joined) ? joined.replace(ACRONYM_AND_NUMBER_ALL, '$1 $2') : joined;
  // « C C A S DE MELUN »: an acronym spaced out, looked for where three capitals follow each other so.
  const spaced = THREE_CAPITALS_SPACED.test(text)
    ? text.replace(SPACED_ACRONYM, (acronym) => acronym.replace(/ /g, ''))
    : text;
  return wordsOf(spaced);
}

const THREE_CAPITALS_SPACED = /[A-Z] [A-Z] [A-Z]/;

/** The words of a text made ready: folded, and as written. */
function wordsOf(text: string): { words: string[]; written: string[] } {
  // Most names are plain ASCII: one native match, and the words as written are the words, case aside
  // (reasons quote them in lower case).
  if (isAscii(text)) {
    const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    return { words, written: words };
  }
  // Accents typed as combining marks become the accented letters they are.
  const composed = COMBINING_MARK.test(text) ? text.normalize('NFC') : text;
  const folded = composed.replace(NON_ASCII, foldLetter);
  const written: string[] = [];
  const words: string[] = [];
  if (isAscii(folded)) {
    // Only accented Latin letters, each folded in place: the words as written are at the same places.
    const word = /[a-z0-9]+/g;
    const lower = folded.toLowerCase();
    for (let m = word.exec(lower); m; m = word.exec(lower)) {
      words.push(m[0]);
      written.push(composed.slice(m.index, m.index + m[0].length));
    }
    return { words, written };
  }
  for (const token of composed.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const word = isAscii(token) ? token.toLowerCase() : foldWord(token).replace(/[^a-z0-9]/g, '');
    if (!word) continue;
    written.push(token);
    words.push(word);
  }
  return { words, written };
}

/**
 * The words (as `nameTokens` folds them) written with a capital and the rest in small letters, in a name that is
 * not all in capitals, whose case then says nothing (« … de la Région » is the authority, « … de la région » a
 * place).
 */
export function capitalisedWords(name: string): Set<string> {
  const words = new Set<string>();
  if (name === name.toUpperCase()) return words;
  for (const written of name.matchAll(CAPITALISED_WORD)) words.add(foldWord(written[0]));
  return words;
}

const CAPITALISED_WORD = /\p{Lu}\p{Ll}+/gu;

/** Whether the name opens with an article (« La Filature », « Les Abattoirs », « The Factory »). */
export function opensWithArticle(words: string[]): boolean {
  return words.length > 1 && LEADING_ARTICLES.has(words[0]);
}

/**
 * Where the head noun is: after the articles, and after a number that opens the name — the
 * département's that directories put first (« 26 - Médiathèque départementale… », « 13 ASSOCIATION… »).
 */
export function headIndex(words: string[], from = 0): number {
  let i = from;
  while (i < words.length - 1 && (LEADING_ARTICLES.has(words[i]) || isNumber(words[i]))) i++;
  return i;
}

function isNumber(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return word.length > 0;
}

/**
 * Acronyms of three letters or more written alone in parentheses: the name's own short form
 * (« Centre d'information et d'orientation (CIO) - Le Tampon »), which counts as its head. In a name written in
 * capitals, a word in parentheses is one only if its letters open the words before it (since the group before),
 * in order (« CENTRE COMMUNAL D ACTION SOCIALE (CCAS) »): « MAISON FRANCE SERVICES DE VAUX (MAIRIE) » says where,
 * in capitals. Each stretch of the name is read once (a cell may hold thousands of groups).
 */
export function parenthesisedAcronyms(name: string): string[] {
  if (!name.includes('(')) return [];
  const inCapitals = name === name.toUpperCase();
  const found: string[] = [];
  let from = 0;
  for (const m of name.matchAll(/\(\s*([A-Za-z][A-Za-z.]{2,9})\s*\)/g)) {
    const before = name.slice(from, m.index);
    from = m.index + m[0].length;
    const letters = m[1].replace(/\./g, '');
    if (letters.length < 3 || letters !== letters.toUpperCase()) continue;
    if (inCapitals && !opensTheWords(letters, nameTokens(before).words)) continue;
    found.push(letters.toLowerCase());
  }
  return found;
}

/** Whether the letters of an acronym open words of the name, in order (« CCAS »: Centre Communal … Action Sociale). */
function opensTheWords(acronym: string, words: string[]): boolean {
  const letters = acronym.toLowerCase();
  let k = 0;
  for (let w = 0; w < words.length && k < letters.length; w++) if (words[w][0] === letters[k]) k++;
  return k === letters.length;
}
