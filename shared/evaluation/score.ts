import { codePointIndex, type GoldArticle } from './brat.ts';
import { claimKind, type ClaimKind } from '../extraction/attributions/claim-kind.ts';

/**
 * The measures of METRICS.md, computed exactly as shared/tools/score.mjs does (same pairing, same
 * token definition, same normalisation), plus a split by kind of claim and a list of errors.
 */
export interface PredictedClaim {
  content: { start: number; end: number } | null;
  source: { start: number; end: number } | null;
  cue: { start: number; end: number } | null;
}

interface Tally { gold: number; pred: number; match: number; attributed: number }
export interface Scores {
  articles: number;
  goldClaims: number;
  predictedClaims: number;
  attributedClaim: PRF;
  claim: PRF;
  sourceAccuracy: number;
  contentTokens: PRF;
  exactContent: PRF;
  cue: PRF;
  byKind: Record<ClaimKind, { gold: number; predicted: number; attributedClaim: PRF }>;
}
export interface PRF { p: number; r: number; f1: number }
/**
 * Which stage an error comes from: `content`, a claim that overlaps a gold attribution but is cut
 * elsewhere (content boundaries); `cue`, a claim no gold attribution overlaps (a cue that reports
 * nothing); `unread`, a gold attribution no claim overlaps (a report never read); `source`, a
 * claim paired with its gold but given the wrong source.
 */
export type ErrorStage = 'content' | 'cue' | 'unread' | 'source';
export interface ArticleErrors {
  name: string;
  missed: Array<{ content: string; source: string; stage: 'content' | 'unread' }>;
  spurious: Array<{ content: string; source: string; cue: string; stage: 'content' | 'cue' }>;
  wrongSource: Array<{ content: string; gold: string; predicted: string }>;
  /** for each prediction as given: paired with a gold attribution whose source it gets right */
  attributed: boolean[];
}

