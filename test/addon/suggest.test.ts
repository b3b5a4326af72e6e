/** Suggestions from open data, on the emulator with the recorded fixtures. */
import { OPEN_DATA_HOSTS } from '../../src/core/opendata/sources';
import type { Route } from '../../src/local/emulator/urlfetch';
import { FIXTURE_COMMUNES, failure, fixtureRoutes } from '../../src/local/fixtures';
import type { Suggestion, SuggestionsOutcome } from '../../src/rpc';
import { emulator } from '../helpers';

const MELUN = FIXTURE_COMMUNES.melun;
const VILLAGE = FIXTURE_COMMUNES.village;

function club(commune = MELUN, routes: Route[] = fixtureRoutes()) {
  const app = emulator({ routes });
  app.clock.set('2026-11-28T09:00:00Z');
  app.run('saveSettings', { clubName: 'Club', commune, radiusKm: 10, senderName: 'Club', signature: '' });
  app.run('buildTrackingSheet', {});
  return app;
}

const search = (app: ReturnType<typeof club>, needs: string[] = []) =>
  app.run<SuggestionsOutcome>('searchSuggestions', { needs });
const byName = (outcome: SuggestionsOutcome, name: string) => outcome.suggestions.find((s) => s.name === name);

test('a search for a large town asks every source in one fetchAll round and merges duplicates across sources', () => {
  const app = club();
  app.calls.reset();
  const outcome = search(app, ['lieu']);
  expect(app.calls.count('UrlFetchApp.fetchAll')).toBe(1);
  expect(app.calls.count('UrlFetchApp.fetch')).toBe(0);
  expect(outcome.sources.map((s) => s.source).sort()).toEqual([
    'annuaire',
    'education',
    'entreprises',
    'inclusion',
    'joafe',
  ]);
  expect(outcome.sources.every((s) => !s.message)).toBe(true);
  const franceServices = outcome.suggestions.filter((s) => /france services/i.test(s.name));
  expect(franceServices).toHaveLength(1);
  expect(franceServices[0].sources.sort()).toEqual(['annuaire', 'inclusion']);
  const mairie = byName(outcome, 'Mairie - Melun')!;
  expect(mairie.sources.sort()).toEqual(['annuaire', 'entreprises']);
  expect(mairie.email).toBe('mairie@ville-melun.fr');
  expect(byName(outcome, "Mediatheque l'Astrolabe")?.category).toBe('bibliotheque');
  expect(byName(outcome, 'Collège Les Capucins')).toMatchObject({
    category: 'etablissement_scolaire',
    tutelle: 'departement',
  });
  expect(outcome.suggestions.some((s) => /annexe/i.test(s.name))).toBe(false);
  expect(outcome.suggestions.some((s) => /FERMEE/i.test(s.name))).toBe(false);
  expect(outcome.suggestions.some((s) => /Meaux/i.test(s.name))).toBe(false);
});

test('a card’s reasons are in the language of the person searching', () => {
  const app = club();
  const french = search(app).suggestions.find((s) => s.reasons[0]?.includes('Annuaire de l’éducation'));
  expect(french?.reasons[0]).toMatch(/^type « .+ » \(.+\) dans l’Annuaire de l’éducation$/);
  const english = app.as({ locale: 'en_US' }, () => search(app)).suggestions.find((s) => s.name === french?.name);
  expect(english?.reasons[0]).toMatch(/^type “.+” \(.+\) in the Annuaire de l’éducation$/);
  expect(english?.reasons.slice(1).join(' ')).not.toMatch(/dans l|en tête/);
});

test('cards are ranked by the needs served, then distance, then a known e-mail', () => {
  const outcome = search(club(), ['financement']);
  const scores = outcome.suggestions.map((s) => s.score);
  expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  expect(outcome.suggestions[0].apports).toContain('financement');
  const sameScore = outcome.suggestions.filter(
    (s) => s.score === outcome.suggestions[0].score && s.distanceKm !== undefined,
  );
  const distances = sameScore.map((s) => s.distanceKm!);
  expect([...distances].sort((a, b) => a - b)).toEqual(distances);
});

