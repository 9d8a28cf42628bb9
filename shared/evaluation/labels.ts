import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { areaUnderCurve } from '../checkworthiness/area-under-curve.ts';
import { codePointToStringIndex } from './brat.ts';

/**
 * Hand labels of gold attributions (NAME.labels.json beside the gold): the resolved speaker
 * (`speakerKey`, acceptable lower-case forms separated by `|`) and the check-worthiness (`check`:
 * CFS check-worthy factual, UFS unimportant factual, NFS not factual). The measures are those of
 * the labels' own scorer: a gold attribution is found when one claim covers half its content; its
 * speaker is right when the claim's speaker name contains one of the key's forms.
 */
interface Label {
  attribution: string;
  content: Array<[number, number]>;
  speakerKey: string | null;
  speakerType?: string;
  check: 'CFS' | 'UFS' | 'NFS';
}

export interface LabelledClaim {
  content: { start: number; end: number };
  speaker: { name: string; confidence?: number };
  checkworthiness?: number;
}

export interface LabelScores {
  speakers: { keyed: number; found: number; right: number; accuracyOfFound: number; byType: Record<string, { found: number; right: number }> };
  /** of the wrong speakers among the found, how many the least sure fifth of found claims (by speaker confidence) holds */
  speakerCalibration: { wrong: number; inLeastSureFifth: number };
  checkworthiness: { aucOnFoundGold: number; topThirdCfs: number; baseRateCfs: number; calibration: Array<{ from: number; claims: number; cfs: number }> };
  speakerMisses: string[];
}

const overlap = (spans: ReadonlyArray<readonly [number, number]>, c: { content: { start: number; end: number } }) => spans.reduce((a, [s, e]) => a + Math.max(0, Math.min(e, c.content.end) - Math.max(s, c.content.start)), 0);

/**
 * The claim that finds a labelled attribution (METRICS.md): the one holding the most of its
 * content, if that is at least half of it. `spans` are string indices into the article's text.
 */
export function coveringClaim<C extends { content: { start: number; end: number } }>(spans: ReadonlyArray<readonly [number, number]>, claims: C[]): C | null {
  const length = spans.reduce((a, [s, e]) => a + e - s, 0);
  let best: C | null = null;
  let most = 0;
  for (const c of claims) if (overlap(spans, c) > most) [best, most] = [c, overlap(spans, c)];
  return best && most >= 0.5 * length ? best : null;
}

export function scoreLabels(labelDir: string, articles: Array<{ name: string; text: string; claims: LabelledClaim[] }>): LabelScores | null {
  const speakers = { keyed: 0, found: 0, right: 0, byType: {} as Record<string, { found: number; right: number }> };
  const found: Array<{ score: number; positive: boolean }> = [];
  const queue: Array<{ score: number; positive: boolean }> = [];
  const misses: string[] = [];
  const sureness: Array<{ confidence: number; right: boolean }> = [];
  let labelled = 0;
  for (const article of articles) {
    const file = join(labelDir, `${article.name}.labels.json`);
    if (!existsSync(file)) continue;
    labelled++;
    const labels = JSON.parse(readFileSync(file, 'utf8')) as Label[];
    const index = codePointToStringIndex(article.text);
    const gold = labels.map((l) => ({ ...l, spans: l.content.map(([s, e]) => [index(s), index(e)] as const) }));
    for (const g of gold) {
      const best = coveringClaim(g.spans, article.claims);
      if (!best) {
        if (g.speakerKey) speakers.keyed++;
        continue;
      }
      if (best.checkworthiness !== undefined) found.push({ score: best.checkworthiness, positive: g.check === 'CFS' });
      if (!g.speakerKey) continue;
      speakers.keyed++;
      speakers.found++;
      const type = (speakers.byType[g.speakerType ?? 'other'] ??= { found: 0, right: 0 });
      type.found++;
      const name = best.speaker.name.toLowerCase();
      const right = g.speakerKey.split('|').some((k) => k && name.includes(k));
      sureness.push({ confidence: best.speaker.confidence ?? 1, right });
      if (right) {
        speakers.right++;
        type.right++;
      } else misses.push(`${article.name.slice(0, 24)} ${g.attribution}: want ${g.speakerKey.split('|')[0]}, got ${best.speaker.name}`);
    }
    for (const c of article.claims) {
      let best: (typeof gold)[number] | null = null;
      let most = 0;
      for (const g of gold) if (overlap(g.spans, c) > most) [best, most] = [g, overlap(g.spans, c)];
      queue.push({ score: c.checkworthiness ?? 0, positive: !!best && most >= 0.5 * (c.content.end - c.content.start) && best.check === 'CFS' });
    }
  }
  if (labelled === 0) return null;
  const top = [...queue].sort((a, b) => b.score - a.score).slice(0, Math.ceil(queue.length / 3));
  const share = (xs: Array<{ positive: boolean }>) => (xs.length ? xs.filter((x) => x.positive).length / xs.length : 0);
  return {
    speakers: { ...speakers, accuracyOfFound: speakers.found ? speakers.right / speakers.found : 0 },
    checkworthiness: { aucOnFoundGold: areaUnderCurve(found), topThirdCfs: share(top), baseRateCfs: share(queue), calibration: byTenth(queue) },
    speakerMisses: misses,
    speakerCalibration: {
      wrong: sureness.filter((s) => !s.right).length,
      inLeastSureFifth: [...sureness].sort((a, b) => a.confidence - b.confidence).slice(0, Math.ceil(sureness.length / 5)).filter((s) => !s.right).length,
    },
  };
}

/** Claims by tenth of score, and the share of them that are check-worthy: a calibrated score's share is its tenth. */
function byTenth(scored: Array<{ score: number; positive: boolean }>) {
  return Array.from({ length: 10 }, (_, t) => {
    const inTenth = scored.filter((x) => Math.min(9, Math.floor(x.score * 10)) === t);
    return { from: t / 10, claims: inTenth.length, cfs: inTenth.length ? inTenth.filter((x) => x.positive).length / inTenth.length : 0 };
  });
}
