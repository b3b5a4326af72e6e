/** geo.api.gouv.fr: the club's commune, by name or postal code. Licence Ouverte / Etalab. */
import { arr, num, obj, parseJson, str } from './read';
import type { Commune } from './types';

const BASE = 'https://geo.api.gouv.fr/communes';
const FIELDS = 'nom,code,codesPostaux,codeDepartement,codeRegion,codeEpci,centre,population';

export function communeSearchUrl(query: string): string {
  const text = query.trim();
  const params = /^\d{5}$/.test(text)
    ? `codePostal=${text}`
    : /^(\d[\dAB]\d{3})$/i.test(text)
      ? `code=${text.toUpperCase()}`
      : `nom=${encodeURIComponent(text)}`;
  return `${BASE}?${params}&fields=${FIELDS}&boost=population&limit=10`;
}

export function parseCommunes(body: string): Commune[] {
  return arr(parseJson(body))
    .map((item) => {
      const o = obj(item);
      const coordinates = arr(obj(o.centre).coordinates).map(num);
      const centre: [number, number] | undefined =
        coordinates.length === 2 && coordinates[0] !== undefined && coordinates[1] !== undefined
          ? [coordinates[0], coordinates[1]]
          : undefined;
      return {
        nom: str(o.nom, 120),
        code: str(o.code, 5),
        codesPostaux: arr(o.codesPostaux)
          .map((c) => str(c, 5))
          .filter((c) => /^\d{5}$/.test(c)),
        codeDepartement: str(o.codeDepartement, 3),
        codeRegion: str(o.codeRegion, 2),
        codeEpci: str(o.codeEpci, 9),
        centre,
        population: num(o.population),
      };
    })
    .filter((c) => c.nom && /^[\dAB]{5}$/i.test(c.code));
}
