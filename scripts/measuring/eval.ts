/**
 * usage: npm run eval -- GOLD_DIR [--errors] [--ceiling] [--json] [--labels DIR] [--claimbuster DIR]
 * Extracts claims from GOLD_DIR/text/*.txt and scores them against GOLD_DIR/attributions with the
 * measures of METRICS.md (the same figures as shared/tools/score.mjs), overall and by kind.
 * It also says how many claims were read in pieces (a quote split by its reporting clause) and
 * whether the pieces say their gold's words better than the whole span (evaluation/pieces.ts).
 * --errors counts the errors by the stage that made them (score.ts ErrorStage) and lists, per
 * article, the gold claims missed, the predicted claims with no gold match, and matched claims
 * whose source is wrong (and, with labels, the speakers named wrong), each with its stage.
 * --ceiling also scores the readings before the claim model selects: all of them, and only those a
 * perfect selector would keep (the ones that pair with their gold and get its source), which is
 * the most any claim model can reach with the readings the rules make.
 * With hand labels of the gold (--labels, by default $POLNEAR_LABELS_DIR/<split>, the split named
 * by GOLD_DIR's folder, when there) it also prints speaker accuracy and check-worthiness ranking
 * (evaluation/labels.ts); with ClaimBuster's test set (--claimbuster, by default $CLAIMBUSTER_DIR)
 * the check-worthiness model's AUC and F1 there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readGoldDir } from '#shared/evaluation/brat.ts';
import { score, type PRF, type PredictedClaim } from '#shared/evaluation/score.ts';
import { readDocument } from '#shared/documents/read-document.ts';
import { extractClaims, readCandidates } from '#shared/extraction/extract-claims.ts';
import { scoreLabels } from '#shared/evaluation/labels.ts';
import { piecesAgainstGold } from '#shared/evaluation/pieces.ts';
import { sentenceCheckworthiness } from '#shared/checkworthiness/model.ts';
import { areaUnderCurve } from '#shared/checkworthiness/area-under-curve.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { errors: { type: 'boolean' }, ceiling: { type: 'boolean' }, json: { type: 'boolean' }, labels: { type: 'string' }, claimbuster: { type: 'string' } } });
const dir = positionals[0];
if (!dir) {
  console.error('usage: npm run eval -- GOLD_DIR [--errors] [--ceiling] [--json]');
  process.exit(2);
}
const gold = readGoldDir(dir);
const predictions = new Map(
  gold.map((article) => {
    const document = readDocument(Buffer.from(article.text));
    return [article.name, extractClaims(document.text, { bodyStart: document.bodyStart, furniture: document.furniture })] as const;
  }),
);
const { scores, errors } = score(gold, predictions);
const labelDir = values.labels ?? (process.env.POLNEAR_LABELS_DIR ? join(process.env.POLNEAR_LABELS_DIR, basename(resolve(dir))) : '');
const labels = existsSync(labelDir) ? scoreLabels(labelDir, gold.map((a) => ({ name: a.name, text: a.text, claims: predictions.get(a.name) ?? [] }))) : null;
const claimbusterDir = values.claimbuster ?? process.env.CLAIMBUSTER_DIR ?? '';
const claimbuster = existsSync(join(claimbusterDir, 'test.json')) ? claimbusterTest(join(claimbusterDir, 'test.json')) : null;

/** The readings before selection, all of them and those a perfect claim model would keep. */
function readingCeiling() {
  const all = new Map<string, PredictedClaim[]>();
  const perfect = new Map<string, PredictedClaim[]>();
  for (const article of gold) {
    const document = readDocument(Buffer.from(article.text));
    const readings = readCandidates(document.text, { bodyStart: document.bodyStart }).map((c) => c.claim);
    const right = score([article], new Map([[article.name, readings]])).errors[0].attributed;
    all.set(article.name, readings);
    perfect.set(article.name, readings.filter((_, i) => right[i]));
  }
  return { all: score(gold, all).scores, perfect: score(gold, perfect).scores };
}

/** The check-worthiness model on ClaimBuster's held-out test sentences: AUC, and F1 at 0.5. */
function claimbusterTest(file: string) {
  const test = JSON.parse(readFileSync(file, 'utf8')) as Array<{ text: string; label: number }>;
  const scored = test.map((s) => ({ score: sentenceCheckworthiness(s.text), positive: s.label === 1 }));
  const tp = scored.filter((s) => s.score >= 0.5 && s.positive).length;
  const wrong = scored.filter((s) => s.score >= 0.5 !== s.positive).length;
  return { auc: areaUnderCurve(scored), f1: (2 * tp) / (2 * tp + wrong), sentences: test.length };
}

