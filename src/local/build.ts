/**
 * Builds dist/: Code.js (the server bundle with one top-level function per entry point),
 * Sidebar.html (sidebar JS and CSS inlined) and appsscript.json.
 *
 * The bundle is left readable (not minified, each module introduced by a `// src/...` comment) so
 * a line number in an Apps Script stack trace leads to the source.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';

export const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
const BUNDLE_GLOBAL = 'PartenairesDuClub';

/**
 * Writes a file of dist/ whole or not at all: a test or the preview reading dist/ while another run
 * rebuilds it (two test runs at once, `npm start` beside `npm test`) never reads half a bundle.
 */
function writeAtomically(path: string, content: string | Buffer): void {
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, content);
  renameSync(partial, path);
}

/** Lists the entry points by loading the bundle once, so their one source of truth is index.ts. */
function entryPointNames(bundle: string): string[] {
  const context = vm.createContext({ console });
  vm.runInContext(`${bundle}\nthis.__names = Object.keys(${BUNDLE_GLOBAL}.entryPoints);`, context);
  return Array.from(context.__names as string[]);
}

function entryPointDeclarations(names: string[]): string {
  const lines = ['', '// ---- Entry points: top-level declarations, as Apps Script needs them. ----'];
  for (const name of names) {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`entry point name is not an identifier: ${name}`);
    lines.push(`function ${name}() {\n  return ${BUNDLE_GLOBAL}.entryPoints.${name}.apply(this, arguments);\n}`);
  }
  return `${lines.join('\n')}\n`;
}

async function buildServer(): Promise<string[]> {
  const result = await build({
    entryPoints: [join(ROOT, 'src/addon/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: BUNDLE_GLOBAL,
    platform: 'neutral',
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const bundle = result.outputFiles[0].text;
  const names = entryPointNames(bundle);
  writeAtomically(
    join(DIST, 'Code.js'),
    `// Partenaires du club — built from src/ by npm run build. Do not edit.\n${bundle}${entryPointDeclarations(names)}`,
  );
  return names;
}

async function buildSidebar(): Promise<void> {
  const result = await build({
    entryPoints: [join(ROOT, 'src/sidebar/main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    charset: 'utf8',
    legalComments: 'none',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  // A literal "</script" inside the inlined code would end the script element early.
  const script = result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  const style = readFileSync(join(ROOT, 'src/sidebar/sidebar.css'), 'utf8');
  const template = readFileSync(join(ROOT, 'src/sidebar/index.html'), 'utf8');
  const html = template.replace('/*STYLE*/', () => style).replace('/*SCRIPT*/', () => script);
  writeAtomically(join(DIST, 'Sidebar.html'), html);
}

export async function buildAll(): Promise<{ entryPoints: string[] }> {
  mkdirSync(DIST, { recursive: true });
  const [entryPoints] = await Promise.all([buildServer(), buildSidebar()]);
  writeAtomically(join(DIST, 'appsscript.json'), readFileSync(join(ROOT, 'appsscript.json')));
  return { entryPoints };
}

if (require.main === module) {
  buildAll().then(
    ({ entryPoints }) => console.log(`dist/ built: ${entryPoints.length} entry points (${entryPoints.join(', ')})`),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
