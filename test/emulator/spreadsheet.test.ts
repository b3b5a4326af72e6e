/** The emulator behaves as the Apps Script reference says. */
import { emulator } from '../helpers';

function sheetApp() {
  const app = emulator();
  const ss = app.service('SpreadsheetApp').getActive();
  return { app, ss, sheet: ss.getSheets()[0] };
}

test('an empty sheet has getLastRow() 0 and a 1×1 data range', () => {
  const { sheet } = sheetApp();
  expect(sheet.getLastRow()).toBe(0);
  expect(sheet.getLastColumn()).toBe(0);
  expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  expect(sheet.getRange(1, 1).getValue()).toBe('');
});

test('ranges are 1-based and checked against the sheet size', () => {
  const { sheet } = sheetApp();
  expect(sheet.getRange(2, 3, 4, 5).getA1Notation()).toBe('C2:G5');
  expect(() => sheet.getRange(0, 1)).toThrow('outside the dimensions');
  expect(() => sheet.getRange(1, 27)).toThrow('outside the dimensions');
  expect(sheet.getRange('B2:C3').getNumRows()).toBe(2);
  expect(sheet.getRange('A:B').getNumRows()).toBe(1000);
});

test('setValues coerces as Sheets does: numbers, booleans, dates, formulas; apostrophe and "@" keep text', () => {
  const { sheet } = sheetApp();
  sheet.getRange(1, 1, 1, 8).setValues([['12', '3,5', 'TRUE', '25/12/2026', '=1+1', "'=1+1", '0612345678', '-abc']]);
  const values = sheet.getRange(1, 1, 1, 8).getValues()[0];
  expect(values.slice(0, 3)).toEqual([12, 3.5, true]);
  expect(Object.prototype.toString.call(values[3])).toBe('[object Date]');
  expect(sheet.getRange(1, 5).getFormula()).toBe('=1+1');
  expect(values[5]).toBe('=1+1');
  expect(values[6]).toBe(612345678);
  expect(sheet.getRange(1, 8).getFormula()).toBe('=-abc');
  sheet.getRange(2, 1).setNumberFormat('@').setValue('0612345678');
  expect(sheet.getRange(2, 1).getValue()).toBe('0612345678');
  expect(sheet.getRange(1, 4).getDisplayValue()).toBe('25/12/2026');
});

test('values handed to the script are of its own realm, as in Apps Script', () => {
  const { app, sheet } = sheetApp();
  sheet.getRange('A1').setValue(new Date('2026-01-02T10:00:00Z'));
  expect(app.eval("SpreadsheetApp.getActive().getSheets()[0].getRange('A1').getValue() instanceof Date")).toBe(true);
  expect(app.eval("SpreadsheetApp.getActive().getSheets()[0].getRange('A1:B2').getValues() instanceof Array")).toBe(
    true,
  );
});

test('setValues with the wrong size fails with Google’s message', () => {
  const { sheet } = sheetApp();
  expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow('The data has 1 but the range has 2');
});

test('a validation that rejects input makes setValue fail; one that allows it keeps the value', () => {
  const { app, sheet } = sheetApp();
  const SpreadsheetApp = app.service('SpreadsheetApp');
  const strict = SpreadsheetApp.newDataValidation().requireValueInList(['a', 'b']).setAllowInvalid(false).build();
  sheet.getRange('A1').setDataValidation(strict);
  expect(() => sheet.getRange('A1').setValue('c')).toThrow('violates the data validation rules');
  const lenient = strict.copy().setAllowInvalid(true).build();
  sheet.getRange('A1').setDataValidation(lenient);
  sheet.getRange('A1').setValue('c');
  expect(sheet.getRange('A1').getValue()).toBe('c');
  expect(sheet.getRange('A1').getDataValidation().getCriteriaValues()[0]).toEqual(['a', 'b']);
});

test('inserting and deleting columns moves cells and column metadata; deleting drops it', () => {
  const { sheet } = sheetApp();
  sheet.getRange(1, 1, 1, 3).setValues([['a', 'b', 'c']]);
  sheet.getRange('B:B').addDeveloperMetadata('col', 'b');
  sheet.insertColumnBefore(1);
  expect(sheet.getRange(1, 1, 1, 4).getValues()[0]).toEqual(['', 'a', 'b', 'c']);
  const found = sheet.createDeveloperMetadataFinder().withKey('col').find();
  expect(found[0].getLocation().getColumn().getColumn()).toBe(3);
  sheet.deleteColumn(3);
  expect(sheet.createDeveloperMetadataFinder().withKey('col').find()).toHaveLength(0);
  expect(sheet.getRange(1, 1, 1, 3).getValues()[0]).toEqual(['', 'a', 'c']);
});

