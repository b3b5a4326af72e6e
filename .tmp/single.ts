import { readFileSync } from 'node:fs';
import { parseCsv } from '../src/core/csv';
import { classify } from '../src/core/classifier/classify';
import { nameTokens } from '../src/core/classifier/tokens';
for (const f of ['orgs-dev','orgs-sirene','orgs-companies','orgs-same-sources','orgs-associations']) {
  const t = parseCsv(readFileSync(`test/fixtures/classifier/${f}.csv`,'utf8'));
  const col=(n:string)=>t.header.indexOf(n);
  const by = new Map<string,number>(); const ex = new Map<string,string[]>();
  for (const r of t.records) { const name=r.fields[col('name')]; const exp=r.fields[col('category')];
    if (classify({name}).category!=='autre') continue;
    const w = nameTokens(name).words;
    const shape = w.length===1 ? (name===name.toUpperCase()?'1UP':'1mix') : w.length===2 ? '2' : '3+';
    const k=shape+' '+exp; by.set(k,(by.get(k)??0)+1); (ex.get(k)??ex.set(k,[]).get(k)!).push(name);
  }
  console.log(f, [...by.entries()].sort().map(([k,v])=>`${k}:${v}`).join('  '));
}
