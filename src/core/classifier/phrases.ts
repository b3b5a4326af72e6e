/**
 * The phrases of the word rules, indexed once, and found in the words of a name or an address.
 */

import { ABBREVIATIONS, ADDRESS_RULES, MISSPELT_HEAD_NOUNS, NAME_RULES, type WordRule } from './rules';

/**
 * Words an affix rule must not catch ("lab*" is not "labo" or "label", "proto*" not "protocole" or
 * "protection", "*dis" not "paradis").
 */
const AFFIX_EXCEPTIONS =
  /^(labo|label|labour|labyrinth|protoco|protect|protest|proteg|protag)|^(paradis|jadis|tandis)$/;

interface CompiledPhrase {
  words: string[];
  /** "fab*": a word starting so; "*lab": a word ending so. */
  affix?: 'prefix' | 'suffix';
  rule: WordRule;
  text: string;
  /** How an abbreviation reads in full, for the reason. */
  meaning?: string;
}

/** Phrases of a rule list, indexed for a fast scan of long lists. */
interface PhraseIndex {
  /**
   * First word of the phrase → phrases starting with it. A phrase of two words or more that opens with a
   * plural is found from its singular too (« Pompe funèbre », « Parent d'élève »), not a word alone
   * (« Service » is not the firms' « services »).
   */
  byFirstWord: Map<string, CompiledPhrase[]>;
  affixes: CompiledPhrase[];
  /** Any affix at all: one native test rules out most words before the affixes are tried one by one. */
  anyAffix: RegExp;
  /** A long head noun → the phrases it opens, each saying how the misspelt word was read. */
  misspelt: { noun: string; phrases: CompiledPhrase[] }[];
}

function indexPhrases(rules: WordRule[]): PhraseIndex {
  const index: PhraseIndex = { byFirstWord: new Map(), affixes: [], anyAffix: /$^/, misspelt: [] };
  for (const rule of rules) {
    for (const written of rule.phrases) {
      const affix = written.endsWith('*') ? 'prefix' : written.startsWith('*') ? 'suffix' : undefined;
      const text = written.replace(/\*/g, '');
      const phrase: CompiledPhrase = { words: text.split(' '), affix, rule, text, meaning: ABBREVIATIONS[text] };
      if (affix) index.affixes.push(phrase);
      else {
        const first = phrase.words[0];
        addTo(index.byFirstWord, first, phrase);
        if (phrase.words.length > 1 && first.length > 3 && first.endsWith('s'))
          addTo(index.byFirstWord, first.slice(0, -1), phrase);
      }
    }
  }
  const pattern = (kind: CompiledPhrase['affix']) =>
    index.affixes
      .filter((a) => a.affix === kind)
      .map((a) => a.text)
      .join('|');
  const prefixes = pattern('prefix');
  const suffixes = pattern('suffix');
  const alternatives = [prefixes && `^(?:${prefixes}).`, suffixes && `.(?:${suffixes})$`].filter(Boolean);
  if (alternatives.length) index.anyAffix = new RegExp(alternatives.join('|'));
  for (const [noun, spelt] of Object.entries(MISSPELT_HEAD_NOUNS)) {
    const phrases = (index.byFirstWord.get(noun) ?? []).map((phrase) => ({ ...phrase, meaning: spelt }));
    if (phrases.length) index.misspelt.push({ noun, phrases });
  }
  return index;
}

function addTo(map: Map<string, CompiledPhrase[]>, key: string, phrase: CompiledPhrase): void {
  const list = map.get(key);
  if (list) list.push(phrase);
  else map.set(key, [phrase]);
}

