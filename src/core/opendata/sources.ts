/** The open-data sources the suggestions use, in the order their messages are shown. */
import { annuaireSource } from './annuaire';
import { educationSource } from './education';
import { entreprisesSource } from './entreprises';
import { inclusionSource } from './inclusion';
import { joafeSource } from './joafe';
import type { SourceId, SourceModule } from './types';

export const SOURCES: readonly SourceModule[] = [
  annuaireSource,
  educationSource,
  inclusionSource,
  entreprisesSource,
  joafeSource,
];

export function sourceById(id: SourceId): SourceModule {
  return SOURCES.find((s) => s.id === id)!;
}

/** Hosts the add-on may call (declared in the README; a test checks every request goes to one of them). */
export const OPEN_DATA_HOSTS = [
  'geo.api.gouv.fr',
  'recherche-entreprises.api.gouv.fr',
  'api-lannuaire.service-public.fr',
  'data.education.gouv.fr',
  'cartographie.societenumerique.gouv.fr',
  'journal-officiel-datadila.opendatasoft.com',
];
