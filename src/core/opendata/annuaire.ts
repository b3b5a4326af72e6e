/**
 * Annuaire de l'administration (Service-Public.fr / DILA): town hall, intercommunality, departmental
 * council, CCAS, information jeunesse, mission locale and France services of the commune.
 * Attribution "Service-Public.fr / DILA" is required. Several fields are JSON inside strings.
 */
import type { CategoryId, TutelleId } from '../taxonomy';
import { arr, email, nested, num, obj, parseJson, str, website, within } from './read';
import type { Candidate, Commune, Request, SourceModule } from './types';

const BASE =
  'https://api-lannuaire.service-public.fr/api/explore/v2.1/catalog/datasets/api-lannuaire-administration/records';

/** Kinds of local service kept, with the category and funding body each one is. */
const KINDS: Record<string, { category: CategoryId; tutelle?: TutelleId; label: string }> = {
  mairie: { category: 'mairie', tutelle: 'commune', label: 'mairie' },
  ccas: { category: 'mairie', tutelle: 'commune', label: 'CCAS' },
  cij: { category: 'mairie', tutelle: 'commune', label: 'information jeunesse' },
  epci: { category: 'collectivite', tutelle: 'intercommunalite', label: 'intercommunalité' },
  cg: { category: 'collectivite', tutelle: 'departement', label: 'conseil départemental' },
  cr: { category: 'collectivite', tutelle: 'region', label: 'conseil régional' },
  mission_locale: { category: 'association', tutelle: 'prive', label: 'mission locale' },
  france_services: { category: 'epn', tutelle: 'etat', label: 'France services' },
};

function url(where: string, limit = 100): string {
  return `${BASE}?where=${encodeURIComponent(where)}&limit=${limit}`;
}

function requests(commune: Commune): Request[] {
  const list: Request[] = [{ source: 'annuaire', url: url(`code_insee_commune="${commune.code}"`) }];
  if (/^\d{9}$/.test(commune.codeEpci)) list.push({ source: 'annuaire', url: url(`siren="${commune.codeEpci}"`, 10) });
  if (commune.codeDepartement) {
    list.push({
      source: 'annuaire',
      url: url(`pivot LIKE "cg" AND startswith(code_insee_commune, "${commune.codeDepartement}")`, 10),
    });
  }
  return list;
}

function firstValue(value: unknown): string {
  const parsed = nested(value);
  if (Array.isArray(parsed)) return str(obj(parsed[0]).valeur, 300);
  return str(parsed, 300);
}

function parse(body: string): Candidate[] {
  const data = obj(parseJson(body));
  if (!Array.isArray(data.results)) throw new Error('réponse inattendue (pas de « results »)');
  const out: Candidate[] = [];
  for (const item of data.results) {
    const record = obj(item);
    const pivot = obj(arr(nested(record.pivot))[0]);
    const kind = KINDS[str(pivot.type_service_local, 40)];
    const name = str(record.nom, 200);
    if (!kind || !name || /d[ée]l[ée]gu[ée]e|annexe/i.test(name)) continue;
    const address = obj(
      arr(nested(record.adresse))
        .map(obj)
        .find((a) => str(a.type_adresse, 40) === 'Adresse') ?? arr(nested(record.adresse))[0],
    );
    const street = [str(address.numero_voie, 80), str(address.complement1, 120)].filter(Boolean).join(', ');
    const emails = str(record.adresse_courriel, 500)
      .split(/[;,\s]+/)
      .map(email)
      .filter(Boolean);
    out.push({
      source: 'annuaire',
      name,
      recordId: str(record.id, 64) || undefined,
      siret: /^\d{14}$/.test(str(record.siret, 14)) ? str(record.siret, 14) : undefined,
      siren: /^\d{9}$/.test(str(record.siren, 9)) ? str(record.siren, 9) : undefined,
      typed: {
        category: kind.category,
        tutelle: kind.tutelle,
        reason: {
          fr: `type « ${kind.label} » dans l’Annuaire de l’administration`,
          en: `type “${kind.label}” in the Annuaire de l’administration`,
        },
      },
      address: street || undefined,
      postalCode: str(address.code_postal, 5) || undefined,
      city: str(address.nom_commune, 120) || undefined,
      email: emails[0],
      phone: firstValue(record.telephone) || undefined,
      website: website(firstValue(record.site_internet)),
      ...within(num(address.latitude), num(address.longitude)),
    });
  }
  return out;
}

export const annuaireSource: SourceModule = {
  id: 'annuaire',
  label: "Annuaire de l'administration",
  attribution: 'Service-Public.fr / DILA, Annuaire de l’administration',
  requests,
  parse,
};
