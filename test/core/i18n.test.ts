import { classifySummary } from '../../src/core/classement';
import { googleErrorKey } from '../../src/core/errors';
import { allKeys, pickLang, t } from '../../src/core/i18n';

test('French is the default and English is chosen for English locales only', () => {
  expect(pickLang('fr_FR')).toBe('fr');
  expect(pickLang('')).toBe('fr');
  expect(pickLang('de_DE')).toBe('fr');
  expect(pickLang('en')).toBe('en');
  expect(pickLang('en_US')).toBe('en');
  expect(pickLang('en-GB')).toBe('en');
});

test('every message exists in both languages and placeholders are filled', () => {
  for (const key of allKeys()) {
    expect(t('fr', key)).not.toBe('');
    expect(t('en', key)).not.toBe('');
  }
  expect(t('fr', 'sheet.built', { rows: 3 })).toBe('Tableau de suivi créé : 3 partenaires.');
  expect(t('en', 'sheet.built', { rows: 3 })).toBe('Tracking sheet created: 3 partners.');
});

test('words agree with their number: singular for 0 and 1 in French, for 1 only in English', () => {
  expect(t('fr', 'classify.done.remembered', { n: 0 })).toBe('0 correction mémorisée appliquée');
  expect(t('fr', 'classify.done.remembered', { n: 2 })).toBe('2 corrections mémorisées appliquées');
  expect(t('en', 'classify.done.remembered', { n: 0 })).toBe('0 remembered corrections applied');
  expect(t('en', 'classify.done.classified', { n: 1 })).toBe('1 partner classified');
  // Classer's summary leaves out the counts of nothing.
  expect(classifySummary('fr', { classified: 3, kept: 1, remembered: 0, check: 2 })).toBe(
    '3 partenaires classés, 1 choix gardé. 2 à vérifier.',
  );
  expect(classifySummary('en', { classified: 0, kept: 0, remembered: 1, check: 0 })).toBe(
    '0 partners classified, 1 remembered correction applied. Nothing to check for now.',
  );
  expect(t('fr', 'sheet.warn.blankRows', { count: 1 })).toBe('1 ligne vide gardée à sa place');
  expect(t('fr', 'sheet.warn.blankRows', { count: 4 })).toBe('4 lignes vides gardées à leur place');
});

test('no message leaves a « (s) » for the reader to sort out', () => {
  for (const key of allKeys()) {
    expect(t('fr', key)).not.toMatch(/\((s|e|es|x)\)/);
    expect(t('en', key)).not.toMatch(/\((s|es|ies)\)/);
  }
});

test('the placeholders of each message are the same in French and English', () => {
  const names = (text: string) => [...new Set([...text.matchAll(/\{(\w+)[|}]/g)].map((m) => m[1]))].sort().join();
  for (const key of allKeys()) expect(names(t('en', key))).toBe(names(t('fr', key)));
});

test('Google’s own errors a person can act on are recognised in English and in French; others are not', () => {
  expect(googleErrorKey('Exceeded maximum execution time')).toBe('error.timeout');
  expect(googleErrorKey('Temps d’exécution maximal dépassé')).toBe('error.timeout');
  expect(googleErrorKey('You are trying to edit a protected cell or object. Please contact…')).toBe('error.protected');
  expect(googleErrorKey('Vous tentez de modifier une cellule ou un objet protégés.')).toBe('error.protected');
  expect(googleErrorKey('Service error: Spreadsheets')).toBeUndefined();
});
