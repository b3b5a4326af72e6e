/** The club team: members, sharing, assignments, Mes actions, history. */
import type { MyActions, ShareOutcome, TeamList } from '../../src/rpc';
import { emulator } from '../helpers';

const LEA = 'lea@example.org';
const SAM = 'sam@example.org';

function setup(options: { user?: string } = {}) {
  const app = emulator({ user: { email: options.user ?? LEA } });
  app.clock.set('2026-11-28T09:00:00Z');
  app.run('saveSettings', { clubName: 'Club', followUpDays: 10 });
  app.run('buildTrackingSheet', {});
  const ss = app.service('SpreadsheetApp').getActive();
  const sheet = ss.getSheetByName('Partenaires');
  const header: string[] = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const col = (name: string) => header.indexOf(name) + 1;
  const value = (row: number, name: string) => sheet.getRange(row, col(name)).getValue();
  const put = (row: number, name: string, v: unknown) => sheet.getRange(row, col(name)).setValue(v);
  return { app, ss, sheet, col, value, put };
}

function withPartners(s: ReturnType<typeof setup>, rows: [string, string, Date | ''][]) {
  rows.forEach(([name, owner, due], i) => {
    s.put(i + 2, 'Structure', name);
    s.put(i + 2, 'Responsable', owner);
    if (due) s.put(i + 2, 'Prochaine relance', due);
  });
  s.app.run('buildTrackingSheet', {});
}

test('members are added to the Équipe sheet, with clear messages for bad input', () => {
  const { app, ss } = setup();
  const list = app.run<TeamList>('addMember', { name: 'Léa Martin', email: 'Lea@Example.org', role: 'coordinatrice' });
  expect(list.members).toEqual([{ name: 'Léa Martin', email: LEA, role: 'coordinatrice', sharedOn: '' }]);
  expect(list.me).toBe(LEA);
  expect(ss.getSheetByName('Équipe').getRange(2, 1, 1, 3).getValues()[0]).toEqual(['Léa Martin', LEA, 'coordinatrice']);
  expect(() => app.run('addMember', { name: 'X', email: 'x@y' })).toThrow(
    'L’adresse « x@y » n’est pas une adresse e-mail valide',
  );
  expect(() => app.run('addMember', { name: 'Léa bis', email: LEA })).toThrow(`${LEA} est déjà dans l’équipe.`);
  expect(() => app.run('addMember', { name: ' ', email: SAM })).toThrow('Indiquez le nom du membre.');
});

test('the Responsable dropdown follows the Équipe sheet', () => {
  const { app, sheet, col } = setup();
  const rule = sheet.getRange(2, col('Responsable')).getDataValidation();
  expect(rule.getCriteriaType()).toBe('VALUE_IN_RANGE');
  expect(rule.getCriteriaValues()[0].getSheet().getName()).toBe('Équipe');
  expect(rule.getCriteriaValues()[0].getA1Notation()).toBe('A2:A1000');
  expect(rule.getAllowInvalid()).toBe(true);
  app.run('addMember', { name: 'Sam', email: SAM });
  expect(app.run<{ changed: boolean }>('buildTrackingSheet', {}).changed).toBe(false);
});

test('sharing adds every new member as editor in one call, reports who had access and which addresses are wrong', () => {
  const { app, ss } = setup();
  app.run('addMember', { name: 'Léa', email: LEA });
  app.run('addMember', { name: 'Sam', email: SAM });
  ss.addEditor('ancien@example.org');
  app.run('addMember', { name: 'Ancien', email: 'ancien@example.org' });
  ss.getSheetByName('Équipe')
    .getRange(5, 1, 1, 2)
    .setValues([['Tapé à la main', 'pas une adresse']]);
  app.book.owner = LEA;
  app.calls.reset();
  const result = app.run<ShareOutcome>('shareWithTeam');
  expect(app.calls.count('Spreadsheet.addEditors')).toBe(1);
  expect(result.shared).toEqual([SAM]);
  expect(result.already.sort()).toEqual(['ancien@example.org', LEA]);
  expect(result.invalid).toEqual(['Tapé à la main (pas une adresse)']);
  expect(result.message).toBe('1 membre ajouté comme éditeur, 2 avaient déjà accès, 1 adresse invalide.');
  expect(app.book.editors).toContain(SAM);
  const shared = ss.getSheetByName('Équipe').getRange(3, 4).getValue();
  expect(Object.prototype.toString.call(shared)).toBe('[object Date]');
});

