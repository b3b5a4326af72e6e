/** The manifest asks for the minimum, and the README says why for each scope and host. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPEN_DATA_HOSTS } from '../../src/core/opendata/sources';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8'));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The scopes the add-on was reviewed with; a new one must be added here and explained in the README. */
const REVIEWED = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/script.external_request',
  'https://mail.google.com/',
  'https://www.googleapis.com/auth/script.send_mail',
  'https://www.googleapis.com/auth/userinfo.email',
];

test('the manifest asks exactly for the reviewed scopes', () => {
  expect([...manifest.oauthScopes].sort()).toEqual([...REVIEWED].sort());
});

test('every scope has a line in the README saying why', () => {
  for (const scope of manifest.oauthScopes as string[]) {
    const line = readme.split('\n').find((l) => l.startsWith(`| \`${scope}\``));
    expect(`${scope}: ${line ?? 'missing'}`).toMatch(/\| [^|]{20,} \|$/);
  }
});

test('the add-on may only call the open-data hosts, all listed in the README and the manifest', () => {
  const whitelist = (manifest.urlFetchWhitelist as string[]).map((u) => new URL(u).host).sort();
  expect(whitelist).toEqual([...OPEN_DATA_HOSTS].sort());
  for (const host of OPEN_DATA_HOSTS) expect(readme).toContain(`\`${host}\``);
});

test('no source file calls a host outside the list', () => {
  const code = readFileSync(join(root, 'dist', 'Code.js'), 'utf8');
  const hosts = new Set([...code.matchAll(/https:\/\/([a-z0-9.-]+\.[a-z]{2,})/g)].map((m) => m[1]));
  const allowed = new Set([...OPEN_DATA_HOSTS, 'mail.google.com', 'docs.google.com', 'www.googleapis.com']);
  expect([...hosts].filter((h) => !allowed.has(h))).toEqual([]);
});
