/**
 * Finding a partner's own SIRENE record by its name, so the classifier can weigh its legal category
 * and activity code ("codes outrank words") where the name alone says nothing ("KIFEKOI", "YALGOW").
 *
 * A record is taken only when one legal entity carries exactly the partner's name (its name, sign,
 * legal name or acronym), preferring the partner's postal code; two entities of that name is
 * ambiguous and nothing is written: a wrong SIREN would be worse than none.
 */
import { words } from '../text';
import { searchUrl } from './entreprises';
import type { Candidate, Request } from './types';

/** The API wants at least 3 characters in q. */
const MIN_QUERY = 3;
const MAX_QUERY = 100;

export interface LookupQuery {
  partnerId: string;
  name: string;
  /** The partner's postal code when the row has one. */
  postalCode?: string;
  /** Where to search when the row has no postal code: the club's département. */
  departement?: string;
}

export type LookupVerdict =
  | { kind: 'found'; record: Candidate }
  | { kind: 'ambiguous'; count: number }
  | { kind: 'notFound' };

/** The département of a postal code (Corsica 20xxx → 2A/2B, overseas 97x/98x on three digits). */
export function departementOfPostalCode(postalCode: string): string | undefined {
  if (!/^\d{5}$/.test(postalCode)) return undefined;
  if (postalCode.startsWith('20')) return Number(postalCode.slice(0, 3)) < 202 ? '2A' : '2B';
  if (/^9[78]/.test(postalCode)) return postalCode.slice(0, 3);
  return postalCode.slice(0, 2);
}

/** The search for one partner, or undefined when its name is too short to search. */
export function lookupRequest(query: LookupQuery): Request | undefined {
  const q = query.name.trim().replace(/\s+/g, ' ').slice(0, MAX_QUERY);
  if (words(q).join('').length < MIN_QUERY) return undefined;
  const departement = departementOfPostalCode(query.postalCode ?? '') ?? query.departement;
  const params: Record<string, string> = { q, limite_matching_etablissements: '3', per_page: '10' };
  if (departement) params.departement = departement;
  return { source: 'entreprises', url: searchUrl(params) };
}

const comparable = (name: string) => words(name).join(' ');

/** Every name a record is known by, as compared: sign, legal name, full name without its acronym, acronym. */
function namesOf(record: Candidate): Set<string> {
  const names = [record.name, ...(record.otherNames ?? [])];
  const out = new Set<string>();
  for (const name of names) {
    out.add(comparable(name));
    out.add(comparable(name.replace(/\s*\([^)]*\)\s*$/, '')));
  }
  out.delete('');
  return out;
}

export interface RecordCodes {
  siren: string;
  siret?: string;
  naf?: string;
  legalCategory?: string;
}

/** The record's identifiers and codes, each only when well formed (the Source column must read them back). */
export function codesOf(record: Candidate): RecordCodes | undefined {
  if (!/^\d{9}$/.test(record.siren ?? '')) return undefined;
  const keep = (value: string | undefined, pattern: RegExp) => (value && pattern.test(value) ? value : undefined);
  return {
    siren: record.siren as string,
    siret: keep(record.siret, /^\d{14}$/),
    naf: keep(record.naf, /^\d{2}\.?\d{2}[A-Z]$/),
    legalCategory: keep(record.legalCategory, /^\d{4}$/),
  };
}

/** The one record that is this partner, if the answer holds exactly one legal entity of its name. */
export function pickRecord(query: LookupQuery, candidates: Candidate[]): LookupVerdict {
  const wanted = comparable(query.name);
  if (!wanted) return { kind: 'notFound' };
  let named = candidates.filter((c) => codesOf(c) && namesOf(c).has(wanted));
  const here = named.filter((c) => query.postalCode && c.postalCode === query.postalCode);
  if (here.length) named = here;
  const entities = new Set(named.map((c) => c.siren));
  if (entities.size === 0) return { kind: 'notFound' };
  if (entities.size > 1) return { kind: 'ambiguous', count: entities.size };
  // Several establishments of the one entity: its codes are the entity's; keep the first (the API's best).
  return { kind: 'found', record: named[0] };
}
