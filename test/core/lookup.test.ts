/** Finding a partner's SIRENE record by name: the search, and when an answer is taken as theirs. */
import { codesOf, departementOfPostalCode, lookupRequest, pickRecord } from '../../src/core/opendata/lookup';
import type { Candidate } from '../../src/core/opendata/types';

const record = (siren: string, name: string, more: Partial<Candidate> = {}): Candidate => ({
  source: 'entreprises',
  name,
  siren,
  legalCategory: '9220',
  ...more,
});

test('the département of a postal code, Corsica and overseas included', () => {
  expect(departementOfPostalCode('77000')).toBe('77');
  expect(departementOfPostalCode('01800')).toBe('01');
  expect(departementOfPostalCode('20000')).toBe('2A');
  expect(departementOfPostalCode('20200')).toBe('2B');
  expect(departementOfPostalCode('97320')).toBe('973');
  expect(departementOfPostalCode('7700')).toBeUndefined();
  expect(departementOfPostalCode('')).toBeUndefined();
});

test('the search names the partner as typed, in its département, active bodies only; too short a name is not searched', () => {
  const request = lookupRequest({ partnerId: 'P-0001', name: '  KIFEKOI &  Cie ', postalCode: '91380' });
  const params = new URL(request!.url).searchParams;
  expect(params.get('q')).toBe('KIFEKOI & Cie');
  expect(params.get('departement')).toBe('91');
  expect(params.get('etat_administratif')).toBe('A');
  const noPostal = lookupRequest({ partnerId: 'P-0002', name: 'YALGOW', departement: '77' });
  expect(new URL(noPostal!.url).searchParams.get('departement')).toBe('77');
  expect(lookupRequest({ partnerId: 'P-0003', name: 'A.B' })).toBeUndefined();
  expect(lookupRequest({ partnerId: 'P-0004', name: '=HYPERLINK("x")' })!.url).not.toContain('"');
});

test('a record is the partner’s when one legal entity carries its name, sign, legal name or acronym', () => {
  const query = { partnerId: 'P-1', name: 'Kifékoi' };
  expect(pickRecord(query, [record('111111111', 'KIFEKOI')])).toMatchObject({ kind: 'found' });
  expect(
    pickRecord(query, [record('111111111', 'MAISON DU LIEN', { otherNames: ['KIFEKOI (MDL)', 'KIFEKOI'] })]),
  ).toMatchObject({ kind: 'found' });
  expect(pickRecord({ partnerId: 'P-2', name: 'MDL' }, [record('333333333', 'X', { otherNames: ['MDL'] })]).kind).toBe(
    'found',
  );
  // A longer or different name is another body.
  expect(pickRecord(query, [record('111111111', 'KIFEKOI FORMATION')]).kind).toBe('notFound');
  expect(pickRecord(query, [record('', 'KIFEKOI')]).kind).toBe('notFound');
  expect(pickRecord(query, [record('=1+1', 'KIFEKOI')]).kind).toBe('notFound');
  expect(pickRecord(query, []).kind).toBe('notFound');
});

test('namesakes are left aside unless the postal code tells them apart; establishments of one body are one', () => {
  const a = record('111111111', 'ATELIER NUMERIK', { postalCode: '77000' });
  const b = record('222222222', 'ATELIER NUMERIK', { postalCode: '77100' });
  const a2 = record('111111111', 'ATELIER NUMERIK', { postalCode: '77190' });
  expect(pickRecord({ partnerId: 'P', name: 'Atelier Numerik' }, [a, b])).toEqual({ kind: 'ambiguous', count: 2 });
  expect(pickRecord({ partnerId: 'P', name: 'Atelier Numerik', postalCode: '77100' }, [a, b])).toEqual({
    kind: 'found',
    record: b,
  });
  expect(pickRecord({ partnerId: 'P', name: 'Atelier Numerik' }, [a, a2])).toEqual({ kind: 'found', record: a });
});

test('only well-formed codes are kept, so the Source column reads them back', () => {
  expect(codesOf(record('123456789', 'X', { siret: '12345678900011', naf: '94.99Z', legalCategory: '9220' }))).toEqual({
    siren: '123456789',
    siret: '12345678900011',
    naf: '94.99Z',
    legalCategory: '9220',
  });
  expect(codesOf(record('123456789', 'X', { siret: '=HYPERLINK()', naf: '<b>', legalCategory: '92' }))).toEqual({
    siren: '123456789',
    siret: undefined,
    naf: undefined,
    legalCategory: undefined,
  });
  expect(codesOf(record('12345', 'X'))).toBeUndefined();
});
