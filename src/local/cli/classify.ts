/** npm run --silent classify -- FILE.csv : the CSV with categorie, confiance, apports, tutelle and raisons added. */
import { readFileSync } from 'node:fs';
import { classifyCsv } from '../../core/classifier/csv-input';
import { decodeCsvFile } from './decode';

const file = process.argv[2];
if (!file) {
  console.error('Usage : npm run --silent classify -- FICHIER.csv');
  process.exit(2);
}
let input: string;
let forExcel = false;
try {
  const { text, encoding, fromExcel } = decodeCsvFile(readFileSync(file));
  if (encoding === 'windows-1252')
    console.error(
      `${file} : lu en Windows-1252 (CSV d’Excel sous Windows) ; sortie en UTF-8, qu’Excel ouvre avec ses accents.`,
    );
  input = text;
  forExcel = fromExcel;
} catch (error) {
  console.error(`Impossible de lire ${file} : ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
if (!input.replace(/^\uFEFF/, '').trim()) {
  console.error(`${file} est vide : rien à classer.`);
  process.exit(1);
}
const result = classifyCsv(input);
// Excel reads a CSV without a byte-order mark in the machine's old code page, and mangles the accents.
if (result.output) process.stdout.write((forExcel ? '\uFEFF' : '') + result.output);
// Without output, the header itself is the problem: nothing was classified, not one row left out.
const suffix = result.output ? ' (ignorée)' : '';
for (const problem of result.problems) console.error(`ligne ${problem.line} : ${problem.message}${suffix}`);
if (!result.output) process.exit(1);
