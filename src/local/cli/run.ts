/**
 * npm run local -- FUNCTION [--workbook FILE.xlsx] [--args JSON] [--outbox DIR] [--user EMAIL] [--locale en_US] [--answers YES,NO]
 * Runs one entry point headless on a workbook, saves it, writes drafts to the outbox and prints
 * the result as JSON.
 */
import { join } from 'node:path';
import { parseArgs } from '../args';
import { buildAll } from '../build';
import { Emulator } from '../emulator/runtime';
import { UnansweredDialog } from '../emulator/ui';
import { fixtureRoutes } from '../fixtures';
import { LOCAL_DIR, openWorkbook, saveWorkbook, userFromOptions, writeOutbox } from '../workspace';

async function main(): Promise<void> {
  const { positional, options } = parseArgs(process.argv.slice(2));
  const functionName = positional[0];
  if (!functionName)
    throw new Error(
      'Usage : npm run local -- FONCTION [--workbook FICHIER.xlsx] [--args JSON] [--outbox DOSSIER] [--user EMAIL] [--locale en_US]',
    );
  await buildAll();
  const { book, path } = await openWorkbook(options.workbook);
  const app = new Emulator({ book, routes: fixtureRoutes(), user: userFromOptions(options) });
  if (options.answers) app.ui.answers.push(...options.answers.split(','));
  let args: unknown[] = [];
  if (options.args) {
    const parsed = JSON.parse(options.args);
    args = Array.isArray(parsed) ? parsed : [parsed];
  }
  const result = app.run(functionName, ...args);
  await saveWorkbook(app.book, path);
  const outbox = writeOutbox(app, options.outbox ?? join(LOCAL_DIR, 'outbox'));
  console.log(
    JSON.stringify({ result: result ?? null, workbook: path, dialogs: app.ui.dialogs, drafts: outbox.length }, null, 2),
  );
}

main().catch((error) => {
  if (error instanceof UnansweredDialog) {
    const { title, prompt, buttons } = error.dialog;
    console.error(
      `Question sans réponse : « ${title} » ${prompt}\nRelancez avec --answers ${buttons === 'YES_NO' ? 'YES (ou NO)' : 'OK'}.`,
    );
    process.exit(2);
  }
  console.error(`Erreur : ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
