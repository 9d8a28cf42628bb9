import { codePointIndex, type GoldArticle } from './brat.ts';
import { intersect, tokens } from './score.ts';

interface PiecedClaim {
  content: { start: number; end: number; pieces?: Array<{ start: number; end: number }> };
}

/**
 * Whether claims read in pieces (extraction/attributions/split-quotes.ts) say their gold
 * attribution's words better than their whole span would: per claim with pieces, the word-token
 * F1 against the gold attribution its whole span overlaps most, in pieces and whole. METRICS.md
 * scores the whole span, so this is the one measure of the cut.
 */
export function piecesAgainstGold(gold: GoldArticle[], predictions: Map<string, PiecedClaim[]>): { pieced: number; closer: number; further: number; unpaired: number } {
  const counts = { pieced: 0, closer: 0, further: 0, unpaired: 0 };
  for (const article of gold) {
    const map = codePointIndex(article.text);
    const cps = Array.from(article.text);
    const words = (ranges: Array<[number, number]>) => tokens(cps, ranges);
    const goldWords = article.attributions.map((a) => words(a.content));
    for (const claim of predictions.get(article.name) ?? []) {
      const pieces = claim.content.pieces;
      if (!pieces) continue;
      counts.pieced++;
      const whole = words([[map[claim.content.start], map[claim.content.end]]]);
      const [best, wholeF1] = goldWords.reduce<[Set<number> | null, number]>((top, g) => (f1(g, whole) > top[1] ? [g, f1(g, whole)] : top), [null, 0]);
      if (!best) {
        counts.unpaired++;
        continue;
      }
      const piecedF1 = f1(best, words(pieces.map((p): [number, number] => [map[p.start], map[p.end]])));
      if (piecedF1 > wholeF1) counts.closer++;
      else if (piecedF1 < wholeF1) counts.further++;
    }
  }
  return counts;
}

const f1 = (gold: Set<number>, predicted: Set<number>) => (2 * intersect(gold, predicted)) / (gold.size + predicted.size || 1);
