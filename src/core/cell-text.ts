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
