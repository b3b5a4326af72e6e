/** What every open-data source produces: candidates for the suggestions, and the requests to get them. */
import type { CategoryId, Said, TutelleId } from '../taxonomy';

export type SourceId = 'entreprises' | 'annuaire' | 'education' | 'inclusion' | 'joafe';

export interface Commune {
  nom: string;
  code: string;
  codesPostaux: string[];
  codeDepartement: string;
  codeRegion: string;
  codeEpci: string;
  /** [longitude, latitude], as GeoJSON gives it. */
  centre?: [number, number];
  population?: number;
}

export interface Request {
  source: SourceId;
  url: string;
}

export interface Candidate {
  source: SourceId;
  name: string;
  /** Other names the record is known by (legal name, full name, acronym), for finding a partner by name. */
  otherNames?: string[];
  siret?: string;
  siren?: string;
  uai?: string;
  rna?: string;
  /** The source's own id for the record (annuaire id, lieu id). */
  recordId?: string;
  naf?: string;
  legalCategory?: string;
  /** A category the source states itself (a typed field), with why. */
  typed?: { category: CategoryId; reason: Said; tutelle?: TutelleId };
  address?: string;
  postalCode?: string;
  city?: string;
  email?: string;
  phone?: string;
  website?: string;
  lat?: number;
  lon?: number;
}

/** What a source module provides: the requests for a commune and how to read one answer. */
export interface SourceModule {
  id: SourceId;
  /** Short French name, written in the Source column of added rows. */
  label: string;
  /** Shown on cards and in the README: the data's name and its licence or attribution. */
  attribution: string;
  requests(commune: Commune, radiusKm: number): Request[];
  /** Throws on an answer it cannot read; skips records with no name. */
  parse(body: string): Candidate[];
}
