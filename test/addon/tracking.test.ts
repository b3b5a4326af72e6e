/** "Créer / mettre à jour le tableau de suivi" on the emulator. */
import { ensureCell, newWorkbook, type WorkbookModel } from '../../src/local/emulator/model';
import { UnansweredDialog } from '../../src/local/emulator/ui';
import { emulator } from '../helpers';

type Outcome = { kind: string; message: string; warnings: string[]; changed: boolean; question?: string };

function snapshot(book: WorkbookModel): string {
  return JSON.stringify(book, (_k, v) => (v instanceof Map ? [...v.entries()] : v));
}

function partnerSheet(app: ReturnType<typeof emulator>) {
  const ss = app.service('SpreadsheetApp').getActive();
  const meta = ss.createDeveloperMetadataFinder().withKey('pdc.sheet').find()[0];
  return meta.getLocation().getSheet();
}

function header(app: ReturnType<typeof emulator>): string[] {
  const sheet = partnerSheet(app);
  return sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
}

function bookWithRows(rows: unknown[][], name = 'Contacts'): WorkbookModel {
  const book = newWorkbook();
  book.sheets[0].name = name;
  book.sheets[0].maxRows = Math.max(1000, rows.length + 100);
  rows.forEach((line, r) => {
    line.forEach((value, c) => {
      if (value !== '') ensureCell(book.sheets[0], r + 1, c + 1).value = value as string;
    });
  });
  return book;
}

test('on a blank spreadsheet it builds the partner sheet and a live dashboard, and opens the partner sheet', () => {
  const app = emulator();
  const outcome = app.run<Outcome>('buildTrackingSheet', {});
  expect(outcome.kind).toBe('done');
  expect(outcome.message).toBe('Tableau de suivi créé : 0 partenaire.');
  const ss = app.service('SpreadsheetApp').getActive();
  expect(ss.getSheets().map((s: { getName(): string }) => s.getName())).toEqual([
    'Partenaires',
    'Équipe',
    'Tableau de bord',
    'Modèles',
  ]);
  const sheet = ss.getSheetByName('Partenaires');
  // The sheets inserted after it do not leave the person on the templates: the partner list is open.
  expect(ss.getActiveSheet().getName()).toBe('Partenaires');
  expect(header(app).slice(0, 5)).toEqual(['ID', 'Structure', 'Catégorie', 'Apports', 'Tutelle']);
  expect(header(app)).toHaveLength(24);
  expect(sheet.getFrozenRows()).toBe(1);
  expect(sheet.getFrozenColumns()).toBe(2);
  expect(sheet.getFilter()).not.toBeNull();
  expect(sheet.getRange('C1').getNote()).toContain('Type de structure');
  const category = sheet.getRange('C2').getDataValidation();
  expect(category.getCriteriaValues()[0]).toContain('Bibliothèque / médiathèque');
  expect(sheet.getRange('U5').getDataValidation().getCriteriaType()).toBe('CHECKBOX');
  const rules = sheet
    .getConditionalFormatRules()
    .map(
      (r: { getBooleanCondition(): { getCriteriaValues(): string[] } }) =>
        r.getBooleanCondition().getCriteriaValues()[0],
    );
  expect(rules.some((f: string) => f.includes('TODAY()'))).toBe(true);
  expect(rules.some((f: string) => f.includes('COUNTIFS($B:$B'))).toBe(true);
  const dashboard = ss.getSheetByName('Tableau de bord');
  expect(dashboard.getRange('B6').getFormula()).toMatch(
    /^=COUNTIFS\('Partenaires'!\$C\$2:\$C,\$A6,'Partenaires'!\$N\$2:\$N,B\$5,'Partenaires'!\$B\$2:\$B,"<>"\)\+/,
  );
  expect(dashboard.getCharts()).toHaveLength(1);
});

