/** The bundle works the way Apps Script loads it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { parse } from 'acorn';
import { emulator } from '../helpers';

const code = readFileSync(join(__dirname, '../../dist/Code.js'), 'utf8');
const manifest = JSON.parse(readFileSync(join(__dirname, '../../dist/appsscript.json'), 'utf8'));

function topLevelFunctions(): string[] {
  const program = parse(code, { ecmaVersion: 2020, sourceType: 'script' }) as unknown as {
    body: { type: string; id?: { name: string } }[];
  };
  return program.body.filter((node) => node.type === 'FunctionDeclaration').map((node) => node.id!.name);
}

test('every entry point is a top-level function declaration of Code.js', () => {
  const declared = topLevelFunctions();
  const context = vm.createContext({});
  vm.runInContext(`${code}\nthis.__names = Object.keys(PartenairesDuClub.entryPoints);`, context);
  const names = Array.from(context.__names as string[]);
  expect(names).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'openSidebar', 'getBootstrap']));
  expect(declared.sort()).toEqual([...names].sort());
});

test('Code.js runs in a context without require, module or process and builds the menu in onOpen', () => {
  const app = emulator();
  expect(app.globalFunctions()).toEqual(expect.arrayContaining(['onOpen', 'openSidebar']));
  app.run('onOpen', { authMode: 'NONE' });
  expect(app.ui.menus).toHaveLength(1);
  expect(app.ui.menus[0].addon).toBe(true);
  expect(app.ui.menus[0].items[0]).toEqual({ caption: 'Ouvrir le panneau', functionName: 'openSidebar' });
  for (const item of app.ui.menus[0].items) expect(app.globalFunctions()).toContain(item.functionName);
});

test('onOpen reads nothing from the document (it may run in AuthMode.NONE)', () => {
  const app = emulator();
  app.run('onOpen', { authMode: 'NONE' });
  const touched = Object.keys(app.calls.snapshot()).filter(
    (name) => !name.startsWith('Ui.') && !name.startsWith('Menu.'),
  );
  expect(touched.sort()).toEqual(['Session.getActiveUserLocale', 'SpreadsheetApp.getUi']);
});

test('the bundle has no Node globals and stays readable (module path comments, not minified)', () => {
  expect(code).not.toMatch(/\brequire\(/);
  expect(code).not.toMatch(/\bprocess\./);
  expect(code).toMatch(/\/\/ src\/addon\/menu\.ts/);
  expect(code.split('\n').length).toBeGreaterThan(200);
});

test('the menu is in English for an English-speaking user', () => {
  const app = emulator({ user: { locale: 'en_GB' } });
  app.run('onOpen');
  expect(app.ui.menus[0].items[0].caption).toBe('Open the panel');
});

test('"Ouvrir le panneau" shows the built sidebar', () => {
  const app = emulator();
  app.run('openSidebar');
  expect(app.ui.sidebar?.title).toBe('Partenaires du club');
  expect(app.ui.sidebar?.html).toContain('<main id="app"');
  expect(app.ui.sidebar?.html).not.toMatch(/<script[^>]+src=/);
  expect(app.ui.sidebar?.html).not.toMatch(/<link[^>]+stylesheet/);
});

test('the manifest asks for V8, Paris time and explicit scopes', () => {
  expect(manifest.runtimeVersion).toBe('V8');
  expect(manifest.timeZone).toBe('Europe/Paris');
  expect(manifest.oauthScopes).toEqual(
    expect.arrayContaining([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]),
  );
});

test('getBootstrap tells the sidebar which language to speak', () => {
  expect(emulator().run('getBootstrap')).toMatchObject({ lang: 'fr' });
  expect(emulator({ user: { locale: 'en_US' } }).run('getBootstrap')).toMatchObject({ lang: 'en' });
});
