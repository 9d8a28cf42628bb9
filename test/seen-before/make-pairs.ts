/**
 * usage: npx tsx test/seen-before/make-pairs.ts [GOLD_DIR] > test/seen-before/pairs.jsonl
 * GOLD_DIR is PolNeAR's dev split, by default $POLNEAR_DIR/dev (data/README.md).
 * Pairs of claims from the dev articles, for measuring the seen-before matcher:
 *   reworded      a claim and the same claim with its small words changed (`that` dropped, `the`
 *                 for `a`, tenses of `is`/`will`, contractions, `percent` for `%`): the same
 *   same-figure   two different claims stating the same figure: not the same
 *   same-speaker  two different claims by one speaker in one article: not the same
 * Deterministic: the same articles give the same pairs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '#shared/documents/read-document.ts';
import { extractClaims } from '#shared/extraction/extract-claims.ts';

const dir = process.argv[2] ?? (process.env.POLNEAR_DIR ? join(process.env.POLNEAR_DIR, 'dev') : undefined);
if (!dir) {
  console.error('usage: npx tsx test/seen-before/make-pairs.ts GOLD_DIR > test/seen-before/pairs.jsonl (or set POLNEAR_DIR: data/README.md)');
  process.exit(2);
}
const claims = readdirSync(join(dir, 'text')).sort().flatMap((file) => {
  const document = readDocument(readFileSync(join(dir, 'text', file)));
  return extractClaims(document.text, { bodyStart: document.bodyStart }).map((c) => ({ file, text: c.content.text, speaker: c.speaker.name }));
});
const longEnough = claims.filter((c) => c.text.split(/\s+/).length >= 6);

const SWAPS: Array<[RegExp, string]> = [
  [/^that /i, ''], [/\bthe\b/g, 'a'], [/\bis\b/g, 'was'], [/\bwill\b/g, 'would'], [/\bare\b/g, 'were'], [/\bdo not\b/g, "don't"],
  [/\bcannot\b/g, "can't"], [/ percent\b/g, '%'], [/\bvery /g, ''], [/\balso /g, ''], [/\bhas\b/g, 'had'], [/\bit is\b/gi, "it's"],
];
const reworded = (text: string) => SWAPS.reduce((t, [from, to]) => t.replace(from, to), text).replace(/\s+/g, ' ').trim();

const pairs: Array<{ kind: string; same: boolean; a: string; b: string }> = [];
for (const c of longEnough) {
  const other = reworded(c.text);
  if (other !== c.text) pairs.push({ kind: 'reworded', same: true, a: c.text, b: other });
}
const figures = (t: string): string[] => t.match(/\d[\d,.]*/g) ?? [];
for (let i = 0; i < longEnough.length; i++) {
  for (let j = i + 1; j < longEnough.length; j++) {
    const [a, b] = [longEnough[i], longEnough[j]];
    if (a.text === b.text || a.text.includes(b.text) || b.text.includes(a.text)) continue;
    if (figures(a.text).some((n) => figures(b.text).includes(n)) && pairs.filter((p) => p.kind === 'same-figure').length < 300) pairs.push({ kind: 'same-figure', same: false, a: a.text, b: b.text });
    if (a.file === b.file && a.speaker === b.speaker && pairs.filter((p) => p.kind === 'same-speaker').length < 300) pairs.push({ kind: 'same-speaker', same: false, a: a.text, b: b.text });
  }
}
for (const p of pairs) process.stdout.write(`${JSON.stringify(p)}\n`);
