/**
 * The Suggestions tab: search the open data around the club, then add chosen organisations to the
 * sheet in one batch write under the lock (Statut "À contacter", Source with the ids, classified).
 */
import { valueForCell } from '../../core/cell-text';
import { autoLabel } from '../../core/classement';
import { UserError } from '../../core/errors';
import { t } from '../../core/i18n';
import { SOURCES, sourceById } from '../../core/opendata/sources';
import { buildSuggestions, type ExistingKeys, identityKeys, type Suggestion } from '../../core/opendata/suggest';
import { COLUMNS, type ColumnId } from '../../core/schema';
import { formatSource, parseSource } from '../../core/source';
import { APPORTS, type ApportId, CATEGORIES, type Lang, label, STATUTS, TUTELLES } from '../../core/taxonomy';
import type { AddOutcome, SuggestionsOutcome, SuggestionsRequest } from '../../rpc';
import { withDocumentLock } from '../gas/lock';
import { activeSpreadsheet } from '../gas/spreadsheet';
import { currentLang } from '../lang';
import { loadSettings } from '../settings';
import { newIds } from '../tracking/id-counter';
import { findPartnerSheet } from '../tracking/locate';
import { openPartnerTable, type PartnerTable, requireColumns, text } from '../tracking/table';
import { failureMessage, fetchCandidates } from './fetch-sources';

const MAX_SUGGESTIONS = 150;
const MAX_ADD = 200;
const APPORT_IDS = new Set(APPORTS.map((a) => a.id));

function existingKeys(table: PartnerTable | undefined): ExistingKeys {
  const keys = new Set<string>();
  for (const row of table?.rows ?? []) {
    const name = text(table!, row, 'structure');
    if (!name) continue;
    const source = parseSource(text(table!, row, 'source'));
    for (const key of identityKeys({
      name,
      city: text(table!, row, 'commune'),
      email: text(table!, row, 'email'),
      siret: source.siret,
      uai: source.uai,
      rna: source.rna,
    })) {
      keys.add(key);
    }
  }
  return { keys };
}

export function searchSuggestions(request: SuggestionsRequest): SuggestionsOutcome {
  const lang = currentLang();
  const settings = loadSettings();
  const commune = settings.commune;
  if (!commune) throw new UserError('suggest.noCommune');
  const needs = (Array.isArray(request?.needs) ? request.needs : []).filter((n): n is ApportId =>
    APPORT_IDS.has(n as ApportId),
  );
  const requests = SOURCES.flatMap((source) => source.requests(commune, settings.radiusKm));
  const fetched = fetchCandidates(requests);
  const table = findPartnerSheet(activeSpreadsheet()) ? openPartnerTable() : undefined;
  const suggestions = buildSuggestions(fetched.candidates, {
    centre: commune.centre,
    radiusKm: settings.radiusKm,
    needs,
    existing: existingKeys(table),
    lang: currentLang(),
  }).slice(0, MAX_SUGGESTIONS);
  return {
    commune: commune.nom,
    suggestions,
    sources: fetched.sources.map((s) => ({
      source: s.source,
      attribution: sourceById(s.source).attribution,
      count: s.count,
      message: failureMessage(lang, s),
    })),
  };
}

/**
 * Number formats of the appended rows: the add-on's text columns are set to plain text ("@"), so
 * what comes from outside stays the text it is ("77000", "=…", "+33…") without any prefix.
 */
function rowFormats(table: PartnerTable, width: number): string[] {
  const formats: string[] = Array(width).fill('');
  for (const spec of COLUMNS) {
    const at = table.positions[spec.id];
    if (!at) continue;
    formats[at - 1] = spec.type === 'date' ? 'dd/mm/yyyy' : spec.type === 'checkbox' ? '' : '@';
  }
  return formats;
}

