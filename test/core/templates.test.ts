import { DEFAULT_TEMPLATES } from '../../src/core/default-templates';
import { emailAddressIn, isValidEmail, readiness } from '../../src/core/outreach';
import { CATEGORIES } from '../../src/core/taxonomy';
import { fieldsFrom, pickTemplate, render } from '../../src/core/templates';

const fields = (entries: Record<string, string>) => fieldsFrom(Object.entries(entries));

test('placeholders ignore accents, case, spaces and underscores', () => {
  const out = render(
    { subject: 'Pour {{structure}}', body: '{{ CODE POSTAL }} {{code_postal}} {{Téléphone}}' },
    fields({ Structure: 'MJC', 'Code postal': '01000', telephone: '06' }),
  );
  expect(out.subject).toBe('Pour MJC');
  expect(out.text).toBe('01000 01000 06');
  expect(out.missing).toEqual([]);
});

test('sections show only when a field is set (and inverse sections only when it is not)', () => {
  const tpl = {
    subject: 's',
    body: '{{#Contact}}Bonjour {{Contact}},{{/Contact}}{{^Contact}}Bonjour,{{/Contact}}\n\nTexte',
  };
  expect(render(tpl, fields({ Contact: 'Mme Diallo' })).text).toBe('Bonjour Mme Diallo,\n\nTexte');
  expect(render(tpl, fields({})).text).toBe('Bonjour,\n\nTexte');
  expect(render(tpl, fields({})).missing).toEqual([]);
});

test('a placeholder with no value outside a section is reported as missing', () => {
  expect(render({ subject: '{{Club}}', body: 'Dear {{Fonction}}' }, fields({ Club: 'X' })).missing).toEqual([
    'Fonction',
  ]);
});

test('every inserted value is escaped in HTML; line breaks never reach the subject', () => {
  const out = render(
    { subject: 'Atelier 🎉 à {{Structure}}', body: 'Bonjour {{Contact}} <tag>\nligne 2' },
    fields({ Structure: 'Médiathèque\r\nBcc: evil@example.org', Contact: '<script>alert("x")</script> & Cie' }),
  );
  expect(out.subject).toBe('Atelier 🎉 à Médiathèque Bcc: evil@example.org');
  expect(out.subject).not.toMatch(/[\r\n]/);
  expect(out.html).toBe(
    '<p>Bonjour &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Cie &lt;tag&gt;<br>ligne 2</p>',
  );
  expect(out.text).toContain('<script>alert("x")</script> & Cie');
});

test('there is a first-contact template for every category and a default follow-up', () => {
  for (const category of CATEGORIES.filter((c) => c.id !== 'autre')) {
    expect(pickTemplate(DEFAULT_TEMPLATES, category.id, 'premier')?.category).toBe(category.id);
  }
  expect(pickTemplate(DEFAULT_TEMPLATES, 'autre', 'premier')?.category).toBe('defaut');
  expect(pickTemplate(DEFAULT_TEMPLATES, 'mairie', 'relance')?.category).toBe('defaut');
  const text = render(
    pickTemplate(DEFAULT_TEMPLATES, 'bibliotheque', 'premier')!,
    fields({ Club: 'VdC Melun', Structure: 'Médiathèque', Signature: 'Léa' }),
  ).text;
  expect(text).toMatch(/Scratch dès 7–8 ans/);
  expect(text).toMatch(/fracture numérique/);
  expect(text).toMatch(/bénévoles/);
});

test('a cell holding two addresses says so, rather than « invalid »: the person keeps the one to write to', () => {
  const candidate = (email: string) => ({ email, doNotContact: false, hasDraft: false });
  for (const email of ['contact@x.fr ; direction@x.fr', 'a@x.fr et b@x.fr', 'a@x.fr, b@y.fr', 'a@x.fr b@y.fr']) {
    expect(readiness(candidate(email), undefined, {})).toEqual({ ok: false, reason: 'severalEmails', detail: email });
  }
  for (const email of ['a@x', 'a@x.fr et b@', 'Nom <a@b.fr>']) {
    expect(readiness(candidate(email), undefined, {})).toMatchObject({ ok: false, reason: 'invalidEmail' });
  }
});

test.each([
  ['Marie Dupont <marie.dupont@ville.example>', 'marie.dupont@ville.example'],
  ['"Dupont, Marie" <marie@x.fr>', 'marie@x.fr'],
  ['mailto:contact@mediatheque.example', 'contact@mediatheque.example'],
  ['MAILTO:contact@x.fr?subject=Atelier', 'contact@x.fr'],
  ['<a@b.fr>', 'a@b.fr'],
  ['  a@b.fr  ', 'a@b.fr'],
  // Anything else is left as written, for readiness to say what is wrong with it.
  ['a@x.fr ; b@x.fr', 'a@x.fr ; b@x.fr'],
  ['Marie <pas-une-adresse>', 'Marie <pas-une-adresse>'],
])('the address in « %s » is %s', (cell, address) => {
  expect(emailAddressIn(cell)).toBe(address);
});

test('e-mail validation refuses what Gmail would refuse or misread', () => {
  for (const ok of ['a@b.fr', 'prenom.nom+club@ac-creteil.fr']) expect(isValidEmail(ok)).toBe(true);
  for (const bad of [
    '',
    'a@b',
    'a b@c.fr',
    'a@b.fr, c@d.fr',
    'Nom <a@b.fr>',
    'a@b.fr\r\nBcc: x@y.fr',
    'mairie@',
    '@b.fr',
  ]) {
    expect(isValidEmail(bad)).toBe(false);
  }
});