test('built by someone who reads English, every sheet it creates is named in English, and later found whatever its name', () => {
  const app = emulator({ user: { locale: 'en_US' } });
  const outcome = app.run<Outcome>('buildTrackingSheet', {});
  expect(outcome.message).toBe('Tracking sheet created: 0 partners.');
  const ss = app.service('SpreadsheetApp').getActive();
  const names = () => ss.getSheets().map((s: { getName(): string }) => s.getName());
  expect(names()).toEqual(['Partners', 'Team', 'Dashboard', 'Templates']);
  expect(header(app).slice(0, 3)).toEqual(['ID', 'Organisation', 'Category']);
  expect(ss.getSheetByName('Dashboard').getRange('B6').getFormula()).toContain("'Partners'!$C$2:$C");
  // A French teammate later: the workbook keeps its language, and a deleted team sheet is remade in English.
  ss.deleteSheet(ss.getSheetByName('Team'));
  const repaired = app.as({ locale: 'fr_FR' }, () => app.run<Outcome>('buildTrackingSheet', {}));
  expect(repaired.message).toContain('feuille « Team » de l’équipe créée');
  expect(names()).toContain('Team');
});

test('run again, it changes nothing and says so', () => {
  const app = emulator();
  app.run('buildTrackingSheet', {});
  const before = snapshot(app.book);
  const outcome = app.run<Outcome>('buildTrackingSheet', {});
  expect(outcome.changed).toBe(false);
  expect(outcome.message).toMatch(/déjà à jour/);
  expect(snapshot(app.book)).toBe(before);
});

/** A tracking sheet built, then these partner names typed in column B and the build run again. */
function builtWith(names: string[]) {
  const app = emulator();
  app.run('buildTrackingSheet', {});
  const sheet = partnerSheet(app);
  sheet.getRange(2, 2, names.length, 1).setValues(names.map((name) => [name]));
  app.run('buildTrackingSheet', {});
  return { app, sheet };
}

test('it repairs a deleted validation and a deleted column without touching data', () => {
  const { app, sheet } = builtWith(['Médiathèque A', 'Centre social B']);
  sheet.getRange('C2:C1000').clearDataValidations();
  const communeColumn = header(app).indexOf('Commune') + 1;
  sheet.deleteColumn(communeColumn);
  const outcome = app.run<Outcome>('buildTrackingSheet', {});
  expect(outcome.message).toMatch(/1 colonne ajoutée/);
  expect(outcome.message).toMatch(/listes déroulantes/);
  expect(sheet.getRange('C2').getDataValidation()).not.toBeNull();
  expect(header(app)).toContain('Commune');
  expect(sheet.getRange(2, 1, 2, 2).getValues()).toEqual([
    ['P-0001', 'Médiathèque A'],
    ['P-0002', 'Centre social B'],
  ]);
});

test('a title row inserted above the headers stops every action with a clear message, and nothing is changed', () => {
  const { app, sheet } = builtWith(['Médiathèque A', 'Collège B']);
  app.run('addMember', { name: 'Moi', email: app.service('Session').getActiveUser().getEmail() });
  sheet.insertRowBefore(1);
  sheet.getRange(1, 1).setValue('Nos partenaires 2026');
  const before = sheet.getRange(1, 1, 4, sheet.getLastColumn()).getValues();
  const message =
    /Les en-têtes de « Partenaires » sont en ligne 2, plus en ligne 1 : une ligne a été insérée au-dessus/;
  // Before, Classer took the header row for a partner, and the build wrote the titles over the inserted
  // row and gave the old header row an ID, as a partner named « Structure ».
  expect(() => app.run('classifyPartners', {})).toThrow(message);
  expect(() => app.run('buildTrackingSheet', {})).toThrow(message);
  expect(() => app.run('listOutreach', { scope: 'all', kind: 'premier' })).toThrow(message);
  // The sidebar still opens: its « Mes actions » tab says what to do.
  expect(() => app.run('myActions', {})).toThrow(message);
  expect(app.run('getBootstrap', {})).toMatchObject({ sheetReady: true, myActions: 0 });
  expect(sheet.getRange(1, 1, 4, sheet.getLastColumn()).getValues()).toEqual(before);
  // Once the row is gone, all is as before.
  sheet.deleteRow(1);
  expect(app.run<Outcome>('buildTrackingSheet', {}).changed).toBe(false);
  expect(app.run<{ message: string }>('classifyPartners', {}).message).toMatch(/^2 partenaires classés/);
});

