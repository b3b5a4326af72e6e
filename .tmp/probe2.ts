import { classify } from '../src/core/classifier/classify';
for (const name of process.argv[2].split('|')) { const r = classify({ name }); console.log(`${r.category}\t${r.confidence}\t${name}\t${r.reasons.join(' ; ')}`); }
