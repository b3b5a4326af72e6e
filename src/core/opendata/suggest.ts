/**
 * From candidates of every source to the cards the sidebar shows: duplicates merged across sources
 * (same SIRET, UAI, RNA, e-mail, or same normalised name and commune), classified (a typed source
 * field first, then the classifier with the codes), distance from the club, marked when already in
 * the sheet, and ranked by how well they serve the club's needs, then distance, then a known e-mail.
 */

import { type Classification, classify } from '../classifier/classify';
import { emailAddressIn } from '../outreach';
import { type ApportId, type CategoryId, categoryById, type Lang, type TutelleId } from '../taxonomy';
import { normalize, readableCase } from '../text';
import { sourceById } from './sources';
import type { Candidate, SourceId } from './types';

export interface Suggestion {
  key: string;
  name: string;
  category: CategoryId;
  confidence: number;
  reasons: string[];
  apports: ApportId[];
  tutelle: TutelleId | '';
  distanceKm?: number;
  email?: string;
  phone?: string;
  website?: string;
  address?: string;
  postalCode?: string;
  city?: string;
  siret?: string;
  uai?: string;
  rna?: string;
  naf?: string;
  legalCategory?: string;
  sources: SourceId[];
  /** Names of the sources, for the card and the Source column. */
  sourceNames: string[];
  inSheet: boolean;
  /** How many of the ticked needs it can serve. */
  score: number;
}

/** What the sheet already holds, as keys comparable with candidates. */
export interface ExistingKeys {
  keys: Set<string>;
}

export function nameCityKey(name: string, city: string | undefined): string {
  return `nc:${normalize(name)}|${normalize(city ?? '')}`;
}

export function identityKeys(c: {
  siret?: string;
  uai?: string;
  rna?: string;
  email?: string;
  name: string;
  city?: string;
}): string[] {
  const keys = [nameCityKey(c.name, c.city)];
  if (c.siret) keys.push(`siret:${c.siret}`);
  if (c.uai) keys.push(`uai:${c.uai.toUpperCase()}`);
  if (c.rna) keys.push(`rna:${c.rna.toUpperCase()}`);
  // « Marie Dupont <marie@x.fr> » in the sheet is the same partner as marie@x.fr in open data.
  if (c.email) keys.push(`email:${emailAddressIn(c.email).toLowerCase()}`);
  return keys;
}

/** Groups candidates that share any identity key (union-find), then merges each group. */
export function mergeCandidates(candidates: Candidate[]): { merged: Candidate; sources: SourceId[] }[] {
  const parent = candidates.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const owner = new Map<string, number>();
  candidates.forEach((c, i) => {
    for (const key of identityKeys(c)) {
      const other = owner.get(key);
      if (other === undefined) owner.set(key, i);
      else parent[find(i)] = find(other);
    }
  });
  const groups = new Map<number, Candidate[]>();
  candidates.forEach((c, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), c]);
  });
  // Typed sources (annuaires) know the kind of place best; their fields come first.
  const rank = (c: Candidate) => (c.typed ? 0 : 1);
  return [...groups.values()].map((group) => {
    const ordered = [...group].sort((a, b) => rank(a) - rank(b));
    const merged: Candidate = { ...ordered[0] };
    for (const other of ordered.slice(1)) {
      for (const [field, value] of Object.entries(other) as [keyof Candidate, unknown][]) {
        if (merged[field] === undefined && value !== undefined)
          (merged as unknown as Record<string, unknown>)[field] = value;
      }
    }
    return { merged, sources: [...new Set(group.map((c) => c.source))] };
  });
}

export function distanceKm(from: [number, number] | undefined, lat?: number, lon?: number): number | undefined {
  if (!from || lat === undefined || lon === undefined) return undefined;
  const [lon1, lat1] = from;
  const rad = (d: number) => (d * Math.PI) / 180;
  const a =
    Math.sin(rad(lat - lat1) / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat)) * Math.sin(rad(lon - lon1) / 2) ** 2;
  return Math.round(2 * 6371 * Math.asin(Math.sqrt(a)) * 10) / 10;
}

function classifyCandidate(
  c: Candidate,
  lang: Lang,
): Pick<Classification, 'category' | 'confidence' | 'reasons' | 'apports' | 'tutelle'> {
  const computed = classify(
    {
      name: c.name,
      email: c.email,
      website: c.website,
      address: c.address,
      naf: c.naf,
      legalCategory: c.legalCategory,
    },
    lang,
  );
  if (!c.typed) return computed;
  const spec = categoryById(c.typed.category);
  return {
    category: c.typed.category,
    confidence: 0.95,
    reasons: [c.typed.reason[lang], ...(computed.category === c.typed.category ? computed.reasons : [])],
    apports: (spec?.apports ?? []) as ApportId[],
    tutelle: c.typed.tutelle ?? (computed.category === c.typed.category ? computed.tutelle : ''),
  };
}

export interface SuggestOptions {
  centre?: [number, number];
  radiusKm: number;
  needs: ApportId[];
  existing: ExistingKeys;
  /** The language of the person reading the cards: their reasons are in it. */
  lang?: Lang;
}

export function buildSuggestions(candidates: Candidate[], options: SuggestOptions): Suggestion[] {
  const out: Suggestion[] = [];
  for (const { merged, sources } of mergeCandidates(candidates)) {
    const km = distanceKm(options.centre, merged.lat, merged.lon);
    // Département-wide searches may reach far: keep what lies within the radius (with some slack).
    if (km !== undefined && km > options.radiusKm * 1.5) continue;
    const result = classifyCandidate(merged, options.lang ?? 'fr');
    const keys = identityKeys(merged);
    out.push({
      key: keys.find((k) => !k.startsWith('nc:')) ?? keys[0],
      name: readableCase(merged.name),
      category: result.category,
      confidence: result.confidence,
      reasons: result.reasons,
      apports: result.apports,
      tutelle: result.tutelle,
      distanceKm: km,
      email: merged.email,
      phone: merged.phone,
      website: merged.website,
      address: merged.address,
      postalCode: merged.postalCode,
      city: merged.city ? readableCase(merged.city) : undefined,
      siret: merged.siret,
      uai: merged.uai,
      rna: merged.rna,
      naf: merged.naf,
      legalCategory: merged.legalCategory,
      sources,
      sourceNames: sources.map((id) => sourceById(id).label),
      inSheet: keys.some((k) => options.existing.keys.has(k)),
      score: options.needs.filter((need) => result.apports.includes(need)).length,
    });
  }
  return out.sort(
    (a, b) =>
      b.score - a.score ||
      (a.distanceKm ?? Number.POSITIVE_INFINITY) - (b.distanceKm ?? Number.POSITIVE_INFINITY) ||
      Number(!!b.email) - Number(!!a.email) ||
      a.name.localeCompare(b.name, 'fr'),
  );
}
