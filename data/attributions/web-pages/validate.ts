/**
 * usage (from the repository root): npx tsx data/attributions/web-pages/validate.ts [WEB_PAGES_DIR]
 * Checks the hand annotations of this folder:
 * - every attributions/NAME_0000.ann has text/NAME.txt, and every text has an .ann and NAME.labels.json;
 * - every span's text in the .ann equals the text at its offsets (code points; fragments joined by a space);
 * - every event names a Content, the Attribution span equals the Cue span (the Source span when no cue);
 * - NAME.labels.json has exactly one label per event, with the same content and source ranges,
 *   a speakerKey exactly when there is a source, and valid speakerType and check.
 * With WEB_PAGES_DIR it also re-reads each PAGE/source.html with the project's reader and checks the
 * saved text is still what the reader gives.
 * Exits 1 on any problem.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '#shared/documents/read-document.ts';

const here = 'data/attributions/web-pages';
const webPages = process.argv[2];
const problems: string[] = [];
const types = new Set(['person', 'organisation', 'anonymous', 'group', 'document', 'none']);
const checks = new Set(['CFS', 'UFS', 'NFS']);
type Ranges = Array<[number, number]>;
const same = (a: Ranges | null, b: Ranges | null) => JSON.stringify(a) === JSON.stringify(b);

const texts = readdirSync(join(here, 'text')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4));
const anns = readdirSync(join(here, 'attributions')).filter((f) => f.endsWith('.ann'));
let events = 0;
const byCheck: Record<string, number> = {};
const byType: Record<string, number> = {};
for (const name of texts) {
  if (!anns.includes(`${name}_0000.ann`)) problems.push(`${name}: no attributions/${name}_0000.ann`);
  if (!existsSync(join(here, `${name}.labels.json`))) problems.push(`${name}: no ${name}.labels.json`);
}
for (const file of anns) {
  const name = file.replace(/_[0-9a-f]{4}\.ann$/, '');
  const textPath = join(here, 'text', `${name}.txt`);
  if (!existsSync(textPath)) {
    problems.push(`${file}: no text/${name}.txt`);
    continue;
  }
  const text = readFileSync(textPath, 'utf8');
  const cps = Array.from(text);
  if (webPages) {
    const doc = readDocument(readFileSync(join(webPages, name, 'source.html')), { contentType: 'text/html', key: 'page.html', maxBytes: 10 * 1024 * 1024 });
    if (doc.text !== text) problems.push(`${name}: text differs from what the reader gives today`);
  }
  const spans = new Map<string, { role: string; ranges: Ranges }>();
  const evs: Array<{ id: string; roles: Record<string, string> }> = [];
  for (const line of readFileSync(join(here, 'attributions', file), 'utf8').split('\n')) {
    if (!line) continue;
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0])) {
      const [role, ...rest] = cols[1].split(' ');
      const ranges = rest.join(' ').split(';').map((r) => r.split(' ').map(Number) as [number, number]);
      for (const [s, e] of ranges) {
        if (!(Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s < e && e <= cps.length)) problems.push(`${file} ${cols[0]}: bad range ${s} ${e}`);
      }
      const got = ranges.map(([s, e]) => cps.slice(s, e).join('')).join(' ');
      if (got !== cols[2]) problems.push(`${file} ${cols[0]}: text ${JSON.stringify(cols[2])} but offsets give ${JSON.stringify(got)}`);
      for (const [s, e] of ranges) {
        const piece = cps.slice(s, e).join('');
        if (piece !== piece.trim()) problems.push(`${file} ${cols[0]}: span has outer whitespace`);
      }
      spans.set(cols[0], { role, ranges });
    } else if (/^E\d+$/.test(cols[0])) {
      const roles: Record<string, string> = {};
      for (const pair of cols[1].split(' ')) {
        const [k, v] = pair.split(':');
        if (roles[k]) problems.push(`${file} ${cols[0]}: two ${k} arguments`);
        roles[k] = v;
        if (!spans.has(v)) problems.push(`${file} ${cols[0]}: ${v} not defined before use`);
        else if (spans.get(v)!.role !== k) problems.push(`${file} ${cols[0]}: ${k}:${v} is a ${spans.get(v)!.role}`);
      }
      if (!roles.Content) problems.push(`${file} ${cols[0]}: no Content`);
      if (!roles.Attribution) problems.push(`${file} ${cols[0]}: no Attribution`);
      const trigger = roles.Cue ?? roles.Source;
      if (!trigger) problems.push(`${file} ${cols[0]}: neither Cue nor Source`);
      else if (roles.Attribution && !same(spans.get(roles.Attribution)?.ranges ?? null, spans.get(trigger)?.ranges ?? null)) problems.push(`${file} ${cols[0]}: Attribution span differs from its ${roles.Cue ? 'Cue' : 'Source'}`);
      evs.push({ id: cols[0], roles });
    } else problems.push(`${file}: unexpected line ${JSON.stringify(line.slice(0, 60))}`);
  }
  events += evs.length;
  const labelPath = join(here, `${name}.labels.json`);
  if (!existsSync(labelPath)) continue;
  const labels = JSON.parse(readFileSync(labelPath, 'utf8')) as Array<{ attribution: string; content: Ranges; source: Ranges | null; speakerKey: string | null; speakerType: string; check: string }>;
  const seen = new Set<string>();
  for (const l of labels) {
    const ev = evs.find((e) => e.id === l.attribution);
    if (!ev) {
      problems.push(`${name}.labels.json: ${l.attribution} is not an event of the .ann`);
      continue;
    }
    if (seen.has(l.attribution)) problems.push(`${name}.labels.json: ${l.attribution} labelled twice`);
    seen.add(l.attribution);
    if (!same(l.content, spans.get(ev.roles.Content)?.ranges ?? null)) problems.push(`${name}.labels.json ${l.attribution}: content differs from the .ann`);
    if (!same(l.source, ev.roles.Source ? spans.get(ev.roles.Source)!.ranges : null)) problems.push(`${name}.labels.json ${l.attribution}: source differs from the .ann`);
    if ((l.speakerKey === null) !== (l.source === null)) problems.push(`${name}.labels.json ${l.attribution}: speakerKey must be null exactly when source is`);
    if (l.speakerKey !== null && (l.speakerKey !== l.speakerKey.toLowerCase() || l.speakerKey.split('|').some((k) => !k.trim()))) problems.push(`${name}.labels.json ${l.attribution}: speakerKey not lowercase alternatives`);
    if (!types.has(l.speakerType)) problems.push(`${name}.labels.json ${l.attribution}: speakerType ${l.speakerType}`);
    if ((l.speakerType === 'none') !== (l.source === null)) problems.push(`${name}.labels.json ${l.attribution}: speakerType none exactly when no source`);
    if (!checks.has(l.check)) problems.push(`${name}.labels.json ${l.attribution}: check ${l.check}`);
    byCheck[l.check] = (byCheck[l.check] ?? 0) + 1;
    byType[l.speakerType] = (byType[l.speakerType] ?? 0) + 1;
  }
  for (const e of evs) if (!seen.has(e.id)) problems.push(`${name}.labels.json: ${e.id} has no label`);
}
console.log(`${anns.length} pages, ${events} attributions; check ${JSON.stringify(byCheck)}; speakerType ${JSON.stringify(byType)}`);
for (const p of problems) console.log(`problem: ${p}`);
console.log(problems.length ? `${problems.length} problems` : 'ok');
process.exit(problems.length ? 1 : 0);
