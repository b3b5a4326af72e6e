/** "Classer les partenaires" on the emulator: never a person's choice, only empty fills, corrections remembered. */
import type { ClassifyOutcome } from '../../src/rpc';
import { emulator } from '../helpers';

function setup(rows: string[][]) {
  const app = emulator();
  app.run('buildTrackingSheet', {});
  const sheet = app.service('SpreadsheetApp').getActive().getSheetByName('Partenaires');
  const header: string[] = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const col = (name: string) => header.indexOf(name) + 1;
  rows.forEach(([structure, categorie, classement, apports], i) => {
    sheet.getRange(i + 2, col('Structure')).setValue(structure);
    if (categorie) sheet.getRange(i + 2, col('Catégorie')).setValue(categorie);
    if (classement) sheet.getRange(i + 2, col('Classement')).setValue(classement);
    if (apports) sheet.getRange(i + 2, col('Apports')).setValue(apports);
  });
  app.run('buildTrackingSheet', {});
  const value = (row: number, name: string) => sheet.getRange(row, col(name)).getValue();
  return { app, sheet, col, value };
}

test('it classifies empty and automatic rows, keeps people’s choices, fills only empty Apports and Tutelle', () => {
  const { app, value } = setup([
    ['Médiathèque Jean Moulin', '', '', ''],
    ['Collège Victor Hugo', 'Association', '', ''],
    ['MJC de Gourdon', 'Autre / à vérifier', 'auto 30 %', 'Lieu'],
    ['KIFEKOI', '', '', ''],
  ]);
  const outcome = app.run<ClassifyOutcome>('classifyPartners');
  expect(value(2, 'Catégorie')).toBe('Bibliothèque / médiathèque');
  // Classement says the confidence and the category the classifier set, by the first part of its label.
  expect(value(2, 'Classement')).toBe('auto 90 % · Bibliothèque');
  expect(value(2, 'Apports')).toBe('Public, Lieu, Matériel, Communication');
  expect(value(2, 'Tutelle')).toBe('Commune');
  expect(value(3, 'Catégorie')).toBe('Association');
  expect(value(3, 'Classement')).toBe('manuel');
  expect(value(4, 'Catégorie')).toBe('Centre social / maison de quartier');
  expect(value(4, 'Apports')).toBe('Lieu');
  expect(value(5, 'Catégorie')).toBe('Autre / à vérifier');
  expect(outcome.toCheck.map((r) => r.name)).toEqual(['KIFEKOI']);
  // Offered in one click: nothing points anywhere, so the usual categories of a bare name.
  expect(outcome.toCheck[0].quick).toEqual(['association', 'entreprise', 'centre_social']);
  expect(outcome.toCheck[0].reasons.length).toBeGreaterThan(0);
  expect(outcome.message).toMatch(/3 partenaires classés, 1 choix gardé/);
  expect(Object.prototype.toString.call(value(2, 'Modifié le'))).toBe('[object Date]');
});

test('a correction from the sidebar makes the row manual and applies to rows of the same name, now and later', () => {
  const { app, value, sheet, col } = setup([
    ['KIFEKOI', '', '', ''],
    ['Kifékoi', '', '', ''],
  ]);
  const outcome = app.run<{ toCheck: { partnerId: string }[] }>('classifyPartners');
  const result = app.run<{ updated: number }>('setCategory', {
    partnerId: outcome.toCheck[0].partnerId,
    category: 'centre_social',
  });
  expect(result.updated).toBe(2);
  expect([value(2, 'Catégorie'), value(3, 'Catégorie')]).toEqual([
    'Centre social / maison de quartier',
    'Centre social / maison de quartier',
  ]);
  expect(value(2, 'Classement')).toBe('manuel');
  sheet.getRange(4, col('Structure')).setValue('KIFEKOI');
  app.run('buildTrackingSheet', {});
  app.run('classifyPartners');
  expect(value(4, 'Catégorie')).toBe('Centre social / maison de quartier');
  expect(value(4, 'Classement')).toBe('manuel');
});

test('a category typed by hand in the sheet becomes manual and spreads to the same name (onEdit)', () => {
  const { app, value, col } = setup([
    ['HORIZOME', '', '', ''],
    ['Horizome', '', '', ''],
    ['Médiathèque', '', '', ''],
  ]);
  app.run('classifyPartners');
  app.simulateEdit('Partenaires', 2, col('Catégorie'), [['Association']]);
  expect(value(2, 'Classement')).toBe('manuel');
  expect(value(3, 'Catégorie')).toBe('Association');
  expect(value(3, 'Classement')).toBe('manuel');
  expect(value(4, 'Classement')).toMatch(/^auto/);
  app.run('classifyPartners');
  expect(value(2, 'Catégorie')).toBe('Association');
});

