/** Text normalisation shared by header recognition, classification and deduplication. */

// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range is meant
const ASCII = /^[\x00-\x7f]*$/;

/** Whether the text is plain ASCII (no accent to fold: the fast path). */
export function isAscii(text: string): boolean {
  return ASCII.test(text);
}

/** One word, lower case, accents and ligatures removed (fast when it is plain ASCII). */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

/** Lower case, accents and ligatures removed, punctuation folded to single spaces. */
export function normalize(text: string): string {
  const value = String(text);
  if (ASCII.test(value)) {
    return value
      .toLowerCase()
      .replace(/[^a-z0-9@.]+/g, ' ')
      .trim();
  }
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9@.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Normalised words, dots removed too ("M.J.C." → "mjc"). */
export function words(text: string): string[] {
  const n = normalize(text).replace(/\./g, '');
  return n ? n.split(' ') : [];
}

/** "MÉDIATHÈQUE JEAN MOULIN" → "Médiathèque Jean Moulin"; keeps acronyms and mixed case as they are. */
export function readableCase(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  const letters = trimmed.replace(/[^A-Za-zÀ-ÿ]/g, '');
  const isShouting = letters.length > 3 && letters === letters.toUpperCase();
  if (!isShouting) return trimmed;
  const small = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'en', 'a', 'au', 'aux', 'd', 'l', 'sur', 'pour']);
  return trimmed
    .toLowerCase()
    .split(/(\s+|-|')/)
    .map((part, i) => {
      if (!/[a-zà-ÿ]/.test(part)) return part;
      if (i > 0 && small.has(part)) return part;
      return part.charAt(0).toUpperCase() + part.slice(1);
    })
    .join('');
}

/** True for values of JavaScript Date type, across realms (Apps Script values, the emulator's vm). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Cell value as a trimmed string ("" for empty, dates as ISO day). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value).trim();
}
