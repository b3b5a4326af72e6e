/**
 * Apps Script's value rules. setValue/setValues interpret a string as a person typing it would be
 * (numbers, booleans, dates, and formulas for strings starting with "="; "+", "-" and "@" followed by
 * something that is not a number also become formulas, which fail to parse) unless the cell is
 * formatted as plain text ("@") or the string starts with an apostrophe. getValues returns numbers,
 * booleans, Dates and strings, with "" for an empty cell.
 */
export type CellValue = string | number | boolean | Date;

export interface Parsed {
  value: CellValue;
  formula?: string;
}

const NUMBER_FR = /^[-+]?\d+(,\d+)?$/;
const NUMBER_EN = /^[-+]?\d+(\.\d+)?$/;
const DATE_FR = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Midnight of a calendar day in a time zone, as an instant. */
export function zonedMidnight(year: number, month: number, day: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day);
  const offset = zoneOffsetMinutes(new Date(guess), timeZone);
  return new Date(guess - offset * 60000);
}

export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/** Interprets what is written into a cell, given its number format and the spreadsheet's locale. */
export function parseInput(input: unknown, numberFormat: string, locale: string, timeZone: string): Parsed {
  if (input === null || input === undefined) return { value: '' };
  if (typeof input === 'number') return { value: Number.isFinite(input) ? input : '#NUM!' };
  if (typeof input === 'boolean') return { value: input };
  if (isDateValue(input)) return { value: new Date(input.getTime()) };
  if (typeof input !== 'string') return { value: String(input) };
  const text = input;
  if (numberFormat === '@') return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  const trimmed = text.trim();
  const french = locale.startsWith('fr');
  if ((french ? NUMBER_FR : NUMBER_EN).test(trimmed)) return { value: Number(trimmed.replace(',', '.')) };
  if (/^[-+@]/.test(text) && text.length > 1) return { value: '#ERROR!', formula: `=${text}` };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true' };
  if (french && /^(vrai|faux)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'vrai' };
  const fr = DATE_FR.exec(trimmed);
  if (fr) {
    const [day, month] = french ? [Number(fr[1]), Number(fr[2])] : [Number(fr[2]), Number(fr[1])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
      return { value: zonedMidnight(Number(fr[3]), month, day, timeZone) };
  }
  const iso = DATE_ISO.exec(trimmed);
  if (iso) return { value: zonedMidnight(Number(iso[1]), Number(iso[2]), Number(iso[3]), timeZone) };
  return { value: text };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** What the cell shows: getDisplayValues. */
export function displayValue(value: CellValue, numberFormat: string, locale: string, timeZone: string): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDateValue(value)) {
    const local = new Date(value.getTime() + zoneOffsetMinutes(value, timeZone) * 60000);
    const [y, m, d] = [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()];
    const day = locale.startsWith('fr') || /dd\/mm/i.test(numberFormat) ? `${pad(d)}/${pad(m)}/${y}` : `${m}/${d}/${y}`;
    if (/h|H/.test(numberFormat)) return `${day} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
    return day;
  }
  if (typeof value === 'number') {
    const text = String(value);
    return locale.startsWith('fr') ? text.replace('.', ',') : text;
  }
  return value;
}
