/**
 * API Recherche d'entreprises (recherche-entreprises.api.gouv.fr, Licence Ouverte 2.0): associations,
 * public bodies and digital companies in or near the commune, plus named searches (médiathèque,
 * centre social, MJC, maison des associations, fablab). Each matching establishment is a candidate,
 * named by its sign when it has one ("Médiathèque L'Astrolabe" rather than "Commune de Melun").
 */
import { arr, num, obj, parseJson, str, within } from './read';
import type { Candidate, Commune, Request, SourceModule } from './types';

const BASE = 'https://recherche-entreprises.api.gouv.fr';
export const DIGITAL_NAF = ['62.01Z', '62.02A', '62.03Z', '62.09Z', '63.11Z', '58.21Z', '58.29C'];
const NAMED_IN_COMMUNE = ['mediatheque', 'centre social', 'mjc'];
const NAMED_IN_DEPARTEMENT = ['maison des associations', 'fablab'];
const PER_RESULT = 5;

/** A search among active bodies, first page (25 results unless `per_page` says otherwise). */
export function searchUrl(params: Record<string, string>): string {
  const query = Object.entries({ etat_administratif: 'A', per_page: '25', page: '1', ...params })
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  return `${BASE}/search?${query}`;
}

function requests(commune: Commune, radiusKm: number): Request[] {
  const list: Request[] = [];
  if (commune.centre) {
    const [lon, lat] = commune.centre;
    const radius = Math.min(50, Math.max(1, radiusKm));
    list.push({
      source: 'entreprises',
      url: `${BASE}/near_point?lat=${lat}&long=${lon}&radius=${radius}&activite_principale=${DIGITAL_NAF.join(',')}&per_page=25&page=1`,
    });
  }
  list.push({
    source: 'entreprises',
    url: searchUrl({ code_commune: commune.code, est_association: 'true', limite_matching_etablissements: '3' }),
  });
  list.push({
    source: 'entreprises',
    url: searchUrl({
      code_commune: commune.code,
      est_collectivite_territoriale: 'true',
      limite_matching_etablissements: '10',
    }),
  });
  for (const q of NAMED_IN_COMMUNE)
    list.push({ source: 'entreprises', url: searchUrl({ q, code_commune: commune.code }) });
  if (commune.codeDepartement) {
    for (const q of NAMED_IN_DEPARTEMENT)
      list.push({ source: 'entreprises', url: searchUrl({ q, departement: commune.codeDepartement }) });
  }
  return list;
}

function establishmentName(etab: Record<string, unknown>, fallback: string): string {
  const sign = arr(etab.liste_enseignes)
    .map((e) => str(e, 200))
    .find(Boolean);
  return sign || str(etab.nom_commercial, 200) || fallback;
}

function parse(body: string): Candidate[] {
  const data = obj(parseJson(body));
  if (!Array.isArray(data.results)) throw new Error('réponse inattendue (pas de « results »)');
  const out: Candidate[] = [];
  for (const item of data.results) {
    const result = obj(item);
    const legalName = str(result.nom_complet, 200) || str(result.nom_raison_sociale, 200);
    const otherNames = [
      str(result.nom_complet, 200),
      str(result.nom_raison_sociale, 200),
      str(result.sigle, 60),
    ].filter(Boolean);
    const complements = obj(result.complements);
    const rna = str(complements.identifiant_association, 10);
    const establishments = arr(result.matching_etablissements).map(obj);
    const places = (establishments.length ? establishments : [obj(result.siege)]).filter(
      (etab) => str(etab.etat_administratif, 1) !== 'F',
    );
    for (const etab of places.slice(0, PER_RESULT)) {
      const name = establishmentName(etab, legalName);
      if (!name) continue;
      out.push({
        source: 'entreprises',
        name,
        otherNames,
        siren: str(result.siren, 9) || undefined,
        siret: str(etab.siret, 14) || undefined,
        rna: /^W\d{9}$/.test(rna) ? rna : undefined,
        naf: str(etab.activite_principale, 6) || str(result.activite_principale, 6) || undefined,
        legalCategory: str(result.nature_juridique, 4) || undefined,
        address: str(etab.adresse, 300) || undefined,
        postalCode: str(etab.code_postal, 5) || undefined,
        city: str(etab.libelle_commune, 120) || undefined,
        ...within(num(etab.latitude), num(etab.longitude)),
      });
    }
  }
  return out;
}

export const entreprisesSource: SourceModule = {
  id: 'entreprises',
  label: "Recherche d'entreprises",
  attribution: 'API Recherche d’entreprises (DINUM), Licence Ouverte 2.0',
  requests,
  parse,
};
