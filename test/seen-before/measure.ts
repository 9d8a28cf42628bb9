/**
 * usage: npx tsx test/seen-before/measure.ts [test/seen-before/pairs.jsonl]
 * The seen-before matcher on the pairs (make-pairs.ts): precision and recall of "the same", and
 * how often the LSH keys would have found the pair at all (a pair that shares no key is never
 * compared). Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { saysTheSame, signatureOf } from '#shared/review/seen-before.ts';

export function measure(file = fileURLToPath(new URL('./pairs.jsonl', import.meta.url))) {
  const pairs = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { kind: string; same: boolean; a: string; b: string });
  let tp = 0, fp = 0, fn = 0;
  const byKind: Record<string, { pairs: number; matched: number }> = {};
  for (const p of pairs) {
    const [a, b] = [signatureOf(p.a), signatureOf(p.b)];
    const found = a.bands.some((k) => b.bands.includes(k)) && saysTheSame(a, b);
    (byKind[p.kind] ??= { pairs: 0, matched: 0 }).pairs++;
    if (found) byKind[p.kind].matched++;
    if (found && p.same) tp++;
    else if (found) fp++;
    else if (p.same) fn++;
  }
  return { pairs: pairs.length, precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1), byKind };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(JSON.stringify(measure(process.argv[2])));
