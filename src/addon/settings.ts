/** The club's settings in document properties, shared by everyone who edits the sheet. */

import { UserError } from '../core/errors';
import { TEXT_LIMITS } from '../core/limits';
import { communeSearchUrl, parseCommunes } from '../core/opendata/geo';
import type { Commune } from '../core/opendata/types';
import { type ClubSettings, cleanSettings, DEFAULT_SETTINGS } from '../core/settings';
import { fetchAllUrls } from './gas/fetch';
import { logError } from './gas/log';
import { documentProperty, setDocumentProperty } from './gas/properties';

const SETTINGS_PROPERTY = 'pdc.settings';

export function loadSettings(): ClubSettings {
  const stored = documentProperty(SETTINGS_PROPERTY);
  if (!stored) return { ...DEFAULT_SETTINGS };
  try {
    return cleanSettings(JSON.parse(stored));
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export function saveSettings(input: unknown): ClubSettings {
  const settings = cleanSettings(input);
  setDocumentProperty(SETTINGS_PROPERTY, JSON.stringify(settings));
  return settings;
}

/** Communes matching a name or a postal code, from geo.api.gouv.fr. */
export function searchCommunes(request: { query: string }): Commune[] {
  const query = String(request?.query ?? '')
    .trim()
    .slice(0, TEXT_LIMITS.communeQuery);
  if (query.length < 2) throw new UserError('settings.queryTooShort');
  const [result] = fetchAllUrls([communeSearchUrl(query)]);
  if ('error' in result || result.status !== 200) {
    logError('searchCommunes', 'error' in result ? result.error : `HTTP ${result.status}`);
    throw new UserError('settings.geoUnavailable');
  }
  try {
    return parseCommunes(result.body);
  } catch (error) {
    logError('searchCommunes', error);
    throw new UserError('settings.geoUnavailable');
  }
}
