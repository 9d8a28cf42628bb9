/**
 * usage: npm run eval-sets
 * The extractor on every evaluation set the project has, side by side: PolNeAR dev with its hand
 * labels ($POLNEAR_DIR/dev, $POLNEAR_LABELS_DIR/dev: a check, never tuned on), the 84 PolNeAR
 * train articles with hand-resolved speakers ($POLNEAR_DIR/train, data/speakers/polnear-train:
 * what the speaker rules and model were tuned on), and the project's own sets of modern news,
 * data/attributions/web-pages and data/attributions/house-styles. A set whose data is not there
 * is left out, and said so. Per set: attributed-claim P/R/F1, exact-content F1, speaker accuracy
 * of found claims overall and by type, and how many of the wrong speakers the least sure fifth of
 * claims holds (what the desk marks for checking).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readGoldDir, type GoldArticle } from '#shared/evaluation/brat.ts';
import { score } from '#shared/evaluation/score.ts';
import { scoreLabels } from '#shared/evaluation/labels.ts';
import { readDocument } from '#shared/documents/read-document.ts';
import { extractClaims } from '#shared/extraction/extract-claims.ts';

interface EvaluationSet {
  name: string;
  gold: string;
  labels: string;
  /** only the articles that have labels (train has 840, of which 84 are labelled) */
  labelledOnly?: boolean;
}

const env = (name: string) => process.env[name];
const sets: EvaluationSet[] = [
  ...(env('POLNEAR_DIR') && env('POLNEAR_LABELS_DIR') ? [{ name: 'PolNeAR dev (checked, not tuned on)', gold: join(env('POLNEAR_DIR')!, 'dev'), labels: join(env('POLNEAR_LABELS_DIR')!, 'dev') }] : []),
  ...(env('POLNEAR_DIR') ? [{ name: 'PolNeAR train, 84 labelled (tuned on)', gold: join(env('POLNEAR_DIR')!, 'train'), labels: 'data/speakers/polnear-train', labelledOnly: true }] : []),
  { name: 'web pages, 25 (ours)', gold: 'data/attributions/web-pages', labels: 'data/attributions/web-pages' },
  { name: 'house styles, 24 (ours)', gold: 'data/attributions/house-styles', labels: 'data/attributions/house-styles' },
];
if (!env('POLNEAR_DIR')) console.error('PolNeAR sets left out: set POLNEAR_DIR (and POLNEAR_LABELS_DIR) as data/README.md says');

const f = (x: number) => x.toFixed(3);
const rows: string[][] = [['set', 'articles', 'attributed P', 'R', 'F1', 'exact F1', 'speaker', 'by type', 'wrong in least sure fifth']];
for (const set of sets) {
  if (!existsSync(set.gold)) continue;
  const labelled = set.labelledOnly ? new Set(readdirSync(set.labels).map((file) => file.replace(/\.labels\.json$/, ''))) : null;
  const gold: GoldArticle[] = readGoldDir(set.gold).filter((a) => !labelled || labelled.has(a.name));
  const predictions = new Map(gold.map((a) => {
    const document = readDocument(Buffer.from(a.text));
    return [a.name, extractClaims(document.text, { bodyStart: document.bodyStart, furniture: document.furniture })] as const;
  }));
  const { scores } = score(gold, predictions);
  const labels = scoreLabels(set.labels, gold.map((a) => ({ name: a.name, text: a.text, claims: predictions.get(a.name) ?? [] })));
  const s = labels?.speakers;
  const c = labels?.speakerCalibration;
  rows.push([
    set.name, String(scores.articles), f(scores.attributedClaim.p), f(scores.attributedClaim.r), f(scores.attributedClaim.f1), f(scores.exactContent.f1),
    s ? f(s.accuracyOfFound) : '—',
    s ? Object.entries(s.byType).map(([t, v]) => `${t} ${v.right}/${v.found}`).join(', ') : '—',
    c ? `${c.inLeastSureFifth}/${c.wrong} = ${c.wrong ? f(c.inLeastSureFifth / c.wrong) : '—'}` : '—',
  ]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const [i, r] of rows.entries()) {
  console.log(`| ${r.map((cell, k) => cell.padEnd(widths[k])).join(' | ')} |`);
  if (i === 0) console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
}