test('a club’s own words for categories (« Asso », « École ») become the list’s, still the club’s choice; others stay', () => {
  // An adopted list's Type column: before, « Asso » stayed « Asso », outside the dropdown, not counted on
  // the dashboard, with no Apports nor Tutelle.
  const { app, value } = setup([
    ['Les Petits Codeurs', 'Asso', '', ''],
    ['Collège Jean Moulin', 'École', '', ''],
    ['Maison de quartier Nord', 'Centre social', '', ''],
    ['Festival des Lumières', 'Culture', '', ''],
    ['Fondation Lune', 'Partenaire financier', '', ''],
  ]);
  const outcome = app.run<ClassifyOutcome>('classifyPartners');
  expect(outcome.message).toMatch(/5 choix gardés/);
  expect([value(2, 'Catégorie'), value(2, 'Classement'), value(2, 'Tutelle')]).toEqual([
    'Association',
    'manuel',
    'Privé',
  ]);
  expect([value(3, 'Catégorie'), value(3, 'Tutelle')]).toEqual(['Établissement scolaire ou supérieur', 'Département']);
  expect(value(4, 'Catégorie')).toBe('Centre social / maison de quartier');
  // A sector, or a role, names no category: what the club wrote stays.
  expect([value(5, 'Catégorie'), value(5, 'Classement')]).toEqual(['Culture', 'manuel']);
  expect(value(6, 'Catégorie')).toBe('Partenaire financier');
});

test('a club’s own word typed in the sheet is read as the category it names and spread (onEdit)', () => {
  const { app, value, col } = setup([
    ['Les Petits Codeurs', '', '', ''],
    ['LES PETITS CODEURS', '', '', ''],
  ]);
  app.simulateEdit('Partenaires', 2, col('Catégorie'), [['asso']]);
  expect([value(2, 'Catégorie'), value(2, 'Classement')]).toEqual(['Association', 'manuel']);
  expect(value(3, 'Catégorie')).toBe('Association');
});

test('a category a person chooses fills the empty Apports and Tutelle as the classifier would, never what they wrote', () => {
  const { app, value, col } = setup([
    ['HORIZOME', '', '', ''],
    ['Horizome', '', '', 'Lieu'],
    ['Collège Jean Jaurès', 'Établissement scolaire ou supérieur', '', ''],
    ['KIFEKOI', '', '', ''],
  ]);
  app.run('classifyPartners');
  // Typed in the sheet: both rows of that name take it; the one with Apports keeps them.
  app.simulateEdit('Partenaires', 2, col('Catégorie'), [['association']]);
  expect([value(2, 'Catégorie'), value(2, 'Apports'), value(2, 'Tutelle')]).toEqual([
    'Association',
    'Public, Lieu, Compétences, Communication',
    'Privé',
  ]);
  expect([value(3, 'Apports'), value(3, 'Tutelle')]).toEqual(['Lieu', 'Privé']);
  // Kept by Classer as a person's choice, with the funding body its name gives (collège → département).
  expect([value(4, 'Classement'), value(4, 'Tutelle')]).toEqual(['manuel', 'Département']);
  // Chosen in the sidebar.
  const [row] = app.run<{ partnerId: string }[]>('listRowsToCheck');
  app.run('setCategory', { partnerId: row.partnerId, category: 'entreprise' });
  expect([value(5, 'Apports'), value(5, 'Tutelle')]).toEqual(['Compétences, Matériel, Financement', 'Privé']);
  // « Autre » implies nothing.
  app.simulateEdit('Partenaires', 5, col('Catégorie'), [['Autre / à vérifier']]);
  expect(value(5, 'Tutelle')).toBe('Privé');
});

