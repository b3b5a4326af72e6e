/** Stops `npm run deploy` with a clear message while .clasp.json still holds the placeholder id. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const config = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '.clasp.json'), 'utf8')) as {
  scriptId?: string;
};
if (!config.scriptId || config.scriptId.startsWith('REPLACE')) {
  console.error(
    'Aucun projet Apps Script n’est lié : mettez l’identifiant de votre script dans .clasp.json (scriptId), ou supprimez .clasp.json puis lancez « npx clasp create --type sheets --rootDir dist ». Voir le README, section Déploiement.',
  );
  process.exit(1);
}
