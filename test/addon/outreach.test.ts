/** Gmail outreach on the emulator: blocked cases, chunks cut and resumed, quota, hostile values, sync. */
import { toEml } from '../../src/local/emulator/eml';
import type { ChunkOutcome, OutreachList, PreviewOutcome } from '../../src/rpc';
import { emulator } from '../helpers';

const ME = 'club@example.org';

function setup(rows: Record<string, string | boolean>[], quota = 100) {
  const app = emulator({ user: { email: ME }, mailQuota: quota });
  app.clock.set('2026-11-28T09:00:00Z');
  app.run('saveSettings', {
    clubName: 'Voyageurs du Code de Melun',
    senderName: 'Club VdC Melun',
    signature: 'Léa, pour le club',
    followUpDays: 10,
  });
  app.run('buildTrackingSheet', {});
  const ss = app.service('SpreadsheetApp').getActive();
  const sheet = ss.getSheetByName('Partenaires');
  const header: string[] = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const col = (name: string) => header.indexOf(name) + 1;
  rows.forEach((row, i) => {
    for (const [name, value] of Object.entries(row)) sheet.getRange(i + 2, col(name)).setValue(value);
  });
  app.run('buildTrackingSheet', {});
  app.run('classifyPartners');
  const value = (row: number, name: string) => sheet.getRange(row, col(name)).getValue();
  const list = (request = {}) =>
    app.run<OutreachList>('listOutreach', { scope: 'filter', kind: 'premier', ...request });
  return { app, ss, sheet, col, value, list };
}

const partner = (i: number, extra: Record<string, string | boolean> = {}) => ({
  Structure: `Médiathèque ${i}`,
  'E-mail': `mediatheque${i}@example.org`,
  Commune: 'Melun',
  ...extra,
});

test('it says why rows are not ready: no e-mail, invalid e-mail, "Ne pas contacter", empty placeholder, draft made', () => {
  const { app, ss, list } = setup([
    partner(1),
    partner(2, { 'E-mail': '' }),
    partner(3, { 'E-mail': 'pas-une-adresse' }),
    partner(4, { 'Ne pas contacter': true }),
    partner(5, { Commune: '' }),
  ]);
  // The library template uses {{Commune}}? No: make the subject need it, as a team might.
  const templates = ss.getSheetByName('Modèles');
  const rows = templates.getRange(2, 1, templates.getLastRow() - 1, 4).getValues();
  const at = rows.findIndex((r: string[]) => r[0] === 'Bibliothèque / médiathèque') + 2;
  templates.getRange(at, 3).setValue('Des ateliers à {{Commune}}');
  const first = list();
  expect(first.ready.map((r) => r.name)).toEqual(['Médiathèque 1']);
  const reasons = Object.fromEntries(first.blocked.map((b) => [b.name, b.reason]));
  expect(reasons).toEqual({
    'Médiathèque 2': 'pas d’adresse e-mail',
    'Médiathèque 3': 'adresse e-mail invalide : pas-une-adresse',
    'Médiathèque 4': '« Ne pas contacter » est coché',
    'Médiathèque 5': 'le modèle utilise une valeur vide : Commune',
  });
  app.run('createDraftsChunk', { partnerIds: ['P-0001'], kind: 'premier' });
  expect(list({ status: '' }).blocked.find((b) => b.name === 'Médiathèque 1')?.reason).toBe('un brouillon existe déjà');
});

test('a templates sheet someone deleted comes back with the defaults when Courriels needs it, without taking the view', () => {
  const { ss, sheet, list } = setup([partner(1)]);
  ss.deleteSheet(ss.getSheetByName('Modèles'));
  ss.setActiveSheet(sheet);
  expect(list().ready.map((r) => r.name)).toEqual(['Médiathèque 1']);
  expect(ss.getSheetByName('Modèles').getLastRow()).toBeGreaterThan(1);
  expect(ss.getActiveSheet().getName()).toBe('Partenaires');
});

test('a partner with no status yet is one to contact: the « À contacter » filter lists it, a typed status is kept', () => {
  const { app, value, list } = setup([
    partner(1),
    partner(2, { Statut: 'Contacté' }),
    partner(3, { Statut: 'En attente du maire' }),
  ]);
  expect(list({ status: 'a_contacter' }).ready.map((r) => r.name)).toEqual(['Médiathèque 1']);
  app.run('createDraftsChunk', { partnerIds: ['P-0001', 'P-0003'], kind: 'premier' });
  expect(value(2, 'Statut')).toBe('Brouillon prêt');
  expect(value(4, 'Statut')).toBe('En attente du maire');
});

