import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
const dir = process.argv[2];
const allowed = /^[\x20-\x7e\n\u201c\u201d\u2018\u2019\u2014\u2013]*$/;
let problems = 0, nE = 0, nArticles = 0;
const bad = (m) => { problems++; console.log('PROBLEM', m); };
const counts = { speakerType: {}, check: {}, noSource: 0, multiRange: 0, kinds: {} };
for (const f of readdirSync(join(dir, 'attributions')).sort()) {
  const name = f.replace(/_0000\.ann$/, '');
  nArticles++;
  const text = readFileSync(join(dir, 'text', name + '.txt'), 'utf8');
  if (!allowed.test(text)) bad(`${name}: disallowed characters`);
  if ([...text].length !== text.length) bad(`${name}: non-BMP`);
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < 250 || words > 600) bad(`${name}: ${words} words`);
  const T = new Map(), E = new Map();
  for (const line of readFileSync(join(dir, 'attributions', f), 'utf8').split('\n')) {
    if (!line) continue;
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0])) {
      const [kind, ...rest] = cols[1].split(' ');
      const ranges = rest.join(' ').split(';').map((r) => r.split(' ').map(Number));
      for (const [s, e] of ranges) if (!(s >= 0 && e > s && e <= text.length)) bad(`${name} ${cols[0]}: bad range ${s} ${e}`);
      const got = ranges.map(([s, e]) => text.slice(s, e)).join(' ');
      if (got !== cols[2]) bad(`${name} ${cols[0]}: text mismatch ${JSON.stringify(got)} vs ${JSON.stringify(cols[2])}`);
      for (const [s, e] of ranges) { const t = text.slice(s, e); if (t !== t.trim()) bad(`${name} ${cols[0]}: outer space`); if (t.includes('\n')) bad(`${name} ${cols[0]}: newline in span`); }
      T.set(cols[0], { kind, ranges, text: cols[2] });
    } else if (/^E\d+$/.test(cols[0])) {
      const roles = {};
      for (const p of cols[1].split(' ')) { const [k, v] = p.split(':'); if (!T.has(v)) bad(`${name} ${cols[0]}: missing ${v}`); roles[k] = T.get(v); }
      E.set(cols[0], roles);
    } else bad(`${name}: odd line ${line}`);
  }
  const labels = JSON.parse(readFileSync(join(dir, name + '.labels.json'), 'utf8'));
  const lab = new Map(labels.map((l) => [l.attribution, l]));
  if (lab.size !== labels.length) bad(`${name}: duplicate label ids`);
  if (lab.size !== E.size || [...E.keys()].some((k) => !lab.has(k))) bad(`${name}: labels and events differ`);
  for (let i = 1; i < labels.length; i++) if (labels[i].content[0][0] < labels[i - 1].content[0][0]) bad(`${name}: labels not in content order`);
  for (const [id, roles] of E) {
    nE++;
    const l = lab.get(id); if (!l) continue;
    const att = roles.Attribution ?? roles['Attribution-no-source'];
    if (!att || !roles.Cue || !roles.Content) { bad(`${name} ${id}: incomplete`); continue; }
    if (JSON.stringify(att.ranges) !== JSON.stringify(roles.Cue.ranges)) bad(`${name} ${id}: attribution span != cue`);
    if (roles['Attribution-no-source'] && roles.Source) bad(`${name} ${id}: no-source with Source`);
    if (roles.Attribution && !roles.Source) bad(`${name} ${id}: Attribution without Source`);
    if (JSON.stringify(l.content) !== JSON.stringify(roles.Content.ranges)) bad(`${name} ${id}: label content differs`);
    if (JSON.stringify(l.source) !== JSON.stringify(roles.Source ? roles.Source.ranges : null)) bad(`${name} ${id}: label source differs`);
    if ((l.source === null) !== (l.speakerKey === null)) bad(`${name} ${id}: speakerKey/source mismatch`);
    if (l.speakerKey !== null && (l.speakerKey !== l.speakerKey.toLowerCase() || l.speakerKey.split('|').some((k) => !k))) bad(`${name} ${id}: key format`);
    if (!['person', 'organisation', 'anonymous', 'group', 'document', 'none'].includes(l.speakerType)) bad(`${name} ${id}: type`);
    if ((l.speakerType === 'none') !== (l.source === null)) bad(`${name} ${id}: none type`);
    if (!['CFS', 'UFS', 'NFS'].includes(l.check)) bad(`${name} ${id}: check`);
    counts.speakerType[l.speakerType] = (counts.speakerType[l.speakerType] ?? 0) + 1;
    counts.check[l.check] = (counts.check[l.check] ?? 0) + 1;
    if (!roles.Source) counts.noSource++;
    if (roles.Content.ranges.length > 1) counts.multiRange++;
    // direct quote content: inside the marks
    for (const [s, e] of roles.Content.ranges) {
      const before = text[s - 1], first = text[s];
      if (first === '\u201c' || first === '"') bad(`${name} ${id}: content starts with a quote mark`);
      const direct = before === '\u201c' || before === '\u2018';
      counts.kinds[direct ? 'direct range' : 'other range'] = (counts.kinds[direct ? 'direct range' : 'other range'] ?? 0) + 1;
    }
  }
}
console.log(JSON.stringify({ articles: nArticles, attributions: nE, ...counts }));
console.log(problems ? `${problems} problems` : 'all checks passed');
