/** "Chercher les numéros SIREN": uncertain partners found by name in Recherche d'entreprises, then classified again. */
import type { Route } from '../../src/local/emulator/urlfetch';
import { FIXTURE_COMMUNES, failure, fixtureRoutes } from '../../src/local/fixtures';
import type { ClassifyOutcome, LookupOutcome } from '../../src/rpc';
import { emulator } from '../helpers';

const SEARCH = /^https:\/\/recherche-entreprises\.api\.gouv\.fr\/search\?/;

function club(rows: [string, string, string?][], routes: Route[] = fixtureRoutes()) {
  const app = emulator({ routes });
  app.run('saveSettings', {
    clubName: 'Club',
    commune: FIXTURE_COMMUNES.melun,
    radiusKm: 10,
    senderName: 'Club',
    signature: '',
  });
  app.run('buildTrackingSheet', {});
  const sheet = app.service('SpreadsheetApp').getActive().getSheetByName('Partenaires');
  const header: string[] = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const col = (name: string) => header.indexOf(name) + 1;
  if (rows.length > 998) sheet.insertRowsAfter(1000, rows.length);
  sheet.getRange(2, col('Structure'), rows.length, 1).setValues(rows.map(([name]) => [name]));
  sheet.getRange(2, col('Code postal'), rows.length, 1).setValues(rows.map(([, postal]) => [postal]));
  rows.forEach(([, , category], i) => {
    if (category) sheet.getRange(i + 2, col('Catégorie')).setValue(category);
  });
  app.run('buildTrackingSheet', {});
  app.run<ClassifyOutcome>('classifyPartners');
  const value = (row: number, name: string) => sheet.getRange(row, col(name)).getValue();
  const searches = () => app.fetches.log.filter((url) => SEARCH.test(url));
  return { app, sheet, col, value, searches };
}

const lookup = (app: ReturnType<typeof club>['app'], after?: string) =>
  app.run<LookupOutcome>('lookupPartnerCodes', { after });

test('a bare-named partner found by name gets its SIREN codes in Source and is classified by its legal form', () => {
  const { app, value } = club([
    ['Briques et Octets', '77000'],
    ['Atelier Numerik', '77190'],
    ['KIFEKOI', '77000'],
    ['Médiathèque Jean Moulin', '77000'],
    ['Les Amis du Lilas', '77000', 'Association'],
  ]);
  expect(value(2, 'Catégorie')).toBe('Autre / à vérifier');
  const outcome = lookup(app);
  expect(outcome).toMatchObject({ looked: 3, found: 1, ambiguous: 1, notFound: 1, remaining: 0 });
  expect(outcome.next).toBeUndefined();
  expect(outcome.message).toBe(
    '3 partenaires cherchés dans l’annuaire des entreprises : 1 fiche trouvée, 1 homonyme laissé de côté, 1 sans fiche.',
  );
  expect(value(2, 'Source')).toBe('saisie · SIRET 91234567800019 · SIREN 912345678 · NAF 62.01Z · CJ 5710');
  expect(value(2, 'Catégorie')).toBe("Entreprise ou fondation d'entreprise");
  expect(value(2, 'Classement')).toMatch(/^auto \d+ % · Entreprise$/);
  // Two bodies of that name, neither at the partner's postal code: nothing is written.
  expect(value(3, 'Source')).toBe('');
  expect(value(3, 'Catégorie')).toBe('Autre / à vérifier');
  expect(outcome.toCheck?.map((r) => r.name)).toEqual(['Atelier Numerik', 'KIFEKOI']);
  // Only the uncertain rows were looked up: not the library, not a person's choice.
  const queries = app.fetches.log.map((url) => new URL(url).searchParams.get('q'));
  expect(queries).not.toContain('Médiathèque Jean Moulin');
  expect(queries).not.toContain('Les Amis du Lilas');
});

test('the partner’s postal code tells namesakes apart; the search stays in its département', () => {
  const { app, value, searches } = club([['Atelier Numerik', '77000']]);
  const outcome = lookup(app);
  expect(outcome.found).toBe(1);
  expect(value(2, 'Source')).toContain('SIREN 934567812');
  expect(value(2, 'Source')).toContain('CJ 9220');
  expect(value(2, 'Catégorie')).toBe('Association');
  const params = new URL(searches()[0]).searchParams;
  expect(params.get('departement')).toBe('77');
  expect(params.get('etat_administratif')).toBe('A');
});

test('many uncertain partners are looked up ten at a time, the cursor going on where the last chunk stopped', () => {
  const rows = Array.from({ length: 23 }, (_, i) => [`KIFEKOI ${i + 1}`, '77000'] as [string, string]);
  const { app } = club(rows);
  const first = lookup(app);
  expect(first).toMatchObject({ looked: 10, remaining: 13 });
  const second = lookup(app, first.next);
  expect(second).toMatchObject({ looked: 10, remaining: 3 });
  const third = lookup(app, second.next);
  expect(third).toMatchObject({ looked: 3, remaining: 0 });
  expect(third.next).toBeUndefined();
  const names = app.fetches.log.map((url) => new URL(url).searchParams.get('q'));
  expect(new Set(names).size).toBe(23);
});

test('a busy directory (429) gets a French message and nothing is written; the rows stay to look up', () => {
  const routes = fixtureRoutes().map((route) =>
    String(route.pattern) === String(SEARCH) ? { ...route, respond: () => failure('429') } : route,
  );
  const { app, value } = club([['Briques et Octets', '77000']], routes);
  const outcome = lookup(app);
  expect(outcome.found).toBe(0);
  expect(outcome.failure).toMatch(/Recherche d'entreprises : le service est saturé/);
  expect(value(2, 'Source')).toBe('');
  expect(value(2, 'Catégorie')).toBe('Autre / à vérifier');
});

test('nothing to look up says so, and a row identified since (codes in Source) is never looked up again', () => {
  const { app, searches } = club([['Briques et Octets', '77000']]);
  expect(lookup(app).found).toBe(1);
  const before = searches().length;
  const again = lookup(app);
  expect(again).toMatchObject({ looked: 0, found: 0 });
  expect(again.message).toMatch(/Aucun partenaire à chercher/);
  expect(searches().length).toBe(before);
});

test('looking up makes the same number of Spreadsheet calls for 10 and 1,000 rows', () => {
  const counts = [10, 1000].map((n) => {
    const { app } = club(Array.from({ length: n }, (_, i) => [`KIFEKOI ${i}`, '77000'] as [string, string]));
    app.calls.reset();
    lookup(app);
    return app.calls.spreadsheetCalls();
  });
  expect(counts[1]).toBe(counts[0]);
});

test('a UrlFetch quota run out gets a French message, writes nothing, and the next day finishes the work', () => {
  const { app, value } = club([['Briques et Octets', '77000']]);
  app.fetches.dailyLimit = app.fetches.log.length;
  const outcome = lookup(app);
  expect(outcome.found).toBe(0);
  expect(outcome.failure).toMatch(/^Recherche d'entreprises : /);
  expect(value(2, 'Source')).toBe('');
  app.fetches.dailyLimit = 20000;
  expect(lookup(app).found).toBe(1);
  expect(value(2, 'Catégorie')).toBe("Entreprise ou fondation d'entreprise");
});
