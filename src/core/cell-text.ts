/**
 * Values from outside (open data, a CSV, a form) must land in a cell as the text they are.
 * Sheets would read "=…", "+…", "-…" and "@…" as formulas and "0612…" or "01000" as numbers; an
 * apostrophe in front keeps the text as typed and is not part of the value.
 */
export function asCellText(value: string): string {
  const text = String(value ?? '');
  if (text === '') return '';
  if (/^[=+\-@']/.test(text)) return `'${text}`;
  if (/^\s*[-+]?[\d\s.,/:]+\s*$/.test(text) || /^(true|false|vrai|faux)$/i.test(text.trim())) return `'${text}`;
  return text;
}

/**
 * A value as written into a cell of this number format: a text-formatted cell (« @ ») keeps a string as
 * written (an apostrophe there would stay in the value); any other needs `asCellText`.
 */
export function valueForCell(value: unknown, numberFormat: string | undefined): unknown {
  return typeof value === 'string' && numberFormat !== '@' ? asCellText(value) : value;
}

/**
 * A French postal code or phone number a spreadsheet stored as a number, losing its first 0 (1000 for
 * « 01000 », 612345678 for « 06 12 34 56 78 »): the text it was, or undefined when the value is no such
 * number. Postal codes of the départements 01 to 09 and every phone number lose it when a list goes
 * through Excel.
 */
export function withLeadingZero(value: unknown, kind: 'postal' | 'phone'): string | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) return undefined;
  const digits = String(value);
  return digits.length === (kind === 'postal' ? 4 : 9) ? `0${digits}` : undefined;
}