test('moveColumns carries values and metadata to the new place', () => {
  const { sheet } = sheetApp();
  sheet.getRange(1, 1, 2, 3).setValues([
    ['a', 'b', 'c'],
    [1, 2, 3],
  ]);
  sheet.getRange('A:A').addDeveloperMetadata('col', 'a');
  sheet.moveColumns(sheet.getRange('A:A'), 4);
  expect(sheet.getRange(1, 1, 2, 3).getValues()).toEqual([
    ['b', 'c', 'a'],
    [2, 3, 1],
  ]);
  expect(sheet.createDeveloperMetadataFinder().withKey('col').find()[0].getLocation().getColumn().getColumn()).toBe(3);
});

test('developer metadata may only go on whole rows, columns, sheets or the spreadsheet', () => {
  const { sheet } = sheetApp();
  expect(() => sheet.getRange('A1:B2').addDeveloperMetadata('k', 'v')).toThrow('arbitrary ranges');
});

test('sorting a range reorders whole rows', () => {
  const { sheet } = sheetApp();
  sheet.getRange(1, 1, 3, 2).setValues([
    ['b', 2],
    ['c', 3],
    ['a', 1],
  ]);
  sheet.getRange(1, 1, 3, 2).sort({ column: 2, ascending: false });
  expect(sheet.getRange(1, 1, 3, 2).getValues()).toEqual([
    ['c', 3],
    ['b', 2],
    ['a', 1],
  ]);
});

test('renaming a sheet rewrites formulas that point to it', () => {
  const { ss, sheet } = sheetApp();
  sheet.setName('Partenaires');
  const other = ss.insertSheet('Bord');
  other.getRange('A1').setFormula('=COUNTA(Partenaires!A:A)');
  sheet.setName('Mes partenaires');
  expect(other.getRange('A1').getFormula()).toBe("=COUNTA('Mes partenaires'!A:A)");
  expect(() => ss.insertSheet('bord')).toThrow('already exists');
});

test('anything not emulated throws "not emulated: Class.method"', () => {
  const { app, sheet } = sheetApp();
  expect(() => sheet.getRange('A1').getRichTextValue()).toThrow('not emulated: Range.getRichTextValue');
  expect(() => app.service('SpreadsheetApp').openById('x')).toThrow('not emulated: SpreadsheetApp.openById');
});

test('every call is counted by method, and the counters reset', () => {
  const { app, sheet } = sheetApp();
  app.calls.reset();
  sheet.getRange(1, 1, 10, 10).getValues();
  sheet.getRange('A1').getValue();
  expect(app.calls.count('Sheet.getRange')).toBe(2);
  expect(app.calls.count('Range.getValues')).toBe(1);
  expect(app.calls.spreadsheetCalls()).toBe(4);
  app.calls.reset();
  expect(app.calls.spreadsheetCalls()).toBe(0);
});

test('a chosen call can be made to fail (fault injection)', () => {
  const { app, sheet } = sheetApp();
  app.calls.failOnCall(app.calls.position() + 2);
  const range = sheet.getRange('A1');
  expect(() => range.setValue('x')).toThrow('injected fault');
  expect(range.getValue()).toBe('');
});

test('a protected range refuses the edits of someone who is not its editor, with Google’s message', () => {
  const { app, ss, sheet } = sheetApp();
  const lea = { email: 'lea@example.org' };
  ss.addEditor(lea.email);
  const protection = sheet.getRange('A1:B2').protect().setDescription('En-têtes');
  // Until its list of editors changes, a protection mirrors the spreadsheet's own permissions.
  app.as(lea, () => sheet.getRange('A1').setValue('libre'));
  protection.removeEditors(protection.getEditors().map((u: { getEmail(): string }) => u.getEmail()));
  expect(protection.canEdit()).toBe(true);
  sheet.getRange('A1').setValue('la propriétaire peut toujours');
  app.as(lea, () => {
    expect(protection.canEdit()).toBe(false);
    expect(() => sheet.getRange('B2').setValue('x')).toThrow('You are trying to edit a protected cell or object.');
    expect(() => sheet.getRange('A1:C3').clearContent()).toThrow('protected cell');
    expect(() => sheet.deleteRow(2)).toThrow('protected cell');
    sheet.getRange('C3').setValue('à côté');
  });
  expect(sheet.getRange('B2').getValue()).toBe('');
  expect(sheet.getRange('C3').getValue()).toBe('à côté');
  protection.addEditor(lea.email);
  app.as(lea, () => sheet.getRange('B2').setValue('éditrice'));
  protection.removeEditor(lea.email).setWarningOnly(true);
  app.as(lea, () => sheet.getRange('B1').setValue('avertie seulement'));
  expect(sheet.getRange('B1:B2').getValues()).toEqual([['avertie seulement'], ['éditrice']]);
});

