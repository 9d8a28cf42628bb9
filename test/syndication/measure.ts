/**
 * usage: npx tsx test/syndication/measure.ts
 * The cluster rule (review/clusters.ts) on the syndication set (make-set.ts), on the claims the
 * shipped extractor reads from each article: over every pair of claims of different articles,
 * precision and recall of "one claim" against the truth (the two carry the same quote), and the
 * queue's length, one entry per cluster, against the number of distinct claims. Prints one JSON line.
 */
import { fileURLToPath } from 'node:url';
import { readDocument } from '#shared/documents/read-document.ts';
import { extractClaims } from '#shared/extraction/extract-claims.ts';
import { sameClaim, signed, type Signed } from '#shared/review/clusters.ts';
import { buildSet } from './make-set.ts';

export function measureClusters() {
  const claims: Array<Signed & { quote: string | null }> = [];
  for (const article of buildSet()) {
    const document = readDocument(Buffer.from(article.text));
    for (const c of extractClaims(document.text, { bodyStart: document.bodyStart, furniture: document.furniture })) {
      // the quote a claim carries: the one over half of which it covers, or which holds over half of it
      const overlap = (q: { start: number; end: number }) => Math.min(q.end, c.content.end) - Math.max(q.start, c.content.start);
      const carried = article.quotes.find((q) => overlap(q) > (q.end - q.start) / 2 || overlap(q) > (c.content.end - c.content.start) / 2);
      claims.push({ ...signed({ articleId: article.name, text: c.content.text, speaker: c.speaker }), quote: carried?.id ?? null });
    }
  }
  let tp = 0, fp = 0, fn = 0;
  const parent = claims.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const misses: string[] = [];
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const [a, b] = [claims[i], claims[j]];
      if (a.articleId === b.articleId) continue;
      const truth = a.quote !== null && a.quote === b.quote;
      const said = sameClaim(a, b);
      if (said) parent[root(i)] = root(j);
      if (said && truth) tp++;
      else if (said) {
        fp++;
        misses.push(`joined: ${a.articleId} “${a.text.slice(0, 60)}” + ${b.articleId} “${b.text.slice(0, 60)}”`);
      } else if (truth) {
        fn++;
        misses.push(`apart: ${a.articleId} ${a.speaker.name} “${a.text.slice(0, 60)}” / ${b.articleId} ${b.speaker.name} “${b.text.slice(0, 60)}”`);
      }
    }
  }
  const clusters = new Set(claims.map((_, i) => root(i))).size;
  const distinct = new Set(claims.map((c, i) => c.quote ?? `unmatched-${i}`)).size;
  return { articles: new Set(claims.map((c) => c.articleId)).size, claims: claims.length, precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1), queueEntries: clusters, distinctClaims: distinct, queueOverDistinct: clusters / distinct, misses };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { misses, ...figures } = measureClusters();
  console.log(JSON.stringify(figures));
  for (const m of misses.slice(0, 20)) console.error(m);
}