test('a draft is personalised, recorded on its row at once, and written as an .eml', () => {
  const { app, value } = setup([partner(1, { Contact: 'Mme Diallo' })]);
  const result = app.run<ChunkOutcome>('createDraftsChunk', { partnerIds: ['P-0001'], kind: 'premier' });
  expect(result.done).toEqual(['P-0001']);
  expect(value(2, 'Statut')).toBe('Brouillon prêt');
  expect(value(2, 'Courriel')).toMatch(/^https:\/\/mail\.google\.com\/mail\/u\/0\/#drafts\?compose=/);
  const [draft] = app.mailbox.threads.flatMap((t) => t.messages);
  expect(draft.to).toBe('mediatheque1@example.org');
  expect(draft.senderName).toBe('Club VdC Melun');
  expect(draft.plainBody).toMatch(/^Bonjour Mme Diallo,/);
  expect(draft.plainBody).toMatch(/Léa, pour le club$/);
  expect(draft.htmlBody).toMatch(/^<p>Bonjour Mme Diallo,<\/p>/);
  const eml = toEml(draft);
  expect(eml).toMatch(
    /^From: Club VdC Melun <club@example\.org>\r\nTo: mediatheque1@example\.org\r\nSubject: =\?UTF-8\?B\?/,
  );
});

test('a chunk of 20 drafts makes 20 Gmail drafts and as many Spreadsheet calls as a chunk of 1', () => {
  const many = Array.from({ length: 21 }, (_, i) => partner(i + 1));
  const counts = [1, 20].map((n) => {
    const { app } = setup(many);
    const ids = Array.from({ length: n }, (_, i) => `P-${String(i + 1).padStart(4, '0')}`);
    app.calls.reset();
    app.run('createDraftsChunk', { partnerIds: ids, kind: 'premier' });
    expect(app.calls.count('GmailApp.createDraft')).toBe(n);
    return app.calls.spreadsheetCalls();
  });
  expect(counts[1]).toBe(counts[0]);
});

test('a run cut in the middle of a chunk resumes without a second draft and without missing a row', () => {
  const { app, value } = setup(Array.from({ length: 45 }, (_, i) => partner(i + 1)));
  const ids = app.run<OutreachList>('listOutreach', { scope: 'filter', kind: 'premier' }).ready.map((r) => r.partnerId);
  expect(ids).toHaveLength(45);
  app.run('createDraftsChunk', { partnerIds: ids.slice(0, 20), kind: 'premier' });
  // The second chunk dies after its 7th draft (six-minute limit, closed sidebar…).
  let drafts = 0;
  app.calls.failWhen((name) => (name === 'GmailApp.createDraft' && ++drafts === 8 ? { kind: 'timeout' } : undefined));
  expect(() => app.run('createDraftsChunk', { partnerIds: ids.slice(20, 40), kind: 'premier' })).toThrow();
  app.calls.failWhen(undefined);
  // The sidebar starts again from what is still ready, as it does after an interruption.
  const left = app.run<OutreachList>('listOutreach', { scope: 'filter', status: '', kind: 'premier' });
  expect(left.ready).toHaveLength(45 - 27);
  app.run('createDraftsChunk', { partnerIds: ids.slice(20, 40), kind: 'premier' });
  app.run('createDraftsChunk', { partnerIds: ids.slice(40), kind: 'premier' });
  const recipients = app.mailbox.threads.flatMap((t) => t.messages).map((m) => m.to);
  expect(recipients).toHaveLength(45);
  expect(new Set(recipients).size).toBe(45);
  for (let row = 2; row <= 46; row++) expect(value(row, 'Statut')).toBe('Brouillon prêt');
});

test('two sidebars drafting the same rows at once make one draft per row', () => {
  const { app } = setup([partner(1), partner(2)]);
  const a = app.run<ChunkOutcome>('createDraftsChunk', { partnerIds: ['P-0001', 'P-0002'], kind: 'premier' });
  const b = app.as({ email: ME }, () =>
    app.run<ChunkOutcome>('createDraftsChunk', { partnerIds: ['P-0002', 'P-0001'], kind: 'premier' }),
  );
  expect(a.done).toHaveLength(2);
  expect(b.done).toHaveLength(2);
  expect(app.mailbox.threads).toHaveLength(2);
  const release = app.holdLock();
  expect(() => app.run('createDraftsChunk', { partnerIds: ['P-0001'], kind: 'premier' })).toThrow(
    /Quelqu’un d’autre modifie/,
  );
  release();
});

test('sending stops at the daily quota and says so; sent rows become "Contacté" with their dates', () => {
  const { app, value, list } = setup([partner(1), partner(2), partner(3)], 2);
  app.run('createDraftsChunk', { partnerIds: ['P-0001', 'P-0002', 'P-0003'], kind: 'premier' });
  expect(list().quota).toBe(2);
  app.calls.reset();
  const result = app.run<ChunkOutcome>('sendDraftsChunk', { partnerIds: ['P-0001', 'P-0002', 'P-0003'] });
  // The quota is read once for the chunk (and once more for the answer), not once per partner.
  expect(app.calls.count('MailApp.getRemainingDailyQuota')).toBe(2);
  expect(result.done).toEqual(['P-0001', 'P-0002']);
  expect(result.failed).toEqual([{ partnerId: 'P-0003', reason: 'quota d’envoi du jour atteint : réessayez demain' }]);
  expect(value(2, 'Statut')).toBe('Contacté');
  expect(new Date(value(2, 'Dernier contact')).toISOString()).toBe('2026-11-28T09:00:00.000Z');
  expect(new Date(value(2, 'Prochaine relance')).toISOString()).toBe('2026-12-08T09:00:00.000Z');
  expect(value(4, 'Statut')).toBe('Brouillon prêt');
});

test('a template whose category the team wrote in its own words (« Médiathèque ») is used for that category', () => {
  const { app, ss } = setup([partner(1)]);
  const templates = ss.getSheetByName('Modèles');
  const rows = templates.getRange(2, 1, templates.getLastRow() - 1, 4).getValues();
  const at = rows.findIndex((r: string[]) => r[0] === 'Bibliothèque / médiathèque' && r[1] !== 'Relance') + 2;
  templates.getRange(at, 1).setValue('Médiathèque');
  templates.getRange(at, 3).setValue('Pour les bibliothèques de {{Commune}}');
  // The row was skipped, and the default template used.
  const preview = app.run<PreviewOutcome>('previewMessage', { partnerId: 'P-0001', kind: 'premier' });
  expect(preview.subject).toBe('Pour les bibliothèques de Melun');
});

test('an address pasted with its name or as a mailto: link is written to, at the address', () => {
  const { app, list } = setup([
    partner(1, { 'E-mail': 'Marie Dupont <marie.dupont@mediatheque.example>' }),
    partner(2, { 'E-mail': 'mailto:accueil@mediatheque2.example' }),
  ]);
  // Both were « adresse e-mail invalide ».
  expect(list().ready.map((r) => r.email)).toEqual([
    'marie.dupont@mediatheque.example',
    'accueil@mediatheque2.example',
  ]);
  app.run('createDraftsChunk', { partnerIds: ['P-0001', 'P-0002'], kind: 'premier' });
  const to = app
    .service('GmailApp')
    .getDrafts()
    .map((d: { getMessage(): { getTo(): string } }) => d.getMessage().getTo());
  expect(to).toEqual(['marie.dupont@mediatheque.example', 'accueil@mediatheque2.example']);
});

test('Gmail is read back: sent from Gmail, a reply, a deleted draft', () => {
  const { app, value } = setup([partner(1), partner(2), partner(3)]);
  app.run('createDraftsChunk', { partnerIds: ['P-0001', 'P-0002', 'P-0003'], kind: 'premier' });
  app.run('sendDraftsChunk', { partnerIds: ['P-0002'] });
  const gmail = app.service('GmailApp');
  const drafts = gmail.getDrafts();
  const byTo = (to: string) => drafts.find((d: { getMessage(): { getTo(): string } }) => d.getMessage().getTo() === to);
  byTo('mediatheque1@example.org').send();
  byTo('mediatheque3@example.org').deleteDraft();
  const thread = app.mailbox.threads.find((t) => t.messages[0].to === 'mediatheque2@example.org')!;
  app.clock.advance(3600000);
  app.gmail()._receiveReply(thread.id, 'mediatheque2@example.org', 'Avec plaisir !');
  const sync = app.run<{ sent: number; replies: number; deleted: string[] }>('syncGmail');
  expect(sync).toMatchObject({ sent: 1, replies: 1, deleted: ['Médiathèque 3'] });
  expect([value(2, 'Statut'), value(3, 'Statut'), value(4, 'Statut')]).toEqual([
    'Contacté',
    'En discussion',
    'À contacter',
  ]);
  expect(value(4, 'Courriel')).toBe('');
});

test('a reply does not overwrite a status a person typed outside the list', () => {
  const { app, sheet, col, value } = setup([partner(1)]);
  app.run('createDraftsChunk', { partnerIds: ['P-0001'], kind: 'premier' });
  app.run('sendDraftsChunk', { partnerIds: ['P-0001'] });
  sheet.getRange(2, col('Statut')).setValue('En attente du maire');
  const thread = app.mailbox.threads.find((t) => t.messages[0].to === 'mediatheque1@example.org')!;
  app.clock.advance(3600000);
  app.gmail()._receiveReply(thread.id, 'mediatheque1@example.org', 'Je vois avec le maire.');
  expect(app.run<{ replies: number }>('syncGmail').replies).toBe(0);
  expect(value(2, 'Statut')).toBe('En attente du maire');
});

test('follow-ups due and unanswered are drafted as a reply in the same thread', () => {
  const { app, value } = setup([partner(1), partner(2)]);
  app.run('createDraftsChunk', { partnerIds: ['P-0001', 'P-0002'], kind: 'premier' });
  app.run('sendDraftsChunk', { partnerIds: ['P-0001', 'P-0002'] });
  expect(app.run<unknown[]>('dueFollowUps')).toHaveLength(0);
  app.clock.advance(11 * 86400000);
  const due = app.run<{ partnerId: string }[]>('dueFollowUps');
  expect(due.map((d) => d.partnerId)).toEqual(['P-0001', 'P-0002']);
  app.run('createDraftsChunk', { partnerIds: ['P-0001'], kind: 'relance' });
  const thread = app.mailbox.threads.find((t) => t.messages[0].to === 'mediatheque1@example.org')!;
  expect(thread.messages).toHaveLength(2);
  expect(thread.messages[1]).toMatchObject({ draft: true, subject: expect.stringMatching(/^Re: /) });
  app.run('sendDraftsChunk', { partnerIds: ['P-0001'] });
  expect(value(2, 'Statut')).toBe('Relancé');
});

test('"M’envoyer un test" puts the rendered message in the user’s own mailbox', () => {
  const { app } = setup([partner(1)]);
  const result = app.run<{ message: string }>('sendTest', { partnerId: 'P-0001', kind: 'premier' });
  expect(result.message).toBe(`Un message de test a été envoyé à ${ME}.`);
  const sent = app.mailbox.threads.flatMap((t) => t.messages).find((m) => !m.draft)!;
  expect(sent.to).toBe(ME);
  expect(sent.subject).toMatch(/^\[Test\] /);
  const consumer = emulator({ user: { email: '' } });
  consumer.run('buildTrackingSheet', {});
  expect(() => consumer.run('sendTest', { partnerId: 'P-0001', kind: 'premier' })).toThrow();
});

test('hostile and Unicode values: escaped in HTML, one-line subject, no header injection', () => {
  const { app } = setup([
    partner(1, {
      Structure: 'Médiathèque 🎉 « Les Lilas »\nBcc: evil@example.org',
      Contact: '<img src=x onerror=alert(1)> Zoë',
    }),
  ]);
  app.run('createDraftsChunk', { partnerIds: ['P-0001'], kind: 'premier' });
  const [draft] = app.mailbox.threads.flatMap((t) => t.messages);
  expect(draft.subject).not.toMatch(/[\r\n]/);
  expect(draft.htmlBody).toContain('&lt;img src=x onerror=alert(1)&gt; Zoë');
  expect(draft.htmlBody).not.toContain('<img');
  const [head] = toEml(draft).split('\r\n\r\n');
  expect(head.split('\r\n').every((line) => /^[\w-]+: /.test(line))).toBe(true);
});

test('selection scope uses the rows selected in the sheet', () => {
  const { app, sheet } = setup([partner(1), partner(2), partner(3)]);
  sheet.getRange('A3:B4').activate();
  const list = app.run<OutreachList>('listOutreach', { scope: 'selection', kind: 'premier' });
  expect(list.ready.map((r) => r.partnerId)).toEqual(['P-0002', 'P-0003']);
  app.service('SpreadsheetApp').getActive().getSheetByName('Modèles').getRange('A1').activate();
  expect(() => app.run('listOutreach', { scope: 'selection', kind: 'premier' })).toThrow(/Sélectionnez des lignes/);
});
