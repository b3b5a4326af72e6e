import { readFileSync } from 'node:fs';
import { classify } from '../src/core/classifier/classify';
let n=0, ans=0, right=0;
for (const line of readFileSync(process.argv[2],'utf8').split('\n').filter(Boolean)) {
  const [name,email,exp] = line.split('\t'); const r = classify({name,email}); n++;
  if (r.category!=='autre') ans++; if (r.category===exp) right++;
  console.log(`${r.category===exp?'ok ':r.category==='autre'?'-- ':'XX '}${r.category}\t${r.confidence}\t${name}\t${r.reasons.join(' ; ')}`);
}
console.log({n, answered: ans, right});