test('a deleted header row stops every action with a clear message: the first partner is never written over', () => {
  const { app, sheet } = builtWith(['Médiathèque A', 'Collège B', 'Zèbre SARL']);
  sheet.deleteRow(1);
  const before = sheet.getRange(1, 1, 3, sheet.getLastColumn()).getValues();
  const message = /La ligne 1 de « Partenaires » est le partenaire P-0001, pas les en-têtes : ils ont été supprimés/;
  // Before, the build « repaired » the headers over Médiathèque A, and Classer skipped it as the header.
  expect(() => app.run('buildTrackingSheet', {})).toThrow(message);
  expect(() => app.run('classifyPartners', {})).toThrow(message);
  expect(sheet.getRange(1, 1, 3, sheet.getLastColumn()).getValues()).toEqual(before);
  // What the message says to do works: an empty row 1, then the build.
  sheet.insertRowBefore(1);
  expect(app.run<Outcome>('buildTrackingSheet', {}).message).toMatch(/en-têtes et notes réparés/);
  expect(header(app).slice(0, 2)).toEqual(['ID', 'Structure']);
  expect(sheet.getRange(2, 1, 3, 2).getValues()).toEqual([
    ['P-0001', 'Médiathèque A'],
    ['P-0002', 'Collège B'],
    ['P-0003', 'Zèbre SARL'],
  ]);
});

test('a header pushed far down (a whole block pasted above it) is still found, and not written over', () => {
  const { app, sheet } = builtWith(['Médiathèque A']);
  sheet.insertRowsBefore(1, 12);
  sheet.getRange(1, 1).setValue('Compte rendu de la réunion du 12 septembre');
  expect(() => app.run('buildTrackingSheet', {})).toThrow(/sont en ligne 13, plus en ligne 1/);
  expect(sheet.getRange(1, 1).getValue()).toBe('Compte rendu de la réunion du 12 septembre');
});

test('a sort that takes the header row along is caught wherever the header lands', () => {
  const { app, sheet } = builtWith(['Médiathèque A', 'Collège B', 'Zèbre SARL']);
  // Sorted by name, header included: « Structure » lands between « Médiathèque A » and « Zèbre SARL ».
  sheet.getRange(1, 1, 4, sheet.getLastColumn()).sort(2);
  expect(() => app.run('classifyPartners', {})).toThrow(/sont en ligne 3, plus en ligne 1/);
});

test('a deleted column stops the actions that read or write it, with a clear message, and only those', () => {
  const deleting = (title: string) => {
    const { app, sheet } = builtWith(['Médiathèque A']);
    sheet.deleteColumn(header(app).indexOf(title) + 1);
    return app;
  };
  const missing = (title: string) => new RegExp(`« Partenaires » n’a plus la colonne « ${title} » : annulez`);
  // Classer said « 1 partenaire classé » with no Catégorie column to write to.
  let app = deleting('Catégorie');
  expect(() => app.run('classifyPartners', {})).toThrow(missing('Catégorie'));
  expect(() => app.run('listOutreach', { scope: 'all', kind: 'premier' })).not.toThrow();
  app = deleting('Classement');
  expect(() => app.run('setCategory', { partnerId: 'P-0001', category: 'association' })).toThrow(missing('Classement'));
  // Without « Ne pas contacter », a partner who asked not to be written to would be offered for an e-mail.
  app = deleting('Ne pas contacter');
  expect(() => app.run('listOutreach', { scope: 'all', kind: 'premier' })).toThrow(missing('Ne pas contacter'));
  expect(() => app.run('classifyPartners', {})).not.toThrow();
  app = deleting('E-mail');
  expect(() => app.run('createDraftsChunk', { partnerIds: ['P-0001'], kind: 'premier' })).toThrow(missing('E-mail'));
  app = deleting('Prochaine relance');
  expect(() => app.run('planFollowUp', { partnerId: 'P-0001', days: 7 })).toThrow(missing('Prochaine relance'));
  // A column no action needs is the person's to delete.
  app = deleting('Commune');
  expect(app.run<{ message: string }>('classifyPartners', {}).message).toMatch(/^1 partenaire classé/);
  // The build puts a deleted column back, and the actions go on.
  app = deleting('Catégorie');
  app.run('buildTrackingSheet', {});
  expect(app.run<{ message: string }>('classifyPartners', {}).message).toMatch(/^1 partenaire classé/);
});

