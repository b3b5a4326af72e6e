/**
 * One cold measurement, run alone in a fresh Node process by classifier-speed.ts: the CPU time of
 * classifying 10,000 club-list names with nothing else loaded, as an Apps Script execution starts a
 * fresh V8 with only the bundle. As the Classer action classifies a sheet (the reasons left out, written
 * later for the rows a person is shown), or with every row's reasons (`--with-reasons`).
 * Prints {"rows":…,"cpuMs":…}.
 */
import { classify } from '../../core/classifier/classify';

export const SPEED_ROWS = 10000;

/** Names shaped like a club list: category words, acronyms, bare names, school addresses. */
export function speedNames(): { name: string; email: string }[] {
  const heads = ['Médiathèque', 'Association', 'Collège', 'MJC', 'SAS', 'Mairie de', 'KIFEKOI'];
  return Array.from({ length: SPEED_ROWS }, (_, i) => ({
    name: `${heads[i % heads.length]} ${i} des Lilas`,
    email: i % 3 === 0 ? `contact${i}@ac-lyon.fr` : '',
  }));
}

if (require.main === module) {
  const names = speedNames();
  // Cold, as Apps Script runs it: no warm-up call.
  const withReasons = process.argv.includes('--with-reasons');
  const start = process.cpuUsage();
  for (const facts of names) classify(facts, 'fr', withReasons);
  const cpu = process.cpuUsage(start);
  console.log(JSON.stringify({ rows: names.length, cpuMs: Math.round((cpu.user + cpu.system) / 1000) }));
}
