/**
 * URL routes of the emulator answered from the recorded open-data fixtures of test/fixtures/opendata:
 * two communes (Melun, a large town; Fontaine-le-Port, a village) shaped exactly like the real
 * records. A request for anything else gets the source's empty answer, as a real search would.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FixtureResponse, Route } from './emulator/urlfetch';

export const FIXTURES = join(__dirname, '..', '..', 'test', 'fixtures', 'opendata');

interface FixtureCommune {
  dir: string;
  code: string;
  epci: string;
  lat: string;
  lon: string;
}

/** The communes of the fixtures, as geo.api.gouv.fr describes them (what the Réglages tab stores). */
export const FIXTURE_COMMUNES = {
  melun: {
    nom: 'Melun',
    code: '77288',
    codesPostaux: ['77000'],
    codeDepartement: '77',
    codeRegion: '11',
    codeEpci: '200072130',
    centre: [2.6563, 48.5439] as [number, number],
  },
  village: {
    nom: 'Fontaine-le-Port',
    code: '77188',
    codesPostaux: ['77590'],
    codeDepartement: '77',
    codeRegion: '11',
    codeEpci: '247700065',
    centre: [2.7736, 48.4869] as [number, number],
  },
};

/** Where each commune's answers are, and how its requests name it (code, EPCI, coordinates). */
const COMMUNES: FixtureCommune[] = [
  ['melun', FIXTURE_COMMUNES.melun] as const,
  ['fontaine-le-port', FIXTURE_COMMUNES.village] as const,
].map(([dir, c]) => ({ dir, code: c.code, epci: c.codeEpci, lat: String(c.centre[1]), lon: String(c.centre[0]) }));

const FIXTURE_POSTAL: Record<string, string[]> = {
  melun: FIXTURE_COMMUNES.melun.codesPostaux,
  'fontaine-le-port': FIXTURE_COMMUNES.village.codesPostaux,
};

const EMPTY_SEARCH = '{"results":[],"total_results":0,"page":1,"per_page":25,"total_pages":0}';
const EMPTY_RECORDS = '{"total_count":0,"results":[]}';

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function file(path: string, fallback: string): FixtureResponse {
  const full = join(FIXTURES, path);
  return {
    status: 200,
    body: existsSync(full) ? readFileSync(full, 'utf8') : fallback,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    delayMs: 150,
  };
}

const byCode = (code: string | null) => COMMUNES.find((c) => c.code === code);
const byText = (text: string) =>
  COMMUNES.find(
    (c) => text.includes(c.code) || text.includes(c.epci) || (text.includes(c.lat) && text.includes(c.lon)),
  );

export function fixtureRoutes(): Route[] {
  return [
    {
      pattern: /^https:\/\/geo\.api\.gouv\.fr\/communes\?/,
      respond: (url) => {
        const params = new URL(url).searchParams;
        const query = params.get('codePostal') ?? params.get('nom') ?? params.get('code') ?? '';
        return file(`geo/${slug(query)}.json`, '[]');
      },
    },
    {
      pattern: /^https:\/\/recherche-entreprises\.api\.gouv\.fr\/near_point\?/,
      respond: (url) => {
        const params = new URL(url).searchParams;
        const commune = COMMUNES.find((c) => params.get('lat') === c.lat && params.get('long') === c.lon);
        return file(commune ? `${commune.dir}/entreprises-near.json` : '-', EMPTY_SEARCH);
      },
    },
    {
      pattern: /^https:\/\/recherche-entreprises\.api\.gouv\.fr\/search\?/,
      respond: (url) => {
        const params = new URL(url).searchParams;
        const dir = byCode(params.get('code_commune'))?.dir ?? params.get('departement') ?? '-';
        const kind = params.get('q')
          ? `q-${slug(params.get('q')!)}`
          : params.get('est_association')
            ? 'associations'
            : params.get('est_collectivite_territoriale')
              ? 'collectivite'
              : '-';
        return file(`${dir}/entreprises-${kind}.json`, EMPTY_SEARCH);
      },
    },
    {
      pattern:
        /^https:\/\/api-lannuaire\.service-public\.fr\/api\/explore\/v2\.1\/catalog\/datasets\/api-lannuaire-administration\/records\?/,
      respond: (url) => {
        const where = new URL(url).searchParams.get('where') ?? '';
        if (/pivot LIKE "cg"/.test(where))
          return file(`${/"(\d[\dAB]?\d?)"\)/.exec(where)?.[1] ?? '-'}/annuaire-cg.json`, EMPTY_RECORDS);
        const commune = byText(where);
        if (!commune) return file('-', EMPTY_RECORDS);
        return file(`${commune.dir}/annuaire-${where.startsWith('siren=') ? 'epci' : 'commune'}.json`, EMPTY_RECORDS);
      },
    },
    {
      pattern:
        /^https:\/\/data\.education\.gouv\.fr\/api\/explore\/v2\.1\/catalog\/datasets\/fr-en-annuaire-education\/records\?/,
      respond: (url) => {
        const where = new URL(url).searchParams.get('where') ?? '';
        const commune = byText(where);
        return file(commune ? `${commune.dir}/education.json` : '-', EMPTY_RECORDS);
      },
    },
    {
      pattern:
        /^https:\/\/journal-officiel-datadila\.opendatasoft\.com\/api\/explore\/v2\.1\/catalog\/datasets\/jo_associations\/records\?/,
      respond: (url) => {
        const where = new URL(url).searchParams.get('where') ?? '';
        const commune = COMMUNES.find((c) => FIXTURE_POSTAL[c.dir]?.some((cp) => where.includes(`"${cp}"`)));
        return file(commune ? `${commune.dir}/joafe.json` : '-', EMPTY_RECORDS);
      },
    },
    {
      pattern: /^https:\/\/cartographie\.societenumerique\.gouv\.fr\/api\/lieux\?/,
      respond: (url) => {
        const commune = byCode(new URL(url).searchParams.get('territoires'));
        return file(commune ? `${commune.dir}/inclusion.json` : '-', '{"lieux":[],"totalLieux":0}');
      },
    },
  ];
}

/** A recorded failure, for tests: 429 as HTML, 500, malformed JSON, a missing field, empty results. */
export function failure(
  kind: '429' | '500' | 'malformed' | 'missing-field' | 'empty',
  retryAfterS?: number,
): FixtureResponse {
  const name = kind === '429' || kind === '500' ? `${kind}.html` : `${kind}.json`;
  const status = kind === '429' ? 429 : kind === '500' ? 500 : 200;
  return {
    status,
    body: readFileSync(join(FIXTURES, 'failures', name), 'utf8'),
    headers: retryAfterS ? { 'retry-after': String(retryAfterS) } : {},
    delayMs: 100,
  };
}