test('headers renamed in place are still repaired in place, not taken for headers pushed down', () => {
  const { app, sheet } = builtWith(['Médiathèque A']);
  const width = sheet.getLastColumn();
  sheet.getRange(1, 1, 1, width).setValues([Array.from({ length: width }, (_, i) => `Colonne ${i + 1}`)]);
  expect(app.run<Outcome>('buildTrackingSheet', {}).message).toMatch(/en-têtes et notes réparés/);
  expect(header(app)[1]).toBe('Structure');
});

test('a renamed sheet and moved columns are found again', () => {
  const app = emulator();
  app.run('buildTrackingSheet', {});
  const sheet = partnerSheet(app);
  sheet.getRange(2, 2).setValue('Médiathèque A');
  app.run('buildTrackingSheet', {});
  sheet.setName('Nos partenaires 2026');
  sheet.moveColumns(sheet.getRange('B1'), 10);
  sheet.insertColumnBefore(1);
  const outcome = app.run<Outcome>('buildTrackingSheet', {});
  expect(outcome.message).not.toMatch(/colonnes? ajoutées?/);
  expect(app.service('SpreadsheetApp').getActive().getSheets()).toHaveLength(4);
  const h = header(app);
  expect(h.indexOf('Structure')).toBe(9);
  expect(sheet.getRange(2, 10).getValue()).toBe('Médiathèque A');
  const dashboard = app.service('SpreadsheetApp').getActive().getSheetByName('Tableau de bord');
  const letter = String.fromCharCode(65 + h.indexOf('Catégorie'));
  expect(dashboard.getRange('H6').getFormula()).toContain(`'Nos partenaires 2026'!$${letter}$2:$${letter},$A6`);
});

test('a messy club list is adopted without losing a cell, and a copy of the original is kept', () => {
  const rows = [
    ['Liste des contacts du club', '', '', '', '', '', ''],
    ['', '', '', '', '', '', ''],
    ['Nom', 'Mail', 'Tél.', 'VILLE', 'CP', 'Remarques', 'Date RDV'],
    [
      'Médiathèque Louise Michel',
      'med@ville.example',
      '01 23 45 67 89',
      'Lyon',
      69001,
      'Salle avec 8 PC',
      '12/09/2026',
    ],
    ['', '', '', '', '', '', ''],
    ['Centre social Les Tilleuls', 'accueil@tilleuls.example', '', 'Lyon', 1000, '=1+1', ''],
  ];
  const app = emulator({ book: bookWithRows(rows) });
  const original = app.book.sheets[0];
  original.rows[3]![5]!.note = 'note à garder';
  original.rows[5]![5]!.formula = '=1+1';
  const first = app.run<Outcome>('buildTrackingSheet', {});
  expect(first.kind).toBe('confirmAdopt');
  expect(first.question).toContain('Contacts');
  const outcome = app.run<Outcome>('buildTrackingSheet', { adopt: true });
  expect(outcome.message).toMatch(/reprise : 3 partenaires, 6 colonnes reconnues, 1 colonne conservée telle quelle/);
  expect(outcome.warnings.join(' ')).toMatch(/ligne 3/);
  expect(outcome.warnings.join(' ')).toMatch(/1 ligne vide gardée à sa place/);
  // Excel stored 01000 as 1000: the 0 comes back, as text (it was only warned about).
  expect(outcome.warnings).toContain('1 code postal a retrouvé son 0 initial (1000 → 01000)');
  const ss = app.service('SpreadsheetApp').getActive();
  const backup = ss.getSheetByName('Contacts (original)');
  expect(backup.getRange(1, 1, 6, 7).getValues()[2]).toEqual(rows[2]);
  const sheet = partnerSheet(app);
  const h = header(app);
  const col = (name: string) => h.indexOf(name);
  const data = sheet.getRange(2, 1, 3, h.length).getValues();
  expect(data[0][col('Structure')]).toBe('Médiathèque Louise Michel');
  expect(data[0][col('E-mail')]).toBe('med@ville.example');
  expect(data[0][col('Téléphone')]).toBe('01 23 45 67 89');
  expect(data[0][col('Commune')]).toBe('Lyon');
  expect(data[0][col('Code postal')]).toBe(69001);
  expect(data[0][col('Notes')]).toBe('Salle avec 8 PC');
  expect(h[h.length - 1]).toBe('Date RDV');
  expect(data[0][h.length - 1]).toBe('12/09/2026');
  expect(data[1].every((v: unknown) => v === '')).toBe(true);
  expect(data[2][col('Structure')]).toBe('Centre social Les Tilleuls');
  expect(data[2][col('Code postal')]).toBe('01000');
  expect(data[0][col('Code postal')]).toBe(69001);
  expect(sheet.getRange(4, col('Notes') + 1).getFormula()).toBe('=1+1');
  expect(sheet.getRange(2, col('Notes') + 1).getNote()).toBe('note à garder');
  expect([data[0][0], data[2][0]]).toEqual(['P-0001', 'P-0002']);
});

