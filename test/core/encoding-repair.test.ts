import { classify } from '../../src/core/classifier/classify';
import { repairEncoding } from '../../src/core/encoding-repair';
import { recognizeHeader } from '../../src/core/headers';

test.each([
  // UTF-8 read as Windows-1252, as Excel opens a CSV from the web.
  ['MÃ©diathÃ¨que FranÃ§ois Mitterrand', 'Médiathèque François Mitterrand'],
  ['Ã‰cole Ã©lÃ©mentaire', 'École élémentaire'],
  ['PÃ´le jeunesse Ã\u00a0 Melun', 'Pôle jeunesse à Melun'],
  ['Lâ€™Atelier numÃ©rique', 'L’Atelier numérique'],
  ['Å’uvre des Å“uvres', 'Œuvre des œuvres'],
  // Windows-1252 read as UTF-8: each accented letter lost, read as the « e » French writes most.
  ['M\uFFFDdiath\uFFFDque', 'Mediatheque'],
  // Text already right stays as it is, capitals with accents included.
  ['Médiathèque', 'Médiathèque'],
  ['CHÂTEAU', 'CHÂTEAU'],
  ['Ânes et Âmes', 'Ânes et Âmes'],
  ['Ça va', 'Ça va'],
])('« %s » reads as « %s »', (garbled, readable) => {
  expect(repairEncoding(garbled)).toBe(readable);
});

test('a name from a list opened in the wrong encoding is classified as the name it was, and its reason shows the words', () => {
  expect(classify({ name: 'MÃ©diathÃ¨que FranÃ§ois Mitterrand' })).toMatchObject({
    category: 'bibliotheque',
    reasons: ['« médiathèque » en tête du nom'],
  });
  expect(classify({ name: 'Coll\uFFFDge Jean Moulin' })).toMatchObject({
    category: 'etablissement_scolaire',
    tutelle: 'departement',
  });
  expect(classify({ name: 'Pr\uFFFDfecture de la Dr\uFFFDme' }).category).toBe('collectivite');
});

test('a list opened in the wrong encoding keeps its columns: its headers are recognised', () => {
  for (const [header, column] of [
    ['CatÃ©gorie', 'categorie'],
    ['Cat\uFFFDgorie', 'categorie'],
    ['TÃ©lÃ©phone', 'telephone'],
    ['T\uFFFDl\uFFFDphone', 'telephone'],
  ]) {
    expect(recognizeHeader(header)).toBe(column);
  }
});