test('a village gets its own, smaller set of suggestions', () => {
  const outcome = search(club(VILLAGE));
  const names = outcome.suggestions.map((s) => s.name);
  expect(names).toEqual(
    expect.arrayContaining([
      'Mairie - Fontaine-le-Port',
      'Ecole primaire de Fontaine-le-Port',
      'Foyer Rural de Fontaine le Port',
    ]),
  );
  expect(names).not.toContain('Mairie - Melun');
});

test('answers are cached: a second search sends no request', () => {
  const app = club();
  search(app);
  app.calls.reset();
  const again = search(app);
  expect(app.calls.count('UrlFetchApp.fetchAll')).toBe(0);
  expect(again.suggestions.length).toBeGreaterThan(10);
  app.clock.advance(7 * 3600 * 1000);
  search(app);
  expect(app.calls.count('UrlFetchApp.fetchAll')).toBe(1);
});

test('hostile values stay plain text: no formula, no markup, no bidi trickery', () => {
  const app = club();
  const outcome = search(app);
  const formula = outcome.suggestions.find((s) => s.name.startsWith('=HYPERLINK'))!;
  const script = outcome.suggestions.find((s) => s.name.includes('<script>'))!;
  const wide = outcome.suggestions.find((s) => s.name.includes('ROBOTIQUE'))!;
  expect(wide.name).not.toMatch(/[\u202a-\u202e]/);
  expect(wide.name).toMatch(/^Club ROBOTIQUE/);
  app.run('addSuggestions', { suggestions: [formula, script] });
  const sheet = app.service('SpreadsheetApp').getActive().getSheetByName('Partenaires');
  const names = sheet.getRange(2, 2, 2, 1);
  expect(names.getFormulas().flat()).toEqual(['', '']);
  expect(names.getValues().flat()).toEqual([formula.name, script.name]);
});

test('a deleted column a suggestion fills stops the adding, rather than lose what it says there', () => {
  const app = club();
  const school = byName(search(app), 'Collège Les Capucins')!;
  const sheet = app.service('SpreadsheetApp').getActive().getSheetByName('Partenaires');
  const header: string[] = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  sheet.deleteColumn(header.indexOf('E-mail') + 1);
  expect(() => app.run('addSuggestions', { suggestions: [school] })).toThrow(
    '« Partenaires » n’a plus la colonne « E-mail » : annulez la suppression (Ctrl+Z) ou utilisez « Créer / mettre à jour le tableau de suivi » pour la recréer ; rien n’a été modifié.',
  );
  expect(sheet.getLastRow()).toBe(1);
});

test('adding suggestions appends classified rows "À contacter" with their source ids, in one write', () => {
  const app = club();
  const outcome = search(app);
  const school = byName(outcome, 'Collège Les Capucins')!;
  const result = app.run<{ added: number; skipped: number }>('addSuggestions', { suggestions: [school] });
  expect(result).toMatchObject({ added: 1, skipped: 0 });
  const sheet = app.service('SpreadsheetApp').getActive().getSheetByName('Partenaires');
  const header: string[] = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const row = sheet.getRange(2, 1, 1, header.length).getValues()[0];
  const at = (name: string) => row[header.indexOf(name)];
  expect(at('ID')).toBe('P-0001');
  expect(at('Statut')).toBe('À contacter');
  expect(at('Catégorie')).toBe('Établissement scolaire ou supérieur');
  expect(at('Tutelle')).toBe('Département');
  expect(at('Source')).toBe("Annuaire de l'éducation · UAI 0772345B");
  expect(at('Code postal')).toBe('77000');
  expect(at('E-mail')).toBe('ce.0772345b@ac-creteil.fr');
  expect(at('Classement')).toMatch(/^auto/);
  const next = search(app);
  expect(byName(next, 'Collège Les Capucins')?.inSheet).toBe(true);
});