test('Mes actions lists my partners, overdue first, then due today, then next', () => {
  const s = setup();
  s.app.run('addMember', { name: 'Léa', email: LEA });
  s.app.run('addMember', { name: 'Sam', email: SAM });
  withPartners(s, [
    ['Plus tard', 'Léa', new Date('2026-12-20T10:00:00Z')],
    ['En retard', 'Léa', new Date('2026-11-20T10:00:00Z')],
    ['Aujourd’hui', 'Léa', new Date('2026-11-28T10:00:00Z')],
    ['Chez Sam', 'Sam', new Date('2026-11-01T10:00:00Z')],
    ['Sans date', 'Léa', ''],
  ]);
  const mine = s.app.run<MyActions>('myActions');
  expect(mine.me?.name).toBe('Léa');
  expect(mine.actions.map((a) => [a.name, a.bucket])).toEqual([
    ['En retard', 'overdue'],
    ['Aujourd’hui', 'today'],
    ['Plus tard', 'next'],
    ['Sans date', 'next'],
  ]);
  expect(s.app.run<{ myActions: number }>('getBootstrap').myActions).toBe(2);
});

test('Mes actions reads statuses as outreach does: empty is « À contacter », closed ones in any case or language are left out', () => {
  const s = setup();
  s.app.run('addMember', { name: 'Léa', email: LEA });
  withPartners(s, [
    ['Nouveau', 'Léa', ''],
    ['Déjà partenaire', 'Léa', ''],
    ['Refusé', 'Léa', ''],
    ['Attente', 'Léa', ''],
  ]);
  s.put(3, 'Statut', 'partenaire');
  s.put(4, 'Statut', 'Declined');
  s.put(5, 'Statut', 'En attente du maire');
  const mine = s.app.run<MyActions>('myActions');
  expect(mine.actions.map((a) => [a.name, a.status])).toEqual([
    ['Attente', 'En attente du maire'],
    ['Nouveau', 'À contacter'],
  ]);
});

test('quick actions: mark contacted, plan a follow-up, note the next action, go to the row', () => {
  const s = setup();
  s.app.run('addMember', { name: 'Léa', email: LEA });
  withPartners(s, [['Médiathèque', 'Léa', '']]);
  s.app.run('markContacted', { partnerId: 'P-0001' });
  expect(s.value(2, 'Statut')).toBe('Contacté');
  expect(new Date(s.value(2, 'Prochaine relance')).toISOString()).toBe('2026-12-08T09:00:00.000Z');
  s.app.run('planFollowUp', { partnerId: 'P-0001', days: 7 });
  expect(new Date(s.value(2, 'Prochaine relance')).toISOString()).toBe('2026-12-05T09:00:00.000Z');
  s.app.run('planFollowUp', { partnerId: 'P-0001', date: '2027-01-15' });
  expect(new Date(s.value(2, 'Prochaine relance')).toISOString().slice(0, 10)).toBe('2027-01-15');
  s.app.run('setNextAction', { partnerId: 'P-0001', text: '=Appeler\nla directrice' });
  expect(s.value(2, 'Prochaine action')).toBe('=Appeler la directrice');
  expect(s.sheet.getRange(2, s.col('Prochaine action')).getFormula()).toBe('');
  s.app.run('goToPartner', { partnerId: 'P-0001' });
  expect(s.app.book.selection).toMatchObject({
    sheetId: s.sheet.getSheetId(),
    box: { row: 2, column: s.col('Structure') },
  });
});

test('every status change, by the add-on or by hand, goes to the Historique with who, before and after', () => {
  const s = setup();
  withPartners(s, [
    ['A', '', ''],
    ['B', '', ''],
  ]);
  s.app.run('markContacted', { partnerId: 'P-0001' });
  s.app.as({ email: SAM }, () => s.app.simulateEdit('Partenaires', 3, s.col('Statut'), [['En discussion']]));
  const history = s.ss.getSheetByName('Historique');
  const rows = history.getRange(2, 2, history.getLastRow() - 1, 5).getValues();
  expect(rows).toEqual([
    [LEA, 'P-0001', 'Statut', '', 'Contacté'],
    [SAM, 'P-0002', 'Statut', '', 'En discussion'],
  ]);
  expect(Object.prototype.toString.call(s.value(3, 'Modifié le'))).toBe('[object Date]');
});

test('statuses changed in a block: the Historique says their previous status is not known, and says it in words', () => {
  const s = setup();
  withPartners(s, [
    ['A', '', ''],
    ['B', '', ''],
  ]);
  s.app.run('markContacted', { partnerId: 'P-0001' });
  // Sheets gives no previous value for an edit of more than one cell: a block, or one row across columns.
  s.app.simulateEdit('Partenaires', 2, s.col('Statut'), [['En discussion'], ['Contacté']]);
  const left = s.sheet.getRange(3, s.col('Statut') - 1).getValue();
  s.app.simulateEdit('Partenaires', 3, s.col('Statut') - 1, [[left, 'Partenaire']]);
  const history = s.ss.getSheetByName('Historique');
  const rows = history.getRange(3, 3, history.getLastRow() - 2, 4).getValues();
  const unknown = 'inconnu (plusieurs cellules modifiées à la fois)';
  expect(rows).toEqual([
    ['P-0001', 'Statut', unknown, 'En discussion'],
    ['P-0002', 'Statut', unknown, 'Contacté'],
    ['P-0002', 'Statut', unknown, 'Partenaire'],
  ]);
});

