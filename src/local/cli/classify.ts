/** npm run --silent classify -- FILE.csv : the CSV with categorie, confiance, apports, tutelle and raisons added. */
import { readFileSync } from 'node:fs';
import { classifyCsv } from '../../core/classifier/csv-input';

const file = process.argv[2];
if (!file) {
  console.error('Usage : npm run --silent classify -- FICHIER.csv');
  process.exit(2);
}
let input: string;
try {
  input = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`Impossible de lire ${file} : ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
const result = classifyCsv(input);
process.stdout.write(result.output);
for (const problem of result.problems) console.error(`ligne ${problem.line} : ${problem.message} (ignorée)`);
if (!result.output) process.exit(1);
