/**
 * Cartographie nationale des lieux d'inclusion numérique (cartographie.societenumerique.gouv.fr):
 * EPN, France services and other digital mediation places of the commune.
 */
import { obj, parseJson, str } from './read';
import type { Candidate, Commune, Request, SourceModule } from './types';

const BASE = 'https://cartographie.societenumerique.gouv.fr/api/lieux';

function requests(commune: Commune): Request[] {
  return [{ source: 'inclusion', url: `${BASE}?territoire_type=communes&territoires=${commune.code}&page=1&limit=24` }];
}

function parse(body: string): Candidate[] {
  const data = obj(parseJson(body));
  if (!Array.isArray(data.lieux)) throw new Error('réponse inattendue (pas de « lieux »)');
  const out: Candidate[] = [];
  for (const item of data.lieux) {
    const lieu = obj(item);
    const name = str(lieu.nom, 200);
    if (!name) continue;
    const address = obj(lieu.adresse);
    const street = [str(address.numero_voie, 10), str(address.repetition, 10), str(address.nom_voie, 200)]
      .filter(Boolean)
      .join(' ');
    const franceServices = lieu.isFranceServices === true;
    out.push({
      source: 'inclusion',
      name,
      recordId: str(lieu.id, 64) || undefined,
      typed: {
        category: 'epn',
        reason: franceServices
          ? {
              fr: 'France services, dans la cartographie nationale de l’inclusion numérique',
              en: 'France services, in the national map of digital inclusion',
            }
          : {
              fr: 'lieu de médiation numérique de la cartographie nationale',
              en: 'digital mediation place of the national map',
            },
      },
      address: street || undefined,
      postalCode: str(address.code_postal, 5) || undefined,
      city: str(address.commune, 120) || undefined,
      phone: str(lieu.telephone, 30) || undefined,
    });
  }
  return out;
}

export const inclusionSource: SourceModule = {
  id: 'inclusion',
  label: "Cartographie de l'inclusion numérique",
  attribution: 'Cartographie nationale des lieux d’inclusion numérique (ANCT)',
  requests,
  parse,
};
