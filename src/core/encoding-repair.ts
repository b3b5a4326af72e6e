/**
 * Names as a file opened in the wrong encoding leaves them: « MÃ©diathÃ¨que » (UTF-8 read as Windows-1252,
 * as Excel does with a CSV from the web) and « M�diath�que » (Windows-1252 read as UTF-8, the replacement
 * character for each accented letter). Read back as the words they were, so that a list pasted so is still
 * classified. Apps Script has no TextDecoder: the two- and three-byte UTF-8 sequences are decoded here.
 */

/** The characters Windows-1252 puts where Latin-1 has control codes, and the byte each stands for. */
const WINDOWS_1252: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** A continuation byte (0x80–0xBF) as Latin-1 or Windows-1252 shows it. */
const CONTINUATION = `[\\u0080-\\u00bf${Object.keys(WINDOWS_1252).join('')}]`;
/** A lead byte of two (0xC2–0xDF) or three (0xE0–0xEF) bytes, then its continuations. */
const MOJIBAKE = new RegExp(`[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}`, 'g');
/** What gives mojibake away: « Ã » or « Â » or « â€ » before a continuation. */
const TELLTALE = new RegExp(`[ÃÂÅâ]${CONTINUATION}`);
/** The letters either damage leaves, tested first: most names have none of them. */
const SUSPECT = /[ÃÂÅâ\uFFFD]/;

function byteOf(character: string): number {
  const code = character.charCodeAt(0);
  return code <= 0xff ? code : WINDOWS_1252[character];
}

/** One UTF-8 sequence, its bytes shown as Windows-1252 characters, as the character it encodes. */
function decodeSequence(sequence: string): string {
  const bytes = Array.from(sequence, byteOf);
  const code =
    bytes.length === 2
      ? ((bytes[0] & 0x1f) << 6) | (bytes[1] & 0x3f)
      : ((bytes[0] & 0x0f) << 12) | ((bytes[1] & 0x3f) << 6) | (bytes[2] & 0x3f);
  // An overlong form or a surrogate is no character a file held: leave the sequence as written.
  if (code < 0x80 || (bytes.length === 3 && (code < 0x800 || (code >= 0xd800 && code <= 0xdfff)))) return sequence;
  return String.fromCharCode(code);
}

/**
 * The text with mojibake decoded and each replacement character read as « e », the accented letter French
 * writes most (« M�diath�que », « Coll�ge », « Num�rique »); any other text as it is.
 */
export function repairEncoding(text: string): string {
  if (!SUSPECT.test(text)) return text;
  let repaired = TELLTALE.test(text) ? text.replace(MOJIBAKE, decodeSequence) : text;
  if (repaired.includes('\uFFFD')) repaired = repaired.replace(/\uFFFD/g, 'e');
  return repaired;
}
