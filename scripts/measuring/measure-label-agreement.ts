/**
 * usage: npm run --silent measure-label-agreement -- $POLNEAR_LABELS_DIR/dev
 * How far a second careful reader agrees with the dev check-worthiness labels: the ceiling any
 * model fitted to labels like ours can expect there. Compares
 * data/checkworthiness/polnear-dev-second-reader.labels.json (labelled blind to the dev labels)
 * with the dev labels attribution by attribution, and prints the agreement on CFS vs the rest,
 * Cohen's kappa, and the area under the curve and top-third share of CFS that the second
 * reader's labels reach when used as a score (CFS 2, UFS 1, NFS 0), as `npm run eval` measures
 * the model.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import secondReader from '../../data/checkworthiness/polnear-dev-second-reader.labels.json' with { type: 'json' };
import { areaUnderCurve } from '#shared/checkworthiness/area-under-curve.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npm run --silent measure-label-agreement -- POLNEAR_LABELS_DEV_DIR');
  process.exit(2);
}
const rank: Record<string, number> = { CFS: 2, UFS: 1, NFS: 0 };
const second = secondReader.articles as Record<string, Record<string, string>>;
const pairs = readdirSync(dir).filter((file) => file.endsWith('.labels.json')).flatMap((file) => {
  const article = second[file.replace('.labels.json', '')] ?? {};
  const labels = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Array<{ attribution: string; check: string }>;
  return labels.filter((label) => label.attribution in article).map((label) => ({ dev: label.check, second: article[label.attribution] }));
});

const count = (test: (pair: (typeof pairs)[number]) => boolean) => pairs.filter(test).length;
const both = count((p) => p.dev === 'CFS' && p.second === 'CFS');
const neither = count((p) => p.dev !== 'CFS' && p.second !== 'CFS');
const devShare = count((p) => p.dev === 'CFS') / pairs.length;
const secondShare = count((p) => p.second === 'CFS') / pairs.length;
const agreement = (both + neither) / pairs.length;
const chance = devShare * secondShare + (1 - devShare) * (1 - secondShare);
const scored = pairs.map((p) => ({ score: rank[p.second], positive: p.dev === 'CFS' }));
// Ties within the top third are broken as a shuffled queue would on average: by the tied group's share.
const third = Math.round(pairs.length / 3);
let taken = 0;
let cfsTaken = 0;
for (const score of [2, 1, 0]) {
  const group = scored.filter((s) => s.score === score);
  const take = Math.min(group.length, third - taken);
  if (take > 0) cfsTaken += (take * group.filter((s) => s.positive).length) / group.length;
  taken += take;
}

const figure = (value: number) => value.toFixed(3);
console.log(`attributions compared: ${pairs.length}`);
console.log(`CFS share: dev labels ${figure(devShare)}, second reader ${figure(secondShare)}`);
console.log(`three-class agreement: ${figure(count((p) => p.dev === p.second) / pairs.length)}`);
console.log(`CFS vs the rest: agreement ${figure(agreement)}, Cohen's kappa ${figure((agreement - chance) / (1 - chance))}`);
console.log(`second reader as a score: AUC ${figure(areaUnderCurve(scored))}, top third CFS ${figure(cfsTaken / third)}`);
