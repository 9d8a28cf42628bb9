import { analyse } from './analyse.ts';
import { readAttribution, type Attribution } from './attributions.ts';
import { claimKind, type ClaimKind } from './claim-kind.ts';
import { findCues } from './cues.ts';
import { findQuotes } from './quotes.ts';
import { spanOf, type Span } from './span.ts';
import { resolveSpeakers, type Speaker } from './speakers.ts';
import { groupUnits } from './units.ts';

export interface ExtractedClaim {
  content: Span;
  source: Span | null;
  cue: Span | null;
  speaker: Speaker;
  kind: ClaimKind;
  /** 0..1: how likely the cue is a cue, lowered when the source or the speaker is missing */
  confidence: number;
}

export interface ExtractOptions {
  /** where the article body starts: text before it (a dateline header) holds no claim */
  bodyStart?: number;
}

const UNKNOWN_SPEAKER: Speaker = { name: 'unknown', type: 'anonymous' };

/**
 * Text → attributed claims, in reading order. The stages: tokens and sentences (analyse), quote
 * marks (quotes), sentence units joined by quotes (units), cues (cues), source and content around
 * each cue (attributions), then speakers across the article (speakers).
 */
export function extractClaims(text: string, options: ExtractOptions = {}): ExtractedClaim[] {
  const analysis = analyse(text);
  const quotes = findQuotes(analysis);
  const units = groupUnits(analysis, quotes, options.bodyStart ?? 0);
  const found: Attribution[] = [];
  for (const unit of units) {
    const inUnit = findCues(analysis, unit, quotes)
      .map((cue) => readAttribution(analysis, unit, cue, quotes))
      .filter((a): a is Attribution => a !== null);
    found.push(...outermost(inUnit));
  }
  const speakers = resolveSpeakers(analysis, found.map((a) => a.source));
  return found
    .map((a, i) => {
      const speaker = speakers[i] ?? UNKNOWN_SPEAKER;
      const content = spanOf(text, ...a.content);
      return {
        content,
        source: a.source ? spanOf(text, ...a.source) : null,
        cue: spanOf(text, ...a.cue),
        speaker,
        kind: claimKind(content.text),
        confidence: round(a.probability * (a.source ? 1 : 0.6) * (speakers[i] ? 1 : 0.8)),
      };
    })
    .sort((a, b) => a.content.start - b.content.start);
}

/**
 * A cue inside another attribution's content is part of what was said (`… share a common
 * position, calling for de-escalation, said the ambassador`), not a claim of the article's own.
 */
function outermost(attributions: Attribution[]): Attribution[] {
  const inside = (a: Attribution, b: Attribution) => a !== b && a.cue[0] >= b.content[0] && a.cue[1] <= b.content[1];
  return attributions.filter((a) => !attributions.some((b) => inside(a, b) && !inside(b, a)));
}

const round = (x: number) => Math.round(x * 100) / 100;
