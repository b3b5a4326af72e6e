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
  expect(t('fr', 'sheet.built', { rows: 3 })).toBe('Tableau de suivi créé : 3 partenaire(s).');
  expect(t('en', 'sheet.built', { rows: 3 })).toBe('Tracking sheet created: 3 partner(s).');
});

test('the placeholders of each message are the same in French and English', () => {
  const names = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort().join();
  for (const key of allKeys()) expect(names(t('en', key))).toBe(names(t('fr', key)));
});
