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
  const counts = { classified: 1, kept: 0, remembered: 2, check: 1 };
  expect(t('fr', 'classify.done', counts)).toBe(
    '1 partenaire classé, 0 choix gardé, 2 corrections mémorisées appliquées. 1 à vérifier.',
  );
  expect(t('en', 'classify.done', counts)).toBe(
    '1 partner classified, 0 choices kept, 2 remembered corrections applied. 1 to check.',
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