const ceiling = values.ceiling ? readingCeiling() : null;

if (values.json) {
  console.log(JSON.stringify({ ...scores, labels, claimbuster, ceiling }));
} else {
  const f = (x: number) => x.toFixed(3);
  const row = (name: string, m: PRF) => `${name.padEnd(22)} P ${f(m.p)}  R ${f(m.r)}  F1 ${f(m.f1)}`;
  console.log(`${scores.articles} articles, ${scores.goldClaims} gold claims, ${scores.predictedClaims} predicted`);
  console.log(row('attributed-claim', scores.attributedClaim));
  console.log(row('claim', scores.claim));
  console.log(`${'source accuracy'.padEnd(22)} ${f(scores.sourceAccuracy)}`);
  console.log(row('content-token', scores.contentTokens));
  console.log(row('exact-content', scores.exactContent));
  console.log(row('cue', scores.cue));
  for (const [kind, k] of Object.entries(scores.byKind)) console.log(row(`  ${kind} (${k.gold} gold)`, k.attributedClaim));
  const pieces = piecesAgainstGold(gold, predictions);
  console.log(`claims in pieces       ${pieces.pieced}: closer to their gold's words than whole ${pieces.closer}, further ${pieces.further}, paired with none ${pieces.unpaired}`);
  if (labels) {
    const { speakers, checkworthiness } = labels;
    console.log(`speaker accuracy       ${f(speakers.accuracyOfFound)} (${speakers.right} of ${speakers.found} found of ${speakers.keyed} labelled)  ${Object.entries(speakers.byType).map(([t, v]) => `${t} ${v.right}/${v.found}`).join(', ')}`);
    console.log(`check-worthiness       AUC ${f(checkworthiness.aucOnFoundGold)} on found gold; top third of the queue ${f(checkworthiness.topThirdCfs)} CFS (all claims ${f(checkworthiness.baseRateCfs)})`);
    console.log(`  calibration by tenth  ${checkworthiness.calibration.map((t) => `${t.from.toFixed(1)}+: ${t.claims ? f(t.cfs) : '—'} of ${t.claims}`).join(' · ')}`);
  }
  if (ceiling) {
    console.log(`readings before the claim model selects: ${ceiling.all.predictedClaims}, of which a perfect selector keeps ${ceiling.perfect.predictedClaims}`);
    console.log(row('  all kept', ceiling.all.attributedClaim), ` exact F1 ${f(ceiling.all.exactContent.f1)}`);
    console.log(row('  perfectly selected', ceiling.perfect.attributedClaim), ` exact F1 ${f(ceiling.perfect.exactContent.f1)}`);
  }
  if (claimbuster) console.log(`ClaimBuster test       AUC ${f(claimbuster.auc)}  F1 ${f(claimbuster.f1)} (${claimbuster.sentences} sentences)`);
}
if (values.errors) {
  const stages = new Map<string, number>();
  const count = (key: string) => stages.set(key, (stages.get(key) ?? 0) + 1);
  for (const e of errors) {
    e.missed.forEach((m) => count(m.stage === 'unread' ? 'missed: a report never read (unread)' : 'missed: content cut elsewhere (content)'));
    e.spurious.forEach((s) => count(s.stage === 'cue' ? 'invented: a cue that reports nothing (cue)' : 'invented: content cut elsewhere (content)'));
    e.wrongSource.forEach(() => count('paired, wrong source (source)'));
  }
  const total = [...stages.values()].reduce((a, b) => a + b, 0);
  console.log(`\nerrors by stage (${total}):`);
  for (const [stage, n] of [...stages].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${((100 * n) / total).toFixed(1).padStart(5)}%  ${stage}`);
  for (const miss of labels?.speakerMisses ?? []) console.log(`  speaker   ${miss}`);
  for (const e of errors) {
    if (!e.missed.length && !e.spurious.length && !e.wrongSource.length) continue;
    console.log(`\n## ${e.name}`);
    for (const m of e.missed) console.log(`  missed    ${m.stage.padEnd(8)} [${m.source}] ${m.content}`);
    for (const s of e.spurious) console.log(`  invented  ${s.stage.padEnd(8)} [${s.source}] <${s.cue}> ${s.content}`);
    for (const w of e.wrongSource) console.log(`  source    gold [${w.gold}] got [${w.predicted}] ${w.content}`);
  }
}
