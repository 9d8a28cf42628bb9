import { readFileSync } from 'node:fs';
const load = (f) => new Map(readFileSync(f, 'utf8').trim().split('\n').flatMap((l) => { const a = JSON.parse(l); return a.claims.map((c) => [a.file.split('/').pop().slice(0, 25) + ':' + c.content.start, c]); }));
const a = load(process.argv[2]), b = load(process.argv[3]);
let n = 0;
for (const [k, c] of b) { const o = a.get(k); if (o && o.speaker.name !== c.speaker.name) { n++; console.log(k, `[${o.speaker.name}] -> [${c.speaker.name}]`, '<' + (c.source?.text ?? '') + '>', c.content.text.slice(0, 60)); } }
console.log(n, 'changed');