test('a list of contacts (Nom | Prénom | Organisme | Mail) is adopted with the organisation as Structure', () => {
  const { app, columns } = adopted([
    ['Nom', 'Prénom', 'Organisme', 'Mail'],
    ['Durand', 'Léa', 'Médiathèque Louise Michel', 'lea.durand@ville.example'],
    ['Martin', 'Sam', 'Collège Jean Moulin', 'ce.0690001a@ac-lyon.fr'],
  ]);
  // « Nom » was taken for the organisation: Structure held « Durand », and « Organisme » was kept aside.
  // The first name, a column of the club's own, is kept to the right.
  expect(columns('Structure', 'Contact', 'E-mail', 'Prénom')).toEqual([
    ['Médiathèque Louise Michel', 'Durand', 'lea.durand@ville.example', 'Léa'],
    ['Collège Jean Moulin', 'Martin', 'ce.0690001a@ac-lyon.fr', 'Sam'],
  ]);
  expect(header(app).at(-1)).toBe('Prénom');
  expect(app.run<{ message: string }>('classifyPartners', {}).message).toMatch(/^2 partenaires classés/);
});

/** A club's list adopted: the outcome, and the adopted sheet's values under the given titles, row by row. */
function adopted(rows: unknown[][]) {
  const app = emulator({ book: bookWithRows(rows) });
  const outcome = app.run<Outcome>('buildTrackingSheet', { adopt: true });
  const h = header(app);
  const data = partnerSheet(app)
    .getRange(2, 1, rows.length - 1, h.length)
    .getValues();
  const columns = (...titles: string[]) => data.map((row: unknown[]) => titles.map((title) => row[h.indexOf(title)]));
  return { app, outcome, columns };
}

test('a club’s own numbering (« N° ») is kept as its own column: it is not taken for the IDs and replaced', () => {
  const { outcome, columns } = adopted([
    ['N°', 'Nom', 'Mail'],
    [12, 'Médiathèque A', 'a@ville.example'],
    [13, 'Collège B', ''],
  ]);
  expect(outcome.warnings).toContain(
    'votre colonne « N° » est gardée telle quelle, à droite : chaque partenaire reçoit en plus son identifiant P-…',
  );
  // Before, 12 and 13 became P-0001 and P-0002: the club's numbers were gone from the sheet.
  expect(columns('ID', 'N°')).toEqual([
    ['P-0001', 12],
    ['P-0002', 13],
  ]);
});

