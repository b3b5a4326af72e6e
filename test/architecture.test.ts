/** The layers of DESIGN.md hold: imports point one way and Apps Script globals stay in src/addon/gas/. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const all = files(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));
const imports = (text: string) => [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);

test('core, addon and sidebar never import local tooling or Node modules', () => {
  for (const file of all.filter((f) => !f.path.startsWith('local/'))) {
    for (const target of imports(file.text)) {
      expect(`${file.path} → ${target}`).not.toMatch(/→ (node:|.*\/local\/)/);
    }
  }
});

test('core imports nothing from addon, sidebar or rpc', () => {
  for (const file of all.filter((f) => f.path.startsWith('core/'))) {
    for (const target of imports(file.text)) expect(`${file.path} → ${target}`).not.toMatch(/addon|sidebar|rpc/);
  }
});

test('the sidebar reaches the server only through rpc.ts (and the pure core for texts)', () => {
  for (const file of all.filter((f) => f.path.startsWith('sidebar/'))) {
    for (const target of imports(file.text)) expect(`${file.path} → ${target}`).not.toMatch(/addon/);
  }
});

const GLOBALS =
  /\b(SpreadsheetApp|GmailApp|MailApp|UrlFetchApp|PropertiesService|LockService|CacheService|Session|HtmlService|ScriptApp|Utilities|DriveApp)\s*\./;

test('no Apps Script global is used outside src/addon/gas/', () => {
  for (const file of all.filter((f) => !f.path.startsWith('addon/gas/') && !f.path.startsWith('local/'))) {
    const code = file.text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(`${file.path}: ${GLOBALS.exec(code)?.[0] ?? ''}`).toBe(`${file.path}: `);
  }
});

test('the taxonomy bundled in src/core is the shared one', () => {
  const shared = join(__dirname, '..', '..', 'shared', 'taxonomy.json');
  let text: string;
  try {
    text = readFileSync(shared, 'utf8');
  } catch {
    return; // shared/ sits beside the repository in the workspace and in CI; a lone clone has only the copy.
  }
  expect(JSON.parse(readFileSync(join(SRC, 'core', 'taxonomy.json'), 'utf8'))).toEqual(JSON.parse(text));
});
