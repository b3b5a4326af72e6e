/** Properties, cache, lock, URL fetch, Gmail and .xlsx/.eml, against their documented behaviour. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toEml } from '../../src/local/emulator/eml';
import { loadXlsx, saveXlsx } from '../../src/local/emulator/xlsx';
import { emulator } from '../helpers';

test('document properties refuse a value over 9 KB', () => {
  const props = emulator().service('PropertiesService').getDocumentProperties();
  props.setProperty('club', 'Voyageurs');
  expect(props.getProperty('club')).toBe('Voyageurs');
  expect(props.getProperty('absent')).toBeNull();
  expect(() => props.setProperty('big', 'x'.repeat(10 * 1024))).toThrow('Argument too large');
});

test('cache entries expire after their time to live and values over 100 KB are refused', () => {
  const app = emulator();
  app.clock.set('2026-11-28T10:00:00Z');
  const cache = app.service('CacheService').getScriptCache();
  cache.put('k', 'v', 60);
  expect(cache.get('k')).toBe('v');
  app.clock.advance(61000);
  expect(cache.get('k')).toBeNull();
  cache.put('long', 'v', 999999);
  app.clock.advance(6 * 3600 * 1000 + 1);
  expect(cache.get('long')).toBeNull();
  expect(() => cache.put('big', 'x'.repeat(101 * 1024))).toThrow('Argument too large');
});

test('a lock held by another execution makes tryLock wait its timeout and fail', () => {
  const app = emulator();
  const release = app.holdLock('document');
  app.clock.set('2026-11-28T10:00:00Z');
  const before = app.clock.now();
  const lock = app.service('LockService').getDocumentLock();
  expect(lock.tryLock(5000)).toBe(false);
  expect(app.clock.now() - before).toBe(5000);
  expect(() => lock.waitLock(100)).toThrow('Lock timeout');
  release();
  expect(lock.tryLock(5000)).toBe(true);
});

test('fetchAll answers in the order of the requests; unknown hosts fail like a network error', () => {
  const app = emulator({
    routes: [
      { pattern: /^https:\/\/a\.test\//, respond: () => ({ status: 200, body: 'A', delayMs: 300 }) },
      {
        pattern: /^https:\/\/b\.test\//,
        respond: () => ({ status: 429, body: '<html>Too many</html>', delayMs: 100 }),
      },
    ],
  });
  const fetcher = app.service('UrlFetchApp');
  const [b, a] = fetcher.fetchAll([{ url: 'https://b.test/x', muteHttpExceptions: true }, 'https://a.test/y']);
  expect([b.getResponseCode(), a.getContentText()]).toEqual([429, 'A']);
  expect(() => fetcher.fetch('https://b.test/x')).toThrow('returned code 429');
  expect(() => fetcher.fetch('https://unknown.test/')).toThrow('DNS error');
  expect(app.fetches.log).toEqual([
    'https://b.test/x',
    'https://a.test/y',
    'https://b.test/x',
    'https://unknown.test/',
  ]);
});

test('Gmail drafts can be created, listed, updated, sent and deleted; sending spends the quota', () => {
  const app = emulator({ mailQuota: 2 });
  const gmail = app.service('GmailApp');
  const draft = gmail.createDraft('a@example.org', 'Bonjour 👋 été', 'Corps', {
    htmlBody: '<p>Corps</p>',
    name: 'Club',
  });
  expect(gmail.getDrafts()).toHaveLength(1);
  expect(gmail.getDraft(draft.getId()).getMessage().getSubject()).toBe('Bonjour 👋 été');
  draft.update('b@example.org', 'Sujet', 'Autre');
  const sent = draft.send();
  expect(sent.getTo()).toBe('b@example.org');
  expect(app.service('MailApp').getRemainingDailyQuota()).toBe(1);
  expect(gmail.getDrafts()).toHaveLength(0);
  expect(() => gmail.createDraft('pas-une-adresse', 's', 'b')).toThrow('Invalid email');
  expect(() => gmail.createDraft('a@example.org', 'a\r\nBcc: x@evil.test', 'b')).toThrow('Invalid argument');
  const other = gmail.createDraft('c@example.org', 's', 'b');
  other.deleteDraft();
  expect(() => other.send()).toThrow('Draft not found');
});

test('an .eml draft keeps UTF-8 subject and bodies and never lets a line break into a header', () => {
  const eml = toEml({
    id: 'm1',
    threadId: 't1',
    from: 'club@example.org',
    to: 'a@example.org',
    subject: 'Atelier Scratch 🎉 à la médiathèque',
    plainBody: 'Bonjour,\nà bientôt',
    htmlBody: '<p>Bonjour</p>',
    senderName: 'Club\r\nBcc: x',
    date: Date.UTC(2026, 10, 28),
    draft: true,
  });
  const [head] = eml.split('\r\n\r\n');
  expect(head).toMatch(/^Subject: =\?UTF-8\?B\?/m);
  expect(head.split('\r\n').every((line) => /^[\w-]+: /.test(line))).toBe(true);
  const subject = /Subject: =\?UTF-8\?B\?(.*)\?=/.exec(head)![1];
  expect(Buffer.from(subject, 'base64').toString('utf8')).toBe('Atelier Scratch 🎉 à la médiathèque');
  expect(eml).toContain('Content-Type: multipart/alternative');
});

test('a workbook survives an .xlsx round trip: values, dates, formulas, notes, formats, validation, metadata', async () => {
  const app = emulator();
  const ss = app.service('SpreadsheetApp').getActive();
  const sheet = ss.getSheets()[0].setName('Partenaires');
  sheet.getRange(1, 1, 2, 4).setValues([
    ['Nom', 'Date', 'N', 'F'],
    ['Médiathèque', new Date('2026-03-01T00:00:00Z'), 42, '=C2*2'],
  ]);
  sheet.getRange('A1').setNote('Une note').setBackground('#fce8b2').setFontWeight('bold');
  sheet.getRange('B2').setNumberFormat('dd/mm/yyyy');
  sheet
    .getRange('C2')
    .setDataValidation(app.service('SpreadsheetApp').newDataValidation().requireValueInList(['42', '43']).build());
  sheet.getRange('A:A').addDeveloperMetadata('pdc.column', 'structure');
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(1, 210);
  const dir = mkdtempSync(join(tmpdir(), 'pdc-'));
  await saveXlsx(app.book, join(dir, 'book.xlsx'));
  const book = await loadXlsx(join(dir, 'book.xlsx'));
  const again = emulator({ book });
  const s2 = again.service('SpreadsheetApp').getActive().getSheetByName('Partenaires');
  expect(s2.getRange(1, 1, 2, 3).getValues()).toEqual([
    ['Nom', 'Date', 'N'],
    ['Médiathèque', expect.anything(), 42],
  ]);
  expect(new Date(s2.getRange('B2').getValue()).toISOString()).toBe('2026-03-01T00:00:00.000Z');
  expect(s2.getRange('D2').getFormula()).toBe('=C2*2');
  expect(s2.getRange('A1').getNote()).toBe('Une note');
  expect(s2.getRange('A1').getBackground()).toBe('#fce8b2');
  expect(s2.getRange('A1').getFontWeight()).toBe('bold');
  expect(s2.getRange('B2').getNumberFormat()).toBe('dd/mm/yyyy');
  expect(s2.getRange('C2').getDataValidation().getCriteriaValues()[0]).toEqual(['42', '43']);
  expect(s2.getFrozenRows()).toBe(1);
  expect(s2.getColumnWidth(1)).toBe(210);
  expect(s2.createDeveloperMetadataFinder().withKey('pdc.column').find()[0].getValue()).toBe('structure');
  expect(readFileSync(join(dir, 'book.xlsx')).subarray(0, 2).toString()).toBe('PK');
});

test('a reply from someone else lands in the thread, and createDraftReply answers it in the same thread', () => {
  const app = emulator();
  const gmail = app.service('GmailApp');
  const sent = gmail.createDraft('mediatheque@example.org', 'Atelier Scratch', 'Bonjour').send();
  const threadId = sent.getThread().getId();
  app.gmail()._receiveReply(threadId, 'mediatheque@example.org', 'Avec plaisir');
  const thread = gmail.getThreadById(threadId);
  expect(thread.getMessageCount()).toBe(2);
  expect(thread.getMessages()[1].getFrom()).toBe('mediatheque@example.org');
  const reply = thread.createDraftReply('Merci !');
  expect(reply.getMessage().getThread().getId()).toBe(threadId);
  expect(reply.getMessage().getTo()).toBe('mediatheque@example.org');
  expect(reply.getMessage().getSubject()).toBe('Re: Atelier Scratch');
});

test('validations of empty cells, lists with commas and range-based dropdowns survive an .xlsx round trip', async () => {
  const app = emulator();
  const SpreadsheetApp = app.service('SpreadsheetApp');
  const ss = SpreadsheetApp.getActive();
  const sheet = ss.getSheets()[0].setName('Partenaires');
  const team = ss.insertSheet('Équipe');
  sheet
    .getRange('A2:A10')
    .setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['Collectivité, État', 'Autre']).build());
  sheet
    .getRange('B2:B10')
    .setDataValidation(SpreadsheetApp.newDataValidation().requireValueInRange(team.getRange('A2:A')).build());
  const dir = mkdtempSync(join(tmpdir(), 'pdc-'));
  await saveXlsx(app.book, join(dir, 'v.xlsx'));
  const again = emulator({ book: await loadXlsx(join(dir, 'v.xlsx')) });
  const s2 = again.service('SpreadsheetApp').getActive().getSheetByName('Partenaires');
  expect(s2.getRange('A5').getDataValidation().getCriteriaValues()[0]).toEqual(['Collectivité, État', 'Autre']);
  const source = s2.getRange('B9').getDataValidation().getCriteriaValues()[0];
  expect([source.getSheet().getName(), source.getA1Notation()]).toEqual(['Équipe', 'A2:A1000']);
});