test('e-mail addresses under « Contact », with no e-mail header, become the E-mail column', () => {
  const { outcome, columns } = adopted([
    ['Nom', 'Contact', 'Tél'],
    ['Médiathèque A', 'accueil@mediatheque-a.example', '01 23 45 67 89'],
    ['Collège B', 'Secrétariat <ce.0771234x@ac-creteil.fr>', ''],
    ['Asso C', '', ''],
  ]);
  expect(outcome.warnings).toContain(
    'les adresses e-mail de votre colonne « Contact » sont reprises comme colonne « E-mail »',
  );
  // Before, they went to Contact and every partner was « pas d'adresse e-mail » in Courriels.
  expect(columns('E-mail', 'Contact')).toEqual([
    ['accueil@mediatheque-a.example', ''],
    ['Secrétariat <ce.0771234x@ac-creteil.fr>', ''],
    ['', ''],
  ]);
});

test('of two lists in the workbook one is adopted, and the person is told the other was not', () => {
  const book = bookWithRows(
    [
      ['Nom', 'Mail'],
      ['École A', ''],
    ],
    'Écoles',
  );
  const other = bookWithRows(
    [
      ['Nom', 'Mail'],
      ['Asso B', ''],
      ['Asso C', ''],
    ],
    'Assos',
  ).sheets[0];
  book.sheets.push(other);
  const app = emulator({ book });
  const outcome = app.run<Outcome>('buildTrackingSheet', { adopt: true });
  expect(outcome.message).toMatch(/Votre liste « Écoles » a été reprise/);
  expect(outcome.warnings).toContain(
    'la feuille « Assos » (2 lignes) est aussi une liste : elle n’a pas été reprise ; copiez ses lignes sous celles du tableau de suivi pour les y suivre',
  );
  expect(app.service('SpreadsheetApp').getActive().getSheetByName('Assos').getRange('A3').getValue()).toBe('Asso C');
});

test('declining the adoption builds an empty tracking sheet beside the list and leaves the list alone', () => {
  const app = emulator({
    book: bookWithRows([
      ['Organisme', 'Courriel'],
      ['MJC', 'mjc@example.org'],
    ]),
  });
  const before = JSON.stringify(app.book.sheets[0].rows);
  const outcome = app.run<Outcome>('buildTrackingSheet', { adopt: false });
  expect(outcome.kind).toBe('done');
  expect(JSON.stringify(app.book.sheets.find((s) => s.name === 'Contacts')!.rows)).toBe(before);
  expect(partnerSheet(app).getName()).toBe('Partenaires');
});

test('the menu asks before adopting and reports the outcome in a dialog', () => {
  const app = emulator({
    book: bookWithRows([
      ['Partenaire', 'Ville'],
      ['MJC', 'Lyon'],
    ]),
  });
  // Unanswered, the question stops the run as in Sheets (where it would wait), though the menu's error
  // handler catches whatever the script throws: no error dialog, nothing built. The preview asks, then
  // runs the item again with the answer.
  expect(() => app.run('menuBuildSheet')).toThrow(UnansweredDialog);
  expect(app.ui.dialogs.map((d) => d.buttons)).toEqual(['YES_NO']);
  expect(app.service('SpreadsheetApp').getActive().getSheetByName('Partenaires')).toBeNull();
  app.ui.dialogs.length = 0;
  app.ui.answers.push('YES');
  app.run('menuBuildSheet');
  expect(app.ui.dialogs[0].buttons).toBe('YES_NO');
  expect(app.ui.dialogs[1].prompt).toMatch(/reprise/);
  expect(partnerSheet(app).getRange('B2').getValue()).toBe('MJC');
});

test('run again, it gives back the 0 that a paste from Excel took from postal codes and phone numbers', () => {
  const { app, sheet } = builtWith(['Mairie de Bourg-en-Bresse', 'Médiathèque de Laon']);
  const h = header(app);
  sheet.getRange(2, h.indexOf('Code postal') + 1, 2, 1).setValues([[1000], [2000]]);
  sheet.getRange(2, h.indexOf('Téléphone') + 1).setValue(474457000);
  const outcome = app.run<Outcome>('buildTrackingSheet', {});
  expect(outcome.message).toMatch(
    /2 codes postaux ont retrouvé leur 0 initial \(1000 → 01000\), 1 numéro de téléphone a retrouvé son 0 initial/,
  );
  expect(sheet.getRange(2, h.indexOf('Code postal') + 1, 2, 1).getValues()).toEqual([['01000'], ['02000']]);
  expect(sheet.getRange(2, h.indexOf('Téléphone') + 1).getValue()).toBe('0474457000');
  expect(app.run<Outcome>('buildTrackingSheet', {}).changed).toBe(false);
});