/** What a new row says of a suggestion, column by column. */
function cellsFor(s: Suggestion, id: string, now: Date, lang: Lang): [ColumnId, unknown][] {
  return [
    ['id', id],
    ['structure', s.name],
    ['categorie', label(CATEGORIES, s.category, lang)],
    ['apports', s.apports.map((a) => label(APPORTS, a, lang)).join(', ')],
    ['tutelle', s.tutelle ? label(TUTELLES, s.tutelle, lang) : ''],
    ['email', s.email ?? ''],
    ['telephone', s.phone ?? ''],
    ['adresse', s.address ?? ''],
    ['codePostal', s.postalCode ?? ''],
    ['commune', s.city ?? ''],
    ['siteWeb', s.website ?? ''],
    ['statut', label(STATUTS, 'a_contacter', lang)],
    [
      'source',
      formatSource({
        origin: s.sources.map((src) => sourceById(src).label).join(' + '),
        siret: s.siret,
        uai: s.uai,
        rna: s.rna,
        naf: s.naf,
        legalCategory: s.legalCategory,
      }),
    ],
    ['nePasContacter', false],
    ['classement', autoLabel(s.confidence, s.category, lang)],
    ['modifieLe', now],
  ];
}

/** One new row of the sheet; every outside value is written as text. */
function rowFor(table: PartnerTable, width: number, formats: string[], cells: [ColumnId, unknown][]): unknown[] {
  const row: unknown[] = Array(width).fill('');
  for (const [column, value] of cells) {
    const at = table.positions[column] as number;
    row[at - 1] = valueForCell(value, formats[at - 1]);
  }
  return row;
}

/** Keeps only well-formed suggestions: they come back from the sidebar, so they are checked again. */
function valid(s: unknown): s is Suggestion {
  const o = s as Suggestion;
  return (
    !!o &&
    typeof o.name === 'string' &&
    o.name.trim() !== '' &&
    CATEGORIES.some((c) => c.id === o.category) &&
    Array.isArray(o.sources) &&
    o.sources.every((src) => SOURCES.some((m) => m.id === src)) &&
    Array.isArray(o.apports) &&
    o.apports.every((a) => APPORT_IDS.has(a))
  );
}

export function addSuggestions(request: { suggestions: Suggestion[] }): AddOutcome {
  const chosen = (Array.isArray(request?.suggestions) ? request.suggestions : []).filter(valid).slice(0, MAX_ADD);
  if (!chosen.length) throw new UserError('suggest.nothingToAdd');
  return withDocumentLock(() => {
    const table = openPartnerTable();
    const existing = existingKeys(table).keys;
    const fresh = chosen.filter((s) => {
      const keys = identityKeys({ ...s, city: s.city });
      if (keys.some((k) => existing.has(k))) return false;
      for (const k of keys) existing.add(k);
      return true;
    });
    const skipped = chosen.length - fresh.length;
    if (fresh.length) {
      const { sheet } = table;
      const width = Math.max(sheet.getLastColumn(), ...Object.values(table.positions).map(Number));
      const ids = newIds(
        table.rows.map((r) => text(table, r, 'id')),
        fresh.length,
      );
      const now = new Date();
      const cells = fresh.map((s, i) => cellsFor(s, ids[i], now, table.lang));
      // A deleted column would lose what the suggestion says there (its e-mail, its source).
      requireColumns(
        table,
        cells[0].map(([column]) => column),
      );
      const formats = rowFormats(table, width);
      const rows = cells.map((c) => rowFor(table, width, formats, c));
      const start = sheet.getLastRow() + 1;
      const needed = start + rows.length - 1 - sheet.getMaxRows();
      if (needed > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needed);
      const block = sheet.getRange(start, 1, rows.length, width);
      block.setNumberFormats(rows.map(() => formats));
      block.setValues(rows);
    }
    return {
      added: fresh.length,
      skipped,
      message: t(currentLang(), 'suggest.added', { added: fresh.length, skipped }),
    };
  });
}