test('a category changed where onEdit did not run (a teammate without the add-on) stays a person’s choice', () => {
  const { app, sheet, col, value } = setup([
    ['Médiathèque Jean Moulin', '', '', ''],
    ['KIFEKOI', '', '', ''],
  ]);
  app.run('classifyPartners');
  expect(value(3, 'Classement')).toMatch(/^auto /);
  // Written straight into the cells, as another person's edit the add-on never saw.
  sheet.getRange(2, col('Catégorie')).setValue('Association');
  sheet.getRange(3, col('Catégorie')).setValue("Entreprise ou fondation d'entreprise");
  expect(app.run<ClassifyOutcome['toCheck']>('listRowsToCheck')).toEqual([]);
  app.run('lookupPartnerCodes', {});
  expect(value(3, 'Catégorie')).toBe("Entreprise ou fondation d'entreprise");
  const outcome = app.run<ClassifyOutcome>('classifyPartners');
  expect(outcome.message).toBe('0 partenaire classé, 2 choix gardés. Rien à vérifier pour l’instant.');
  expect([value(2, 'Catégorie'), value(2, 'Classement')]).toEqual(['Association', 'manuel']);
  expect([value(3, 'Catégorie'), value(3, 'Classement')]).toEqual(["Entreprise ou fondation d'entreprise", 'manuel']);
});

test('a category changed where onEdit did not run stays a person’s choice even when the name changed too', () => {
  const { app, sheet, col, value } = setup([['Médiathèque Jean Moulin', '', '', '']]);
  app.run('classifyPartners');
  expect(value(2, 'Classement')).toBe('auto 90 % · Bibliothèque');
  // Another person's edit the add-on never saw: the category and the name, which the classifier now
  // answers with another confidence.
  sheet.getRange(2, col('Catégorie')).setValue('Centre social / maison de quartier');
  sheet.getRange(2, col('Structure')).setValue('Médiathèque et ludothèque Jean Moulin');
  app.run('classifyPartners');
  expect([value(2, 'Catégorie'), value(2, 'Classement')]).toEqual(['Centre social / maison de quartier', 'manuel']);
  // Renamed alone, the row is still the classifier's, which answers again.
  sheet.getRange(2, col('Classement')).setValue('auto 90 % · Bibliothèque');
  sheet.getRange(2, col('Catégorie')).setValue('Bibliothèque / médiathèque');
  app.run('classifyPartners');
  expect(value(2, 'Classement')).toBe('auto 97 % · Bibliothèque');
  // A sheet classified before Classement said the category (« auto 90 % » alone): Classer writes it, and
  // that alone does not move the row's date.
  sheet.getRange(2, col('Classement')).setValue('auto 97 %');
  const monday = new Date('2026-11-02T09:00:00Z');
  sheet.getRange(2, col('Modifié le')).setValue(monday);
  app.run('classifyPartners');
  expect(value(2, 'Classement')).toBe('auto 97 % · Bibliothèque');
  expect(new Date(value(2, 'Modifié le')).toISOString()).toBe(monday.toISOString());
  // Read as it was then: another category, and the classifier gives the confidence it gave, is a person's.
  sheet.getRange(2, col('Classement')).setValue('auto 97 %');
  sheet.getRange(2, col('Catégorie')).setValue('Association');
  app.run('classifyPartners');
  expect([value(2, 'Catégorie'), value(2, 'Classement')]).toEqual(['Association', 'manuel']);
});

test('a teammate who reads English gets messages in English; the French sheet stays French', () => {
  const { app, value } = setup([
    ['Médiathèque Jean Moulin', '', '', ''],
    ['KIFEKOI', '', '', ''],
  ]);
  const english = { locale: 'en_US' };
  const outcome = app.as(english, () =>
    app.run<{ message: string; toCheck: { partnerId: string }[] }>('classifyPartners'),
  );
  expect(outcome.message).toBe('2 partners classified. 1 to check.');
  expect(app.as(english, () => app.run<ClassifyOutcome['toCheck']>('listRowsToCheck'))[0].reasons).toEqual([
    'no clue in the name, the address or the codes',
  ]);
  expect(app.run<ClassifyOutcome['toCheck']>('listRowsToCheck')[0].reasons).toEqual([
    'aucun indice dans le nom, l’adresse ou les codes',
  ]);
  expect(value(2, 'Catégorie')).toBe('Bibliothèque / médiathèque');
  const corrected = app.as(english, () =>
    app.run<{ message: string }>('setCategory', { partnerId: outcome.toCheck[0].partnerId, category: 'association' }),
  );
  expect(corrected.message).toMatch(/KIFEKOI.*Association/);
  expect(value(3, 'Tutelle')).toBe('Privé');
  const built = app.as(english, () => app.run<{ message: string }>('buildTrackingSheet', {}));
  expect(built.message).toMatch(/^The tracking sheet is already up to date/);
  expect(app.service('SpreadsheetApp').getActive().getSheetByName('Partenaires').getRange(1, 2).getValue()).toBe(
    'Structure',
  );
});