test('a copied row gets a new ID; IDs are never reused after a deletion', () => {
  const { app, sheet } = builtWith(['A', 'B', 'C']);
  sheet.deleteRow(4);
  sheet.getRange(4, 1, 2, 2).setValues([
    ['P-0001', 'A bis'],
    ['', 'D'],
  ]);
  app.run('buildTrackingSheet', {});
  expect(sheet.getRange(2, 1, 4, 1).getValues().flat()).toEqual(['P-0001', 'P-0002', 'P-0004', 'P-0005']);
});

test('a partner typed in by hand gets its ID at once (onEdit), one pasted block in one go, never a reused one', () => {
  const { app, sheet } = builtWith(['A', 'B']);
  sheet.deleteRow(3);
  app.simulateEdit('Partenaires', 3, 2, [['Ludothèque du Val']]);
  expect(sheet.getRange(3, 1).getValue()).toBe('P-0003');
  app.calls.reset();
  app.simulateEdit('Partenaires', 4, 2, [['C'], ['D'], ['']]);
  expect(sheet.getRange(4, 1, 3, 1).getValues().flat()).toEqual(['P-0004', 'P-0005', '']);
  expect(app.calls.spreadsheetCalls()).toBeLessThanOrEqual(35);
  // Renaming a partner keeps its ID.
  app.simulateEdit('Partenaires', 2, 2, [['A renommé']]);
  expect(sheet.getRange(2, 1).getValue()).toBe('P-0001');
  // Then the build has nothing to number.
  expect(app.run<Outcome>('buildTrackingSheet', {}).changed).toBe(false);
});

test('whole rows pasted in: IDs, « manuel » categories and the status history in one read and one save', () => {
  const { app, sheet } = builtWith(['A']);
  const h = header(app);
  const col = (name: string) => h.indexOf(name) + 1;
  const width = col('Statut') - col('Structure') + 1;
  const pasted = ['Ludothèque du Val', 'Club Robotique'].map((name, i) => {
    const row = Array.from({ length: width }, () => '');
    row[0] = name;
    row[col('Catégorie') - col('Structure')] = i === 0 ? 'Bibliothèque / médiathèque' : 'Association';
    row[col('Statut') - col('Structure')] = 'Contacté';
    return row;
  });
  app.calls.reset();
  app.simulateEdit('Partenaires', 3, col('Structure'), pasted);
  const calls = app.calls.spreadsheetCalls();
  const cells = (name: string) => sheet.getRange(3, col(name), 2, 1).getValues().flat();
  expect(cells('ID')).toEqual(['P-0002', 'P-0003']);
  expect(cells('Classement')).toEqual(['manuel', 'manuel']);
  expect(cells('Tutelle')).toEqual(['Commune', 'Privé']);
  // Dates made inside the emulator's sandbox are of another realm: instanceof would not know them.
  expect(cells('Modifié le').map((d: unknown) => Object.prototype.toString.call(d))).toEqual([
    '[object Date]',
    '[object Date]',
  ]);
  const history = app.service('SpreadsheetApp').getActive().getSheetByName('Historique');
  expect(history.getRange(2, 3, 2, 4).getValues()).toEqual([
    ['P-0002', 'Statut', '', 'Contacté'],
    ['P-0003', 'Statut', '', 'Contacté'],
  ]);
  // The three columns' handlers alone cost 29 + 37 + 65 calls (npm run bench): together they share the read.
  expect(calls).toBeLessThan(90);
});

