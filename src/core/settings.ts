/** The club's settings, shared by the team (document properties): who the club is and where. */
import { NUMBER_LIMITS, TEXT_LIMITS } from './limits';
import type { Commune } from './opendata/types';

export interface ClubSettings {
  clubName: string;
  commune?: Commune;
  radiusKm: number;
  senderName: string;
  signature: string;
  /** Days between a first message and its follow-up. */
  followUpDays: number;
}

export const DEFAULT_SETTINGS: ClubSettings = {
  clubName: '',
  radiusKm: 10,
  senderName: '',
  signature: '',
  followUpDays: 10,
};

function clampInt(value: unknown, { min, max }: { min: number; max: number }, fallback: number): number {
  const n = Math.round(Number(value));
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.replace(/\r\n?/g, '\n').slice(0, max).trim() : '';
}

/** Cleans settings from the sidebar or from storage: bounded texts and numbers, a plausible commune. */
export function cleanSettings(input: unknown): ClubSettings {
  const o = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const c = (o.commune && typeof o.commune === 'object' ? o.commune : undefined) as Record<string, unknown> | undefined;
  const centre =
    Array.isArray(c?.centre) &&
    c.centre.length === 2 &&
    c.centre.every((x) => typeof x === 'number' && Number.isFinite(x))
      ? (c.centre as [number, number])
      : undefined;
  const commune: Commune | undefined =
    c && typeof c.code === 'string' && /^[\dAB]{5}$/i.test(c.code)
      ? {
          nom: text(c.nom, 120),
          code: c.code,
          codesPostaux: Array.isArray(c.codesPostaux)
            ? c.codesPostaux.filter((p) => typeof p === 'string' && /^\d{5}$/.test(p)).slice(0, 30)
            : [],
          codeDepartement: text(c.codeDepartement, 3),
          codeRegion: text(c.codeRegion, 2),
          codeEpci: text(c.codeEpci, 9),
          centre,
          population: typeof c.population === 'number' ? c.population : undefined,
        }
      : undefined;
  return {
    clubName: text(o.clubName, TEXT_LIMITS.clubName),
    commune,
    radiusKm: clampInt(o.radiusKm, NUMBER_LIMITS.radiusKm, DEFAULT_SETTINGS.radiusKm),
    senderName: text(o.senderName, TEXT_LIMITS.senderName).replace(/[\n"<>]/g, ' '),
    signature: text(o.signature, TEXT_LIMITS.signature),
    followUpDays: clampInt(o.followUpDays, NUMBER_LIMITS.followUpDays, DEFAULT_SETTINGS.followUpDays),
  };
}
