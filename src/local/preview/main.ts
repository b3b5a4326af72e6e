/** npm start [-- --port 8080 --workbook FILE.xlsx --user EMAIL --locale en_US]: builds, then serves the local preview. */

import { join } from 'node:path';
import { parseArgs } from '../args';
import { buildAll } from '../build';
import { Emulator } from '../emulator/runtime';
import { fixtureRoutes } from '../fixtures';
import { LOCAL_DIR, openWorkbook, saveWorkbook, userFromOptions, writeOutbox } from '../workspace';
import { startPreview } from './server';

async function main(): Promise<void> {
  const { options } = parseArgs(process.argv.slice(2));
  const port = Number(options.port ?? 8080);
  if (process.env.SKIP_BUILD !== '1') await buildAll();
  const { book, path } = await openWorkbook(options.workbook);
  const app = new Emulator({ book, routes: fixtureRoutes(), user: userFromOptions(options) });
  const outbox = options.outbox ?? join(LOCAL_DIR, 'outbox');
  await startPreview(
    { app, save: () => saveWorkbook(app.book, path), afterCall: () => writeOutbox(app, outbox) },
    port,
  );
  console.log(`Aperçu local : http://localhost:${port}  (classeur : ${path}, brouillons : ${outbox})`);
}

main().catch((error) => {
  console.error(`Erreur : ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