test('an edit typed in the sheet costs onEdit the same number of Spreadsheet calls for 10 and 10,000 rows', () => {
  const counts = [10, 10000].map((n) => {
    const rows = [['Structure', 'Commune'], ...Array.from({ length: n }, (_, i) => [`Partenaire ${i}`, 'Lyon'])];
    const app = emulator({ book: bookWithRows(rows) });
    app.run('buildTrackingSheet', { adopt: true });
    const h = header(app);
    const col = (name: string) => h.indexOf(name) + 1;
    return [
      ['Structure', n + 2, 'Ludothèque du Val'],
      ['Catégorie', 2, 'Association'],
      ['Statut', 3, 'Contacté'],
    ].map(([column, row, value]) => {
      app.calls.reset();
      app.simulateEdit('Partenaires', Number(row), col(String(column)), [[value]]);
      return app.calls.spreadsheetCalls();
    });
  });
  expect(counts[1]).toEqual(counts[0]);
});

test('building and upgrading make the same number of Spreadsheet calls for 10 and 10,000 rows', () => {
  const counts = [10, 10000].map((n) => {
    const rows = [['Structure', 'Commune'], ...Array.from({ length: n }, (_, i) => [`Partenaire ${i}`, 'Lyon'])];
    const app = emulator({ book: bookWithRows(rows) });
    app.calls.reset();
    app.run('buildTrackingSheet', { adopt: true });
    const build = app.calls.spreadsheetCalls();
    app.calls.reset();
    app.run('buildTrackingSheet', {});
    return [build, app.calls.spreadsheetCalls()];
  });
  expect(counts[1]).toEqual(counts[0]);
  expect(counts[0][1]).toBeLessThan(220);
});

test('the dashboard is live: its formulas count the partners as the sheet changes', () => {
  const app = emulator();
  app.clock.set('2026-11-28T09:00:00Z');
  app.run('buildTrackingSheet', {});
  const ss = app.service('SpreadsheetApp').getActive();
  const sheet = ss.getSheetByName('Partenaires');
  const h = header(app);
  const col = (name: string) => h.indexOf(name) + 1;
  sheet.getRange(2, col('Structure'), 3, 1).setValues([['Médiathèque A'], ['Médiathèque B'], ['Mairie C']]);
  sheet
    .getRange(2, col('Catégorie'), 3, 1)
    .setValues([['Bibliothèque / médiathèque'], ['Bibliothèque / médiathèque'], ['Mairie et services municipaux']]);
  sheet.getRange(2, col('Statut'), 3, 1).setValues([['À contacter'], ['Partenaire actif'], ['Contacté']]);
  sheet.getRange(2, col('Apports'), 3, 1).setValues([['Public, Lieu'], ['Lieu, Matériel'], ['Financement']]);
  sheet.getRange(4, col('Prochaine relance')).setValue(new Date('2026-11-20T10:00:00Z'));
  const dashboard = ss.getSheetByName('Tableau de bord');
  const cells: unknown[][] = dashboard.getDataRange().getValues();
  const rowOf = (label: string) => cells.find((r) => r[0] === label)!;
  expect(rowOf('Bibliothèque / médiathèque').slice(1, 10)).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 2]);
  expect(rowOf('Total')[9]).toBe(3);
  expect(rowOf('Lieu')[1]).toBe(1);
  expect(rowOf('Relances en retard')[1]).toBe(1);
  sheet.getRange(4, col('Statut')).setValue('Partenaire actif');
  expect(
    dashboard
      .getDataRange()
      .getValues()
      .find((r: unknown[]) => r[0] === 'Relances en retard')[1],
  ).toBe(0);
  // A partner with no status yet is one to contact, one not classified yet is one to check: the
  // columns still add up to the total.
  sheet.getRange(5, col('Structure'), 2, 1).setValues([['Sans statut'], ['Ni l’un ni l’autre']]);
  sheet.getRange(5, col('Catégorie')).setValue('Mairie et services municipaux');
  const now: unknown[][] = dashboard.getDataRange().getValues();
  const line = (label: string) => now.find((r) => r[0] === label)!;
  expect(line('Mairie et services municipaux').slice(1, 10)).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 2]);
  expect(line('Autre / à vérifier').slice(1, 10)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 1]);
  expect(line('Total').slice(1, 10)).toEqual([3, 0, 0, 0, 0, 2, 0, 0, 5]);
});
