/**
 * usage: npm run eval -- GOLD_DIR [--errors] [--json]
 * Extracts claims from GOLD_DIR/text/*.txt and scores them against GOLD_DIR/attributions with the
 * measures of METRICS.md (the same figures as shared/tools/score.mjs), overall and by kind.
 * --errors lists, per article, the gold claims missed, the predicted claims with no gold match,
 * and matched claims whose source is wrong.
 */
import { readGoldDir } from '#shared/evaluation/brat.ts';
import { score, type PRF } from '#shared/evaluation/score.ts';
import { readDocument } from '#shared/documents/read-document.ts';
import { extractClaims } from '#shared/extraction/extract-claims.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: npm run eval -- GOLD_DIR [--errors] [--json]');
  process.exit(2);
}
const gold = readGoldDir(dir);
const predictions = new Map(
  gold.map((article) => {
    const document = readDocument(Buffer.from(article.text));
    return [article.name, extractClaims(document.text, { bodyStart: document.bodyStart })] as const;
  }),
);
const { scores, errors } = score(gold, predictions);

if (args.includes('--json')) {
  console.log(JSON.stringify(scores));
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
}
if (args.includes('--errors')) {
  for (const e of errors) {
    if (!e.missed.length && !e.spurious.length && !e.wrongSource.length) continue;
    console.log(`\n## ${e.name}`);
    for (const m of e.missed) console.log(`  missed    [${m.source}] ${m.content}`);
    for (const s of e.spurious) console.log(`  spurious  [${s.source}] ${s.content}`);
    for (const w of e.wrongSource) console.log(`  source    gold [${w.gold}] got [${w.predicted}] ${w.content}`);
  }
}
