/**
 * Annuaire de l'éducation (data.education.gouv.fr, Licence Ouverte): open schools, collèges and
 * lycées around the club, with their e-mail. The type tells the level, hence the funding body.
 */
import type { TutelleId } from '../taxonomy';
import { email, num, obj, parseJson, str, website, within } from './read';
import type { Candidate, Commune, Request, SourceModule } from './types';

const BASE = 'https://data.education.gouv.fr/api/explore/v2.1/catalog/datasets/fr-en-annuaire-education/records';

function requests(commune: Commune, radiusKm: number): Request[] {
  if (commune.centre) {
    const [lon, lat] = commune.centre;
    const point = `geom'POINT(${lon} ${lat})'`;
    const radius = Math.min(50, Math.max(1, radiusKm));
    const where = `within_distance(position, ${point}, ${radius}km) and etat="OUVERT"`;
    return [
      {
        source: 'education',
        url: `${BASE}?where=${encodeURIComponent(where)}&order_by=${encodeURIComponent(`distance(position, ${point})`)}&limit=100`,
      },
    ];
  }
  return [
    {
      source: 'education',
      url: `${BASE}?where=${encodeURIComponent(`code_commune="${commune.code}" and etat="OUVERT"`)}&limit=100`,
    },
  ];
}

const LEVELS: [RegExp, TutelleId, string][] = [
  [/^ecole/i, 'commune', 'école'],
  [/^coll[eè]ge/i, 'departement', 'collège'],
  [/^lyc[eé]e/i, 'region', 'lycée'],
];

function parse(body: string): Candidate[] {
  const data = obj(parseJson(body));
  if (!Array.isArray(data.results)) throw new Error('réponse inattendue (pas de « results »)');
  const out: Candidate[] = [];
  for (const item of data.results) {
    const record = obj(item);
    const name = str(record.nom_etablissement, 200);
    const type = str(record.type_etablissement, 60);
    const level = LEVELS.find(([pattern]) => pattern.test(type));
    if (!name || !level || str(record.etat, 20).toUpperCase() === 'FERME') continue;
    const isPrivate = /priv/i.test(str(record.statut_public_prive, 20));
    const position = obj(record.position);
    const uai = str(record.identifiant_de_l_etablissement, 8).toUpperCase();
    out.push({
      source: 'education',
      name,
      uai: /^\d{7}[A-Z]$/.test(uai) ? uai : undefined,
      siret: /^\d{14}$/.test(str(record.siren_siret, 14)) ? str(record.siren_siret, 14) : undefined,
      typed: {
        category: 'etablissement_scolaire',
        tutelle: isPrivate ? 'prive' : level[1],
        reason: {
          fr: `type « ${type} » (${level[2]}${isPrivate ? ' privé' : ''}) dans l’Annuaire de l’éducation`,
          en: `type “${type}” (${level[2]}${isPrivate ? ', private' : ''}) in the Annuaire de l’éducation`,
        },
      },
      address: str(record.adresse_1, 300) || undefined,
      postalCode: str(record.code_postal, 5) || undefined,
      city: str(record.nom_commune, 120) || undefined,
      email: email(record.mail),
      phone: str(record.telephone, 30) || undefined,
      website: website(record.web),
      ...within(num(position.lat ?? record.latitude), num(position.lon ?? record.longitude)),
    });
  }
  return out;
}

export const educationSource: SourceModule = {
  id: 'education',
  label: "Annuaire de l'éducation",
  attribution: 'Annuaire de l’éducation (ministère de l’Éducation nationale), Licence Ouverte',
  requests,
  parse,
};
