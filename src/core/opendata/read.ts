/** Defensive reading of JSON from outside: any field may be missing, of the wrong type, or hostile. */

export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    throw new Error('réponse illisible (JSON invalide)');
  }
}

export function obj(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A string field: trimmed, control characters removed, at most `max` characters. */
export function str(value: unknown, max = 300): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  return (
    String(value)
      .normalize('NFKC')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control and bidi-override characters from outside data
      .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, max)
  );
}

export function num(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** Fields the annuaire de l'administration gives as JSON inside a string. */
export function nested(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[a-z]{2,}$/i;

export function email(value: unknown): string | undefined {
  const text = str(value, 254).toLowerCase();
  return EMAIL.test(text) ? text : undefined;
}

export function website(value: unknown): string | undefined {
  const text = str(value, 300);
  if (!text) return undefined;
  const url = /^https?:\/\//i.test(text) ? text : `https://${text}`;
  return /^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}(?:[/:?#][^\s<>"]*)?$/i.test(url) ? url : undefined;
}

export function within(lat: number | undefined, lon: number | undefined): { lat?: number; lon?: number } {
  if (lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180) return {};
  return { lat, lon };
}