test('a protected sheet refuses inserted rows too; a protected range does not, and moves with them', () => {
  const { app, ss, sheet } = sheetApp();
  const lea = { email: 'lea@example.org' };
  ss.addEditor(lea.email);
  sheet.getRange('A1:B1').protect().removeEditors([lea.email]);
  app.as(lea, () => sheet.insertRowBefore(1));
  expect(sheet.getProtections('RANGE')[0].getRange().getA1Notation()).toBe('A2:B2');
  app.as(lea, () => expect(() => sheet.getRange('A2').setValue('x')).toThrow('protected cell'));
  sheet.protect().removeEditors([lea.email]);
  app.as(lea, () => expect(() => sheet.insertRowBefore(1)).toThrow('protected cell'));
});

test('formulas follow the rows and columns they point to, as Sheets rewrites them', () => {
  const { app, ss, sheet } = sheetApp();
  sheet.setName('Partenaires');
  sheet.getRange('A1:C3').setValues([
    ['Nom', 'Catégorie', 'Statut'],
    ['Médiathèque', 'Bibliothèque', 'À contacter'],
    ['MJC', 'Centre social', 'Contacté'],
  ]);
  const board = ss.insertSheet('Tableau de bord');
  board.getRange('A1').setFormula('=COUNTIFS(Partenaires!B:B,"Bibliothèque")');
  board.getRange('A2').setFormula('=Partenaires!C2&" (Partenaires!C2)"');
  board.getRange('A3').setFormula("=SUM('Tableau de bord'!B1:B2)");
  sheet.insertColumnBefore(1);
  expect(board.getRange('A1:A3').getFormulas()).toEqual([
    ['=COUNTIFS(Partenaires!C:C,"Bibliothèque")'],
    ['=Partenaires!D2&" (Partenaires!C2)"'],
    ["=SUM('Tableau de bord'!B1:B2)"],
  ]);
  expect(board.getRange('A1').getValue()).toBe(1);
  sheet.insertRowBefore(2);
  expect(board.getRange('A2').getFormula()).toBe('=Partenaires!D3&" (Partenaires!C2)"');
  expect(board.getRange('A2').getValue()).toBe('À contacter (Partenaires!C2)');
  sheet.deleteColumn(3);
  expect(board.getRange('A1').getFormula()).toBe('=COUNTIFS(#REF!,"Bibliothèque")');
  expect(board.getRange('A1').getValue()).toBe('#REF!');
  // Text that only reads « #REF! » is text.
  board.getRange('A4').setFormula('="#REF!"&" est un texte"');
  expect(board.getRange('A4').getValue()).toBe('#REF! est un texte');
  void app;
});

test('a range shrinks when some of its columns are deleted, grows when one is inserted inside, follows a move', () => {
  const { ss, sheet } = sheetApp();
  const other = ss.insertSheet('Calculs');
  other.getRange('A1').setFormula(`=SUM('${sheet.getName()}'!B2:D9)`);
  const formula = () => other.getRange('A1').getFormula();
  sheet.insertColumnAfter(2);
  expect(formula()).toMatch(/!B2:E9\)$/);
  sheet.deleteColumns(2, 2);
  expect(formula()).toMatch(/!B2:C9\)$/);
  sheet.moveColumns(sheet.getRange('B:B'), 6);
  expect(formula()).toMatch(/!B2:E9\)$/);
});

test('a conditional format rule’s formula follows its columns too', () => {
  const { app, sheet } = sheetApp();
  const rule = app
    .service('SpreadsheetApp')
    .newConditionalFormatRule()
    .whenFormulaSatisfied('=$C2="Relancer"')
    .setBackground('#fde7e9')
    .setRanges([sheet.getRange('A2:D20')])
    .build();
  sheet.setConditionalFormatRules([rule]);
  sheet.insertColumnBefore(2);
  const [moved] = sheet.getConditionalFormatRules();
  expect(moved.getBooleanCondition().getCriteriaValues()).toEqual(['=$D2="Relancer"']);
  expect(moved.getRanges()[0].getA1Notation()).toBe('A2:E20');
});