test('Classer from the menu says the outcome, then opens the panel on Classement when rows are to check', () => {
  const { app } = setup([['Médiathèque Jean Moulin', '', '', '']]);
  app.run('menuClassify');
  expect(app.ui.dialogs.at(-1)?.prompt).toBe('1 partenaire classé. Rien à vérifier pour l’instant.');
  expect(app.ui.sidebar).toBeUndefined();
  const { app: other } = setup([['KIFEKOI', '', '', '']]);
  other.run('menuClassify');
  expect(other.ui.dialogs.at(-1)?.prompt).toMatch(/1 à vérifier\.\n\nLe panneau s’ouvre sur l’onglet Classement/);
  expect(other.ui.sidebar?.html).toContain('<meta name="pdc-open-on" content="classement" />');
  expect(other.ui.sidebar?.title).toBe('Partenaires du club');
});

test('a category emptied by hand gives the row back to the classifier and forgets the choice (onEdit)', () => {
  const { app, value, col, sheet } = setup([
    ['HORIZOME', '', '', ''],
    ['Médiathèque', '', '', ''],
  ]);
  app.run('classifyPartners');
  app.simulateEdit('Partenaires', 2, col('Catégorie'), [['Association']]);
  expect(value(2, 'Classement')).toBe('manuel');
  app.simulateEdit('Partenaires', 2, col('Catégorie'), [['']]);
  expect(value(2, 'Classement')).toBe('');
  // A new row of that name no longer takes the forgotten choice; the classifier decides both.
  sheet.getRange(4, col('Structure')).setValue('Horizome');
  app.run('buildTrackingSheet', {});
  app.run('classifyPartners');
  expect(value(2, 'Catégorie')).toBe('Autre / à vérifier');
  expect(value(2, 'Classement')).toMatch(/^auto/);
  expect(value(4, 'Catégorie')).toBe('Autre / à vérifier');
  expect(value(3, 'Classement')).toMatch(/^auto/);
});

test('an edit elsewhere costs onEdit a handful of calls and changes nothing', () => {
  const { app, col } = setup([['Médiathèque', '', '', '']]);
  app.calls.reset();
  app.simulateEdit('Partenaires', 2, col('Notes'), [['Une note']]);
  expect(app.calls.spreadsheetCalls()).toBeLessThanOrEqual(12);
  app.calls.reset();
  app.simulateEdit('Tableau de bord', 3, 1, [['x']]);
  expect(app.calls.spreadsheetCalls()).toBeLessThanOrEqual(6);
});

test('a range someone protected gets a message saying so, not « une erreur inattendue »', () => {
  const { app, sheet, col, value } = setup([['Médiathèque Jean Moulin', '', '', '']]);
  // The owner shares the sheet with Léa, but keeps the Catégorie column to herself.
  const lea = { email: 'lea@example.org' };
  app.service('SpreadsheetApp').getActive().addEditor(lea.email);
  sheet.getRange(1, col('Catégorie'), sheet.getMaxRows(), 1).protect().removeEditors([lea.email]);
  expect(() => app.as(lea, () => app.run('classifyPartners'))).toThrow(
    'Une partie du classeur est protégée et vous ne pouvez pas la modifier : demandez à la personne qui l’a protégée de vous y donner accès (Données › Feuilles et plages protégées).',
  );
  expect(value(2, 'Catégorie')).toBe('');
  app.run('classifyPartners');
  expect(value(2, 'Catégorie')).toBe('Bibliothèque / médiathèque');
});

test('a partner deleted between listing and confirming gets a clear message', () => {
  const { app, sheet } = setup([['KIFEKOI', '', '', '']]);
  const outcome = app.run<{ toCheck: { partnerId: string }[] }>('classifyPartners');
  sheet.deleteRow(2);
  expect(() => app.run('setCategory', { partnerId: outcome.toCheck[0].partnerId, category: 'association' })).toThrow(
    /n’est plus dans le tableau/,
  );
});

test('classifying makes the same number of Spreadsheet calls for 10 and 10,000 rows', () => {
  const counts = [10, 10000].map((n) => {
    const app = emulator();
    app.run('buildTrackingSheet', {});
    const sheet = app.service('SpreadsheetApp').getActive().getSheetByName('Partenaires');
    sheet.insertRowsAfter(1000, n);
    sheet.getRange(2, 2, n, 1).setValues(Array.from({ length: n }, (_, i) => [`Médiathèque ${i}`]));
    app.run('buildTrackingSheet', {});
    app.calls.reset();
    app.run('classifyPartners');
    return app.calls.spreadsheetCalls();
  });
  expect(counts[1]).toBe(counts[0]);
});