test('the Historique and the team sheet made behind an action do not take the person away from their sheet', () => {
  const s = setup();
  withPartners(s, [['A', '', '']]);
  s.ss.setActiveSheet(s.sheet);
  s.app.simulateEdit('Partenaires', 2, s.col('Statut'), [['Contacté']]);
  expect(s.ss.getSheetByName('Historique')).not.toBeNull();
  expect(s.ss.getActiveSheet().getName()).toBe('Partenaires');
});

test('many status changes in one action are appended to the Historique in one write', () => {
  const s = setup();
  withPartners(
    s,
    Array.from({ length: 30 }, (_, i) => [`P${i}`, '', ''] as [string, string, '']),
  );
  s.app.run('buildTrackingSheet', {});
  s.app.calls.reset();
  s.app.run('classifyPartners');
  const history = s.ss.getSheetByName('Historique');
  expect(history).toBeNull();
  const ids = Array.from({ length: 20 }, (_, i) => `P-${String(i + 1).padStart(4, '0')}`);
  for (const row of ids.map((_, i) => i + 2)) {
    s.put(row, 'E-mail', `p${row}@example.org`);
    s.put(row, 'Commune', 'Melun');
  }
  s.app.calls.reset();
  s.app.run('createDraftsChunk', { partnerIds: ids, kind: 'premier' });
  expect(s.ss.getSheetByName('Historique').getLastRow()).toBe(21);
  // The changed columns in one block, the new sheet's header, and one history append.
  expect(s.app.calls.count('Range.setValues')).toBe(3);
});

test('the dashboard counts partners and overdue follow-ups per team member, live from the Équipe sheet', () => {
  const { ss } = setup();
  const dashboard = ss.getSheetByName('Tableau de bord');
  const formulas: string[] = dashboard.getDataRange().getFormulas().flat();
  expect(formulas.some((f) => f.startsWith('=IF(\'Équipe\'!$A2="","",\'Équipe\'!$A2)'))).toBe(true);
  expect(formulas.some((f) => /COUNTIFS\('Partenaires'!\$O\$2:\$O,\$A\d+\)\)$/.test(f))).toBe(true);
});

test('two members editing at once: both changes land on the right partners; a held lock gives a clear message', () => {
  const s = setup();
  s.app.run('addMember', { name: 'Léa', email: LEA });
  s.app.run('addMember', { name: 'Sam', email: SAM });
  withPartners(s, [
    ['A', 'Léa', ''],
    ['B', 'Sam', ''],
  ]);
  s.app.run('markContacted', { partnerId: 'P-0001' });
  s.sheet.getRange(2, 1, 2, s.sheet.getLastColumn()).sort({ column: s.col('Structure'), ascending: false });
  s.app.as({ email: SAM }, () => s.app.run('setNextAction', { partnerId: 'P-0002', text: 'Rappeler' }));
  expect([s.value(2, 'ID'), s.value(2, 'Prochaine action'), s.value(3, 'ID'), s.value(3, 'Statut')]).toEqual([
    'P-0002',
    'Rappeler',
    'P-0001',
    'Contacté',
  ]);
  const release = s.app.holdLock();
  expect(() => s.app.as({ email: SAM }, () => s.app.run('markContacted', { partnerId: 'P-0002' }))).toThrow(
    'Quelqu’un d’autre modifie le tableau en ce moment. Réessayez dans quelques secondes.',
  );
  release();
});

test('a member removed from the Équipe sheet while partners are still assigned: kept, flagged, reported', () => {
  const s = setup();
  s.app.run('addMember', { name: 'Léa', email: LEA });
  s.app.run('addMember', { name: 'Sam', email: SAM });
  withPartners(s, [
    ['A', 'Sam', ''],
    ['B', 'Sam', ''],
  ]);
  s.ss.getSheetByName('Équipe').deleteRow(3);
  expect(s.value(2, 'Responsable')).toBe('Sam');
  const list = s.app.run<TeamList>('listTeam');
  expect(list.orphans).toEqual([{ name: 'Sam', count: 2 }]);
  const sam = s.app.as({ email: SAM }, () => s.app.run<MyActions>('myActions'));
  expect(sam).toEqual({ needsChoice: false, actions: [] });
});

test('on a consumer account the user picks themselves once in the team list', () => {
  const s = setup({ user: '' });
  s.app.run('addMember', { name: 'Léa', email: LEA });
  withPartners(s, [['A', 'Léa', new Date('2026-11-20T10:00:00Z')]]);
  expect(s.app.run<MyActions>('myActions')).toEqual({ needsChoice: true, actions: [] });
  const list = s.app.run<TeamList>('chooseMe', { email: LEA });
  expect(list.me).toBe(LEA);
  expect(s.app.run<MyActions>('myActions').actions.map((a) => a.name)).toEqual(['A']);
  expect(() => s.app.run('chooseMe', { email: 'inconnu@example.org' })).toThrow('n’est pas dans la feuille « Équipe »');
});
