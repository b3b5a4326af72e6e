/**
 * Journal officiel des associations (JOAFE, DILA): associations declared in the club's postal codes.
 * These are announcements: the latest one per RNA number is kept, dissolved associations are dropped.
 */
import { num, obj, parseJson, str, website, within } from './read';
import type { Candidate, Commune, Request, SourceModule } from './types';

const BASE =
  'https://journal-officiel-datadila.opendatasoft.com/api/explore/v2.1/catalog/datasets/jo_associations/records';

function requests(commune: Commune): Request[] {
  const codes = commune.codesPostaux.filter((c) => /^\d{5}$/.test(c)).slice(0, 10);
  if (!codes.length) return [];
  const where = codes.map((c) => `codepostal_actuel="${c}"`).join(' OR ');
  return [
    {
      source: 'joafe',
      url: `${BASE}?where=${encodeURIComponent(where)}&order_by=${encodeURIComponent('dateparution DESC')}&limit=100`,
    },
  ];
}

function parse(body: string): Candidate[] {
  const data = obj(parseJson(body));
  if (!Array.isArray(data.results)) throw new Error('réponse inattendue (pas de « results »)');
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const item of data.results) {
    const record = obj(item);
    const rna = str(record.numero_rna, 10).toUpperCase();
    const name = str(record.titre, 200);
    // Newest first: an RNA already seen is an older announcement of the same association.
    if (!name || (rna && seen.has(rna))) continue;
    if (rna) seen.add(rna);
    if (/dissolution/i.test(str(record.typeavis, 80))) continue;
    const point = obj(record.geo_point);
    const siren = str(record.dca_siren, 9);
    out.push({
      source: 'joafe',
      name,
      rna: /^W\d{9}$/.test(rna) ? rna : undefined,
      siren: /^\d{9}$/.test(siren) ? siren : undefined,
      legalCategory: '9220',
      address: str(record.adresse_actuelle, 300) || undefined,
      postalCode: str(record.codepostal_actuel, 5) || undefined,
      city: str(record.commune_actuelle, 120) || undefined,
      website: website(record.siteweb),
      ...within(num(point.lat), num(point.lon)),
    });
  }
  return out;
}

export const joafeSource: SourceModule = {
  id: 'joafe',
  label: 'Journal officiel des associations',
  attribution: 'Journal officiel des associations (DILA), Licence Ouverte',
  requests,
  parse,
};