test('a partner already in the sheet under another name is known by its e-mail, however it was pasted', () => {
  const app = club();
  const sheet = app.service('SpreadsheetApp').getActive().getSheetByName('Partenaires');
  const header: string[] = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  sheet.getRange(2, header.indexOf('Structure') + 1).setValue('CLG Capucins');
  sheet.getRange(2, header.indexOf('E-mail') + 1).setValue('Secrétariat <CE.0772345B@ac-creteil.fr>');
  expect(byName(search(app), 'Collège Les Capucins')?.inSheet).toBe(true);
});

test('adding 50 suggestions makes the same number of Spreadsheet calls as adding 1', () => {
  const many: Suggestion[] = Array.from({ length: 50 }, (_, i) => ({
    key: `siret:${String(i).padStart(14, '0')}`,
    name: `Association numéro ${i}`,
    category: 'association',
    confidence: 0.8,
    reasons: [],
    apports: ['public'],
    tutelle: 'prive',
    siret: String(i).padStart(14, '0'),
    sources: ['entreprises'],
    sourceNames: ["Recherche d'entreprises"],
    inSheet: false,
    score: 0,
  }));
  const counts = [1, 50].map((n) => {
    const app = club();
    app.calls.reset();
    app.run('addSuggestions', { suggestions: many.slice(0, n) });
    return app.calls.spreadsheetCalls();
  });
  expect(counts[1]).toBe(counts[0]);
});

test('the same suggestion added twice (two sidebars at once) lands once', () => {
  const app = club();
  const outcome = search(app);
  const mairie = byName(outcome, 'Mairie - Melun')!;
  app.run('addSuggestions', { suggestions: [mairie] });
  const second = app.as({ email: 'autre@example.org' }, () =>
    app.run<{ added: number; skipped: number }>('addSuggestions', { suggestions: [mairie, mairie] }),
  );
  expect(second).toMatchObject({ added: 0, skipped: 2 });
  const sheet = app.service('SpreadsheetApp').getActive().getSheetByName('Partenaires');
  expect(sheet.getLastRow()).toBe(2);
});

function withAnnuaire(respond: Route['respond']): Route[] {
  return [{ pattern: /api-lannuaire\.service-public\.fr/, respond }, ...fixtureRoutes()];
}

test('a 429 answered as HTML is retried with backoff and then succeeds', () => {
  let calls = 0;
  const app = club(
    MELUN,
    withAnnuaire((url, request) => (++calls <= 3 ? failure('429') : fixtureRoutes()[3].respond(url, request))),
  );
  const start = app.clock.now();
  const outcome = search(app);
  expect(app.calls.count('UrlFetchApp.fetchAll')).toBe(2);
  expect(outcome.sources.find((s) => s.source === 'annuaire')?.message).toBeUndefined();
  expect(byName(outcome, 'Mairie - Melun')).toBeDefined();
  expect(app.clock.now() - start).toBeGreaterThanOrEqual(1000);
});

test('a retry-after header is honoured', () => {
  let calls = 0;
  const app = club(
    MELUN,
    withAnnuaire((url, request) => (++calls <= 3 ? failure('429', 3) : fixtureRoutes()[3].respond(url, request))),
  );
  const start = app.clock.now();
  search(app);
  expect(app.clock.now() - start).toBeGreaterThanOrEqual(3000);
});