const WORD = /[\p{L}\p{N}]/u;
const EDGE = /^[\s"“”‘’'«»,.:;—–-]+|[\s"“”‘’'«»,.:;—–-]+$/gu;

/** The word tokens (their first code points) that ranges of code points touch: METRICS.md's tokens. */
export function tokens(cps: string[], ranges: Array<[number, number]>): Set<number> {
  const out = new Set<number>();
  for (const [s, e] of ranges) {
    if (e <= s) continue;
    let i = Math.max(0, s);
    while (i > 0 && WORD.test(cps[i - 1]) && WORD.test(cps[i])) i--;
    for (; i < Math.min(e, cps.length); i++) if (WORD.test(cps[i]) && (i === 0 || !WORD.test(cps[i - 1]))) out.add(i);
  }
  return out;
}

export const intersect = (a: Set<number>, b: Set<number>) => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};
const norm = (cps: string[], s: number, e: number) =>
  cps.slice(s, e).join('').replace(EDGE, '').replace(/^that\s+/i, '').replace(/[\s"“”‘’'«»,.:;—–-]+$/u, '');
const prf = (hit: number, predicted: number, gold: number, hitR = hit): PRF => {
  const p = predicted ? hit / predicted : 0;
  const r = gold ? hitR / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

export function score(gold: GoldArticle[], predictions: Map<string, PredictedClaim[]>): { scores: Scores; errors: ArticleErrors[] } {
  const S = { match: 0, attributed: 0, exact: 0, gold: 0, pred: 0, ctP: 0, ctPd: 0, ctR: 0, ctRd: 0, cueTP: 0, cueP: 0, cueG: 0 };
  const kinds: Record<ClaimKind, Tally> = { direct: tally(), indirect: tally(), mixed: tally() };
  const errors: ArticleErrors[] = [];

  for (const article of gold) {
    const { text } = article;
    const cps = Array.from(text);
    const map = codePointIndex(text);
    const conv = (sp: { start: number; end: number } | null): [number, number] | null =>
      sp && Number.isInteger(sp.start) && Number.isInteger(sp.end) && sp.start >= 0 && sp.end <= text.length && sp.end > sp.start ? [map[sp.start], map[sp.end]] : null;
    const cpText = (ranges: Array<[number, number]>) => ranges.map(([s, e]) => cps.slice(s, e).join('')).join(' … ');

    const G = article.attributions.map((g) => {
      const hull: [number, number] = [g.content[0][0], g.content[g.content.length - 1][1]];
      return { g, c: tokens(cps, g.content), s: tokens(cps, g.source), cue: g.cue.map((r) => r.join('-')), kind: claimKind(cpText([hull])) };
    });
    const given = predictions.get(article.name) ?? [];
    const attributed = given.map(() => false);
    const P = given
      .map((p, index) => ({ index, content: conv(p.content), source: conv(p.source), cue: conv(p.cue) }))
      .filter((p): p is { index: number; content: [number, number]; source: [number, number] | null; cue: [number, number] | null } => p.content !== null)
      .map((p) => ({ p, c: tokens(cps, [p.content]), s: p.source ? tokens(cps, [p.source]) : new Set<number>(), cue: p.cue ? [p.cue.join('-')] : [], kind: claimKind(cpText([p.content])) }));

    S.gold += G.length;
    S.pred += P.length;
    for (const g of G) kinds[g.kind].gold++;
    for (const p of P) kinds[p.kind].pred++;
    const allG = new Set<number>();
    G.forEach((x) => x.c.forEach((t) => allG.add(t)));
    const allP = new Set<number>();
    P.forEach((x) => x.c.forEach((t) => allP.add(t)));
    S.ctP += intersect(allP, allG);
    S.ctPd += allP.size;
    S.ctR += intersect(allG, allP);
    S.ctRd += allG.size;
    const goldCues = new Set(G.flatMap((x) => x.cue));
    const predCues = new Set(P.flatMap((x) => x.cue));
    S.cueTP += [...predCues].filter((c) => goldCues.has(c)).length;
    S.cueP += predCues.size;
    S.cueG += goldCues.size;

    const pairs: Array<[number, number, number]> = [];
    const touchedG = new Set<number>();
    const touchedP = new Set<number>();
    G.forEach((g, i) =>
      P.forEach((p, j) => {
        const n = intersect(g.c, p.c);
        if (!n) return;
        touchedG.add(i);
        touchedP.add(j);
        const f = (2 * n) / (g.c.size + p.c.size);
        if (f >= 0.5) pairs.push([f, i, j]);
      }),
    );
    pairs.sort((a, b) => b[0] - a[0]);
    const usedG = new Set<number>();
    const usedP = new Set<number>();
    const wrongSource: ArticleErrors['wrongSource'] = [];
    for (const [, i, j] of pairs) {
      if (usedG.has(i) || usedP.has(j)) continue;
      usedG.add(i);
      usedP.add(j);
      S.match++;
      const g = G[i];
      const p = P[j];
      const sourceRight = g.s.size === 0 || intersect(g.s, p.s) > 0;
      if (sourceRight) {
        attributed[p.p.index] = true;
        S.attributed++;
        kinds[g.kind].attributed++;
        kinds[p.kind].match++;
      } else {
        wrongSource.push({ content: cpText([p.p.content]).slice(0, 120), gold: cpText(g.g.source), predicted: p.p.source ? cpText([p.p.source]) : '' });
      }
      const gc = g.g.content;
      const pn = norm(cps, ...p.p.content);
      if (pn === norm(cps, gc[0][0], gc[gc.length - 1][1]) || pn === gc.map((r) => norm(cps, ...r)).join(' ')) S.exact++;
    }
    errors.push({
      name: article.name,
      missed: G.flatMap((g, i) => (usedG.has(i) ? [] : [{ content: cpText(g.g.content).slice(0, 160), source: cpText(g.g.source), stage: touchedG.has(i) ? ('content' as const) : ('unread' as const) }])),
      spurious: P.flatMap((p, j) => (usedP.has(j) ? [] : [{ content: cpText([p.p.content]).slice(0, 160), source: p.p.source ? cpText([p.p.source]) : '', cue: p.p.cue ? cpText([p.p.cue]) : '', stage: touchedP.has(j) ? ('content' as const) : ('cue' as const) }])),
      wrongSource,
      attributed,
    });
  }

  const byKind = Object.fromEntries(
    Object.entries(kinds).map(([k, t]) => [k, { gold: t.gold, predicted: t.pred, attributedClaim: prf(t.match, t.pred, t.gold, t.attributed) }]),
  ) as Scores['byKind'];
  return {
    scores: {
      articles: gold.length,
      goldClaims: S.gold,
      predictedClaims: S.pred,
      attributedClaim: prf(S.attributed, S.pred, S.gold),
      claim: prf(S.match, S.pred, S.gold),
      sourceAccuracy: S.match ? S.attributed / S.match : 0,
      contentTokens: prf(S.ctP, S.ctPd, S.ctRd, S.ctR),
      exactContent: prf(S.exact, S.pred, S.gold),
      cue: prf(S.cueTP, S.cueP, S.cueG),
      byKind,
    },
    errors,
  };
}

const tally = (): Tally => ({ gold: 0, pred: 0, match: 0, attributed: 0 });
