/**
 * "Chercher les numéros SIREN": the partners the classifier could not place (`autre` or low
 * confidence, never a person's choice) and whose Source holds no identifier yet are looked up by name
 * in Recherche d'entreprises. A record that is clearly theirs (see core/opendata/lookup) has its SIREN,
 * SIRET, activity code and legal category written into Source, and the row is classified again in
 * the same write: the legal form now outranks the bare name.
 *
 * The sidebar works through the sheet chunk by chunk (the API allows a few requests a second); each
 * chunk fetches outside the lock, then writes under it, matching rows by partner ID.
 */
import { autoConfidence, markedAsChosen, needsCheck } from '../../core/classement';
import { t } from '../../core/i18n';
import { codesOf, type LookupQuery, lookupRequest, pickRecord } from '../../core/opendata/lookup';
import type { Candidate, Request } from '../../core/opendata/types';
import { formatSource, parseSource } from '../../core/source';
import { CATEGORIES, type CategoryId, idFromLabel } from '../../core/taxonomy';
import type { LookupOutcome, LookupRequest } from '../../rpc';
import { withDocumentLock } from '../gas/lock';
import { currentLang } from '../lang';
import { loadSettings } from '../settings';
import { failureMessage, fetchCandidates } from '../suggest/fetch-sources';
import { get, openPartnerTable, type PartnerTable, rowById, save, set, text } from '../tracking/table';
import { CLASSIFIER_COLUMNS, classifierMayChange, classifyInPlace, listRowsToCheck } from './action';

/** A partner and the record found to be theirs. */
interface Found {
  query: LookupQuery;
  record: Candidate;
}

/** Partners looked up per call: one fetchAll round the API's rate limit can take. */
export const LOOKUP_CHUNK = 10;

/** The search for this row, when it is one to look up. */
function queryFor(table: PartnerTable, row: unknown[], departement?: string): LookupQuery | undefined {
  const name = text(table, row, 'structure');
  const partnerId = text(table, row, 'id');
  const classement = get(table, row, 'classement');
  const category = text(table, row, 'categorie');
  if (!name || !partnerId || markedAsChosen(classement, category)) return undefined;
  const confidence = autoConfidence(classement);
  const uncertain =
    !category ||
    needsCheck({ category: (idFromLabel(CATEGORIES, category) || 'autre') as CategoryId, confidence: confidence ?? 0 });
  const source = parseSource(text(table, row, 'source'));
  if (!uncertain || source.legalCategory || source.siren || source.siret) return undefined;
  // Changed by a person where onEdit did not run: theirs, not the look-up's.
  if (category && !classifierMayChange(table, row)) return undefined;
  return { partnerId, name, postalCode: text(table, row, 'codePostal') || undefined, departement };
}

export function lookupPartnerCodes(request: LookupRequest = {}): LookupOutcome {
  const table = openPartnerTable(...CLASSIFIER_COLUMNS, 'source');
  const lang = currentLang();
  const departement = loadSettings().commune?.codeDepartement || undefined;
  const start = request.after ? table.rows.findIndex((row) => text(table, row, 'id') === request.after) + 1 : 0;
  const queries: LookupQuery[] = [];
  let remaining = 0;
  let next: string | undefined;
  for (const row of table.rows.slice(start)) {
    const query = queryFor(table, row, departement);
    if (!query) continue;
    if (queries.length < LOOKUP_CHUNK) {
      queries.push(query);
      next = query.partnerId;
    } else remaining += 1;
  }
  if (!queries.length)
    return { message: t(lang, 'lookup.nothing'), looked: 0, found: 0, ambiguous: 0, notFound: 0, remaining: 0 };

  const searches = queries.map(lookupRequest);
  const fetched = fetchCandidates(searches.filter((r): r is Request => !!r));
  let answered = 0;
  let ambiguous = 0;
  let notFound = 0;
  const found: Found[] = [];
  queries.forEach((query, i) => {
    if (!searches[i]) {
      notFound += 1;
      return;
    }
    const answer = fetched.perRequest[answered++];
    if (!answer) return; // the source failed: said below, looked up again next time
    const verdict = pickRecord(query, answer);
    if (verdict.kind === 'found') found.push({ query, record: verdict.record });
    else if (verdict.kind === 'ambiguous') ambiguous += 1;
    else notFound += 1;
  });

  const { written, table: after } = found.length ? writeCodes(found) : { written: 0, table };
  const failed = fetched.sources.find((s) => s.failure);
  return {
    message: t(lang, 'lookup.done', { looked: queries.length, found: written, ambiguous, notFound }),
    looked: queries.length,
    found: written,
    ambiguous,
    notFound,
    remaining,
    next: remaining ? next : undefined,
    failure: failed && failureMessage(lang, failed),
    // The table as written under the lock: no second read for the list.
    toCheck: written ? listRowsToCheck(after) : undefined,
  };
}

/**
 * Writes the records' identifiers into Source and classifies those rows again, in one write under
 * the lock, on rows still as they were looked up: a cut leaves either both or neither.
 */
function writeCodes(found: Found[]): { written: number; table: PartnerTable } {
  return withDocumentLock(() => {
    const table = openPartnerTable(...CLASSIFIER_COLUMNS, 'source');
    const now = new Date();
    let written = 0;
    for (const { query, record } of found) {
      const row = rowById(table, query.partnerId);
      // Renamed, classified by hand or identified meanwhile: the answer is no longer about this row.
      if (!row || queryFor(table, row, query.departement)?.name !== query.name) continue;
      const before = parseSource(text(table, row, 'source'));
      const codes = codesOf(record);
      if (!codes) continue;
      set(
        table,
        row,
        'source',
        formatSource({ ...before, origin: before.origin || t(table.lang, 'source.saisie'), ...codes }),
      );
      set(table, row, 'modifieLe', now);
      classifyInPlace(table, row, now);
      written += 1;
    }
    if (written) save(table);
    return { written, table };
  });
}