test('a source that keeps failing gets its own message within the time budget; the others still show', () => {
  const app = club(
    MELUN,
    withAnnuaire(() => failure('500')),
  );
  const start = app.clock.now();
  const outcome = search(app);
  expect(app.clock.now() - start).toBeLessThan(30000);
  const annuaire = outcome.sources.find((s) => s.source === 'annuaire')!;
  expect(annuaire.message).toMatch(/^Annuaire de l'administration : le service est en panne/);
  expect(outcome.sources.filter((s) => s.message)).toHaveLength(1);
  expect(byName(outcome, 'Collège Les Capucins')).toBeDefined();
});

test.each([
  ['malformed', /réponse illisible/],
  ['missing-field', /réponse illisible/],
])('an answer that is %s is reported, never shown as data', (kind, message) => {
  const app = club(
    MELUN,
    withAnnuaire(() => failure(kind as 'malformed')),
  );
  const outcome = search(app);
  expect(outcome.sources.find((s) => s.source === 'annuaire')?.message).toMatch(message);
  expect(app.calls.count('UrlFetchApp.fetchAll')).toBe(1);
});

test('an unreachable host does not stop the others', () => {
  const routes = fixtureRoutes().filter((r) => !String(r.pattern).includes('cartographie'));
  const outcome = search(club(MELUN, routes));
  expect(outcome.sources.find((s) => s.source === 'inclusion')?.message).toMatch(/injoignable/);
  expect(byName(outcome, 'Mairie - Melun')).toBeDefined();
});

test('empty results give an empty, not failing, source', () => {
  const app = club(
    MELUN,
    withAnnuaire(() => failure('empty')),
  );
  const annuaire = search(app).sources.find((s) => s.source === 'annuaire')!;
  expect(annuaire.count).toBe(0);
  expect(annuaire.message).toBeUndefined();
});

test('every request goes to a declared open-data host and carries no partner data', () => {
  const app = club();
  const sheet = app.service('SpreadsheetApp').getActive().getSheetByName('Partenaires');
  sheet.getRange(2, 2).setValue('Secret Partenaire');
  sheet.getRange(2, 8).setValue('secret@example.org');
  search(app);
  expect(app.fetches.log.length).toBeGreaterThan(5);
  for (const url of app.fetches.log) {
    expect(OPEN_DATA_HOSTS).toContain(new URL(url).host);
    expect(url).not.toMatch(/secret/i);
  }
});

test('without a commune the search asks for one in plain French', () => {
  const app = emulator({ routes: fixtureRoutes() });
  expect(() => app.run('searchSuggestions', { needs: [] })).toThrow(
    'Choisissez d’abord la commune du club dans l’onglet Réglages.',
  );
});

test('the commune is found by postal code or name, and settings are shared in document properties', () => {
  const app = emulator({ routes: fixtureRoutes() });
  const found = app.run<{ nom: string; centre: number[] }[]>('searchCommunes', { query: '77000' });
  expect(found.map((c) => c.nom)).toEqual(['Melun', 'Livry-sur-Seine']);
  expect(found[0].centre).toEqual([2.6563, 48.5439]);
  expect(app.run<{ nom: string }[]>('searchCommunes', { query: 'Melun' })[0].nom).toBe('Melun');
  expect(() => app.run('searchCommunes', { query: 'M' })).toThrow(/au moins deux lettres/);
  const saved = app.run<{ radiusKm: number; commune: { code: string } }>('saveSettings', {
    clubName: 'X',
    commune: found[0],
    radiusKm: 500,
  });
  expect(saved.radiusKm).toBe(50);
  expect(JSON.parse(app.book.properties.get('pdc.settings')!).commune.code).toBe('77288');
});

test('the commune service failing gives a clear message', () => {
  const app = emulator({ routes: [{ pattern: /geo\.api\.gouv\.fr/, respond: () => failure('500') }] });
  expect(() => app.run('searchCommunes', { query: 'Melun' })).toThrow(/geo\.api\.gouv\.fr\) ne répond pas/);
});

test('the associations journal gives the latest announcement per RNA and drops dissolved associations', () => {
  const outcome = search(club());
  const journal = outcome.suggestions.filter((s) => s.sources.includes('joafe'));
  expect(journal.map((s) => s.name).sort()).toEqual(['Amicale Laique de Melun', 'Les Petits Codeurs de Melun']);
  expect(byName(outcome, 'Amicale Laique de Melun')).toMatchObject({
    category: 'association',
    rna: 'W771000222',
    address: '3 rue Pasteur 77000 Melun',
  });
  expect(byName(outcome, 'Les Petits Codeurs de Melun')?.website).toBe('https://www.petits-codeurs.example');
  expect(outcome.suggestions.some((s) => /ANCIENS DU QUARTIER/i.test(s.name))).toBe(false);
});