/** Whether the tails of two words from these places are the same letters. */
function sameTail(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/** Whether `word` is one slip off `noun`: a letter missing, added or changed, or two letters swapped. */
function oneSlipOff(word: string, noun: string): boolean {
  let i = 0;
  while (i < word.length && i < noun.length && word.charCodeAt(i) === noun.charCodeAt(i)) i++;
  if (word.length === noun.length) {
    if (i === word.length) return false;
    const swapped = word[i] === noun[i + 1] && word[i + 1] === noun[i] && sameTail(word, i + 2, noun, i + 2);
    return swapped || sameTail(word, i + 1, noun, i + 1);
  }
  if (word.length === noun.length + 1) return sameTail(word, i + 1, noun, i);
  if (word.length === noun.length - 1) return sameTail(word, i, noun, i + 1);
  return false;
}

/** The phrases a misspelt long head noun opens, if the word is one. */
function misspeltPhrases(word: string, index: PhraseIndex): CompiledPhrase[] | undefined {
  if (word.length < MIN_MISSPELT_LENGTH) return undefined;
  for (let k = 0; k < index.misspelt.length; k++) {
    if (oneSlipOff(word, index.misspelt[k].noun)) return index.misspelt[k].phrases;
  }
  return undefined;
}

/** Words shorter than this are never read as a misspelt head noun (the shortest noun is ten letters). */
const MIN_MISSPELT_LENGTH = 9;

export const NAME_PHRASES = indexPhrases(NAME_RULES);
export const ADDRESS_PHRASES = indexPhrases(ADDRESS_RULES);

/**
 * Whether an affix rule catches the word (a word is never its own affix: "lab" alone is a plain word). A coined
 * name has at least two letters before its suffix: one letter and « dis » is an acronym (« ADIS »), as an
 * association's often is, not a distributor's name (« SECLINDIS »).
 */
function affixMatches(phrase: CompiledPhrase, word: string): boolean {
  if (phrase.affix === 'prefix') return word.length > phrase.text.length && word.startsWith(phrase.text);
  return word.length > phrase.text.length + 1 && word.endsWith(phrase.text);
}

export interface Match {
  start: number;
  length: number;
  phrase: CompiledPhrase;
  /** Read through a plural after its first word (« Académie des … » for « académie de »). */
  inexact: boolean;
}

/** Adds the phrases among `candidates` that the words starting at `i` spell out; whether there were any. */
function matchFrom(words: string[], i: number, candidates: CompiledPhrase[] | undefined, found: Match[]): boolean {
  if (!candidates) return false;
  const before = found.length;
  for (let c = 0; c < candidates.length; c++) {
    const phrase = candidates[c];
    let k = 1;
    while (k < phrase.words.length && sameOrPlural(words[i + k], phrase.words[k])) k++;
    if (k === phrase.words.length)
      found.push({ start: i, length: k, phrase, inexact: readThroughPlural(words, i, phrase) });
  }
  return found.length > before;
}

/** Whether a phrase found at `i` was read through a plural after its first word. */
function readThroughPlural(words: string[], i: number, phrase: CompiledPhrase): boolean {
  for (let k = 1; k < phrase.words.length; k++) if (words[i + k] !== phrase.words[k]) return true;
  return false;
}

/** The same word, or one the other's plural (« Maisons des associations », « Accueil de loisir »). */
function sameOrPlural(word: string | undefined, phraseWord: string): boolean {
  if (word === phraseWord) return true;
  if (word === undefined) return false;
  return word.length === phraseWord.length + 1
    ? word.endsWith('s') && word.startsWith(phraseWord)
    : word.length === phraseWord.length - 1 && phraseWord.endsWith('s') && phraseWord.startsWith(word);
}

/** Every phrase found in the words; longer phrases first, and a word serves one phrase only. */
export function matchPhrases(words: string[], index: PhraseIndex): Match[] {
  const found: Match[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    // A plural reads as its singular when the plural itself is no phrase (« Écoles de Melun », « Maisons
    // de quartier »: « labs » is a firm's word, « lab » a fablab's); a singular opening a longer phrase in
    // the plural is indexed as such (see PhraseIndex), and the words after the first may be either
    // (« Accueil de loisir »). A word that reads as nothing may be a long head noun misspelt.
    if (
      !matchFrom(words, i, index.byFirstWord.get(word), found) &&
      !(word.length > 3 && word.endsWith('s') && matchFrom(words, i, index.byFirstWord.get(word.slice(0, -1)), found))
    )
      matchFrom(words, i, misspeltPhrases(word, index), found);
    if (!index.anyAffix.test(word)) continue;
    for (let a = 0; a < index.affixes.length; a++) {
      const phrase = index.affixes[a];
      if (affixMatches(phrase, word) && !AFFIX_EXCEPTIONS.test(word))
        found.push({ start: i, length: 1, phrase, inexact: false });
    }
  }
  if (found.length > 1) {
    // Longer phrases first; of the same length, one spelt out as written before one read through a plural.
    found.sort(
      (a, b) =>
        b.length - a.length ||
        (a.inexact ? 1 : 0) - (b.inexact ? 1 : 0) ||
        (a.phrase.affix ? 1 : 0) - (b.phrase.affix ? 1 : 0) ||
        b.phrase.rule.weight - a.phrase.rule.weight,
    );
  }
  if (found.length <= 1) return found;
  // Which words a kept phrase took: one look per word, however many phrases a long cell holds.
  const taken = new Uint8Array(words.length);
  const kept: Match[] = [];
  for (let m = 0; m < found.length; m++) {
    const match = found[m];
    const end = match.start + match.length;
    let free = true;
    for (let w = match.start; w < end && free; w++) free = taken[w] === 0;
    if (!free) continue;
    for (let w = match.start; w < end; w++) taken[w] = 1;
    kept.push(match);
  }
  return kept;
}
