import { measureQuality, LABELLED } from '../src/local/bench/quality';
const q = measureQuality(process.argv[2] ?? LABELLED);
for (const e of q.errors) console.log(`${e.expected}\t${e.got}\t${e.name}\t${e.reasons[0] ?? ''}`);
