import { analyse, firstTokenFrom, type Analysis } from './tokens/analyse.ts';
import { newAttributionStop, readAttribution, readColonAttribution, type Attribution, type AttributionShape } from './attributions/attributions.ts';
import { claimKind, type ClaimKind } from './attributions/claim-kind.ts';
import { claimFeatures } from './models/claim-features.ts';
import { checkworthinessOf, type Checkworthiness } from '../checkworthiness/model.ts';
import type { NewsClaim } from '../checkworthiness/features.ts';
import { claimConfidence, claimScorer, CLAIM_THRESHOLD, type ClaimModel } from './models/claim-model.ts';
import { findCues, type Cue } from './cues/cues.ts';
import { SHIPPED_CUE_MODEL, type CueModel } from './cues/cue-model.ts';
import { findQuotes, quotesOverlapping } from './tokens/quotes.ts';
import { spanOf, type Span } from './tokens/span.ts';
import { presentSpeaker, resolveSpeakers, type Speaker } from './speakers/speakers.ts';
import { articleCast, type CastMember } from './speakers/cast.ts';
import { withoutFurniture } from '../documents/wire-furniture.ts';
import { withSpeakerConfidence, type SpeakerConfidenceModel } from './speakers/speaker-confidence.ts';
import { groupUnits, type Unit } from './tokens/units.ts';
import { ContentReader, SHIPPED_CONTENT_MODEL, type ContentModel } from './models/content-model.ts';
import { cutContents, type ReadingObserver } from './models/model-contents.ts';
import { readUnclaimedQuotes, signature } from './attributions/unclaimed-quotes.ts';
import { isNonReport } from './attributions/non-reports.ts';
import { piecesAroundCue, wordsSaid, type ClaimContent } from './attributions/split-quotes.ts';
import type { Quote } from './tokens/quotes.ts';
import type { FeatureSink } from '../feature-weights.ts';

export interface ExtractedClaim {
  content: ClaimContent;
  source: Span | null;
  cue: Span | null;
  /** with extraction's confidence in it once the claims are chosen (speakers/speaker-confidence.ts) */
  speaker: Speaker & { confidence?: number };
  kind: ClaimKind;
  /** 0..1: the claim model's estimate that the attribution was read right (claim-model.ts) */
  confidence: number;
}

export interface ExtractOptions {
  /** where the article body starts: text before it (a dateline header) holds no claim */
  bodyStart?: number;
  /** stretches that hold no claim: page furniture the HTML reader marked (captions, bios, labels) */
  furniture?: Array<[number, number]>;
  /** the cue model to read with; the shipped one unless training swaps in another */
  cueModel?: CueModel;
  /** the claim model to select with; the shipped one unless an upgrade is being measured */
  claimModel?: ClaimModel;
  /** the content model to cut contents with; the shipped one, or null for the rules' cut alone (as that model's training reads) */
  contentModel?: ContentModel | null;
  /** sees each reading the content model is asked about: how that model's training collects them */
  observeReading?: ReadingObserver;
  /** the speaker confidence model to weigh speakers with; the shipped one unless its training swaps in another */
  speakerConfidenceModel?: SpeakerConfidenceModel;
  /** told the people, organisations and groups the article names (speakers/cast.ts): what a reviewer picks a speaker from */
  observeCast?: (cast: CastMember[]) => void;
}

const UNKNOWN_SPEAKER: Speaker = { name: 'unknown', type: 'anonymous' };

/**
 * Text → attributed claims, in reading order. The stages: tokens and sentences (analyse), quote
 * marks (quotes), sentence units joined by quotes (units), cues (cues), source and content around
 * each cue (attributions), quotes no cue claimed (unclaimed-quotes), then speakers across the
 * article (speakers); the claim model then keeps the readings it trusts (selectClaims), and the
 * check-worthiness model scores each for the review queue (checkworthiness/).
 */
export function extractClaims(text: string, options: ExtractOptions = {}): Array<ExtractedClaim & Checkworthiness> {
  // furniture is read as blank: a dateline or a caption can be no one's words and name no speaker
  const candidates = readCandidates(withoutFurniture(text, options.furniture ?? []), options);
  const confidence = options.claimModel ? claimScorer(options.claimModel) : claimConfidence;
  const claims = selectClaims(text, candidates, candidates.map((c) => confidence(c.features)), options.claimModel?.threshold ?? CLAIM_THRESHOLD);
  const furniture = options.furniture ?? [];
  const kept = claims
    .filter((c) => !furniture.some(([start, end]) => c.content.start >= start && c.content.start < end))
    .map((c) => ({ ...c, speaker: presentSpeaker(c.speaker) }));
  return withSpeakerConfidence(kept, text, options.speakerConfidenceModel).map((c) => ({ ...c, ...checkworthinessOf(newsClaimOf(c)) }));
}

/** What the check-worthiness model reads of a claim (checkworthiness/features.ts). */
export const newsClaimOf = (c: ExtractedClaim): NewsClaim => ({ text: wordsSaid(c.content), cue: c.cue?.text ?? '', kind: c.kind, speakerType: c.speaker.type });

/**
 * The claims kept from the candidates, given each one's confidence: those at or over the
 * threshold and the quotes always kept, less duplicates. The claim model's training selects the
 * same way, so that its threshold is chosen for what ships.
 */
export function selectClaims(text: string, candidates: Candidate[], confidence: number[], threshold: number): ExtractedClaim[] {
  const kept = candidates
    .map(({ claim, shape }, i) => ({ ...claim, shape, confidence: confidence[i] }))
    .filter(({ shape, confidence }) => ALWAYS_KEPT.has(shape) || confidence >= threshold);
  return withoutDuplicates(text, kept).map(({ shape: _shape, confidence, ...claim }) => ({ ...claim, confidence: round(confidence) }));
}

/**
 * Words in quote marks are somebody's, even when whose is only a guess: they stay in the queue,
 * with the low confidence that sorts them last, rather than being dropped.
 */
export const ALWAYS_KEPT = new Set<AttributionShape>(['quoted', 'continued']);

export interface Candidate {
  claim: Omit<ExtractedClaim, 'confidence'>;
  shape: AttributionShape;
  /** writes what the claim model weighs (claim-features.ts) */
  features: (sink: FeatureSink) => void;
}

/** Every attribution the stages read, before the claim model weighs it; for training that model. */
export function readCandidates(text: string, options: ExtractOptions = {}): Candidate[] {
  const cueModel = options.cueModel ?? SHIPPED_CUE_MODEL;
  const analysis = analyse(text);
  const quotes = findQuotes(analysis);
  const units = groupUnits(analysis, quotes, options.bodyStart ?? 0);
  const found: Attribution[] = [];
  const cuesOf = new Map<Unit, Cue[]>();
  const claimedIn = new Map<Unit, Attribution[]>();
  const quoteAt = quotesByStart(quotes);
  const contentModel = options.contentModel === undefined ? SHIPPED_CONTENT_MODEL : options.contentModel;
  const reader = contentModel ? new ContentReader(contentModel, analysis.tokens) : null;
  units.forEach((unit, u) => {
    const cues = findCues(analysis, unit, quotes, cueModel);
    cuesOf.set(unit, cues);
    const next = units[u + 1];
    const announced = analysis.tokens[unit.last - 1].text === ':' && next ? (quoteAt.get(next.start) ?? paragraphOf(units, u + 1)) : null;
    const stops = cues.map((c) => newAttributionStop(analysis.tokens, unit, c)).filter((stop) => stop !== null);
    const read = shareSubjects(cues.map((cue) => readAttribution(analysis, unit, cue, quotes, { stops, announced })).filter((a): a is Attribution => a !== null), analysis.text);
    const colon = readColonAttribution(analysis, unit, paragraphFrom(units, u));
    if (colon) read.push(colon);
    const inUnit = cutContents(analysis.tokens, unit, read, quotes, reader, options.observeReading);
    const kept = outermost(inUnit);
    found.push(...kept);
    if (inUnit.length > 0) claimedIn.set(unit, kept);
  });
  extendOverQuotedUnits(analysis, units, claimedIn, quotes, quoteAt);
  found.push(...readUnclaimedQuotes(analysis, units, quotes, found, cuesOf));
  const speakers = resolveSpeakers(analysis, found.map((a) => a.source), found.map((a) => a.content), quotes);
  options.observeCast?.(articleCast(analysis, found.map((a) => a.source), speakers));
  return found
    .map((a, i) => ({ a, speaker: speakers[i] }))
    // refusals, silences, acts and the like have a report's shape and report nothing (non-reports.ts);
    // they are dropped once speakers are resolved, since who spoke there still anchors a later `he`
    .filter(({ a }) => !isNonReport(analysis, a))
    .map(({ a: read, speaker }) => {
      const a = { ...read, content: withoutEmojiEdges(text, read.content) };
      const pieces = piecesAroundCue(text, quotes, a.content, a.cue, a.source)?.map((piece) => withoutEmojiEdges(text, piece));
      const content: ClaimContent = { ...spanOf(text, ...a.content), ...(pieces ? { pieces: pieces.map(([start, end]) => spanOf(text, start, end)) } : {}) };
      const kind = claimKind(content.text);
      return {
        claim: { content, source: a.source ? spanOf(text, ...a.source) : null, cue: spanOf(text, ...a.cue), speaker: speaker ?? UNKNOWN_SPEAKER, kind },
        shape: a.shape,
        features: claimFeatures(text, a, speaker, kind),
      };
    })
    .sort((a, b) => a.claim.content.start - b.claim.content.start);
}

/** Emoji are no one's words: `🎉 “A,” said Fox.` says `“A,”` (a trademark or copyright sign is part of a name). */
const EMOJI_EDGE = /^(?![©®™])[\p{Extended_Pictographic}\u200d\ufe0f\s]+$/u;

function withoutEmojiEdges(text: string, [start, end]: [number, number]): [number, number] {
  let from = start;
  let to = end;
  while (from < to) {
    const ch = String.fromCodePoint(text.codePointAt(from)!);
    if (!EMOJI_EDGE.test(ch)) break;
    from += ch.length;
  }
  while (to > from) {
    const pair = (text.charCodeAt(to - 1) & 0xfc00) === 0xdc00 && to - 2 >= from;
    const ch = text.slice(pair ? to - 2 : to - 1, to);
    if (!EMOJI_EDGE.test(ch)) break;
    to -= ch.length;
  }
  return from < to ? [from, to] : [start, end];
}

/** The units of the paragraph that unit `first` opens, as one span of tokens; undefined if it opens none. */
function paragraphFrom(units: Unit[], first: number): Unit | undefined {
  const opening = units[first];
  if (first > 0 && units[first - 1].paragraph === opening.paragraph) return undefined;
  let last = first;
  while (units[last + 1]?.paragraph === opening.paragraph) last++;
  return { ...opening, last: units[last].last, end: units[last].end };
}

/** `Fox News reports:` ⏎ `…at least four classified emails …`: the paragraph a colon announces, quoted or not. */
function paragraphOf(units: Unit[], first: number): Quote | null {
  const opening = units[first];
  if (!opening || opening.paragraph === units[first - 1]?.paragraph) return null;
  let last = first;
  while (units[last + 1]?.paragraph === opening.paragraph) last++;
  return { start: opening.start, end: units[last].end };
}

/**
 * `Trump said A, adding that B` / `Trump said A but added B`: a participle's or a coordinated
 * verb's source is the subject of the report it trails, which the attribution before it in the
 * sentence has already found.
 */
function shareSubjects(attributions: Attribution[], text: string): Attribution[] {
  const trailing = (a: Attribution) => a.shape === 'participle' || a.shape === 'coordinated';
  return attributions.map((a, i) => {
    if (!trailing(a) || i === 0) return a;
    // `… to defend not paying an architect who said he was stiffed …, saying …`: not a relative clause's subject
    // `Feld told CNN the airline expected …, but warned …`: a report inside another's content is not the clause's own
    const nested = (b: Attribution) => attributions.some((o) => o !== b && b.cue[0] >= o.content[0] && b.cue[1] <= o.content[1]);
    const before = attributions.slice(0, i).reverse().find((b) => !trailing(b) && b.source && !/\bwho$/i.test(text.slice(...b.source)) && !nested(b));
    return before ? { ...a, source: before.source } : a;
  });
}


/**
 * A cue inside another attribution's content is part of what was said (`… share a common
 * position, calling for de-escalation, said the ambassador`), not a claim of the article's own.
 */
function outermost(attributions: Attribution[]): Attribution[] {
  const inside = (a: Attribution, b: Attribution) => a !== b && a.cue[0] >= b.content[0] && a.cue[1] <= b.content[1];
  // each inside the other: fronted content before a closing cue (`A, calling for B, said X`) runs
  // over the earlier cue, whose own content runs on over the closing one; the closing cue governs.
  // Otherwise a doubtful cue (`to discuss a private conversation, said …`) swallows no surer one.
  const swallows = (b: Attribution, a: Attribution) => inside(a, b) && (inside(b, a) ? b.cue[0] > a.cue[0] : b.probability >= a.probability);
  return attributions.filter((a) => !attributions.some((b) => swallows(b, a)));
}

/**
 * A quote often runs on after its cue: `“A,” he said. “B. C.”`, and on into the next paragraphs,
 * each opened again with a quote mark. Units that are nothing but a quote, with no cue of their
 * own, belong to the last claim before them.
 */
function extendOverQuotedUnits(analysis: Analysis, units: Unit[], claimedIn: Map<Unit, Attribution[]>, quotes: Quote[], quoteAt: Map<number, Quote>): void {
  let last: Attribution | null = null;
  for (const unit of units) {
    const opening = quoteAt.get(unit.start);
    // a quote signed after a dash (`“…” ― Sonya Herridge`) is its signer's, not a continuation
    const signed = opening && signature(analysis, firstTokenFrom(analysis.tokens, opening.end)) !== null;
    const quoted = opening && opening.end >= unit.end - 1 && !signed ? opening : undefined;
    const inUnit = claimedIn.get(unit);
    if (!inUnit && quoted && last) {
      last.content = [last.content[0], Math.max(last.content[1], quoted.end)];
      continue;
    }
    if (inUnit) {
      // the quote continues the claim that quotes, if one does: `“A,” X said, according to Y. “B.”`
      const own = inUnit.filter((a) => a.cue[0] >= unit.start && a.cue[1] <= unit.end);
      last = own.filter((a) => quotesOverlapping(quotes, ...a.content).length > 0).at(-1) ?? own.at(-1) ?? null;
    } else last = null;
  }
}

/** The first quote at each offset: looked up, not searched for, so that a long article stays linear. */
function quotesByStart(quotes: Quote[]): Map<number, Quote> {
  const byStart = new Map<number, Quote>();
  for (const q of quotes) if (!byStart.has(q.start)) byStart.set(q.start, q);
  return byStart;
}



/**
 * Two readings of nearly the same words (`unleashed a series of tweets saying that …` read from
 * `unleashed` and from `saying`) are one claim: the surer reading stands.
 */
function withoutDuplicates<C extends { content: Span; confidence: number }>(text: string, claims: C[]): C[] {
  const words: Array<Set<number> | undefined> = [];
  const wordsOf = (i: number) => (words[i] ??= new Set([...text.slice(claims[i].content.start, claims[i].content.end).matchAll(WORD)].map((m) => claims[i].content.start + m.index)));
  const overlap = (i: number, j: number) => {
    let shared = 0;
    for (const w of wordsOf(i)) if (wordsOf(j).has(w)) shared++;
    return (2 * shared) / (wordsOf(i).size + wordsOf(j).size || 1);
  };
  const surer = (j: number, i: number) => claims[j].confidence > claims[i].confidence || (claims[j].confidence === claims[i].confidence && j < i);
  // a sweep in order of start: each claim meets only those still open where it starts, so a long
  // article costs its claims plus the pairs that touch, not every pair
  const dropped = new Set<number>();
  let open: number[] = [];
  for (const i of claims.map((_, i) => i).sort((a, b) => claims[a].content.start - claims[b].content.start || a - b)) {
    open = open.filter((j) => claims[j].content.end > claims[i].content.start);
    for (const j of open) {
      if (claims[i].content.start >= claims[j].content.end || overlap(i, j) < DUPLICATE_OVERLAP) continue;
      dropped.add(surer(j, i) ? i : j);
    }
    open.push(i);
  }
  return claims.filter((_, i) => !dropped.has(i));
}
const WORD = /[\p{L}\p{N}]+/gu;
/** word-overlap F1 past which two claims are one; 0.7 scored best on train (0.5–0.9 tried) */
const DUPLICATE_OVERLAP = 0.7;

const round = (x: number) => Math.round(x * 100) / 100;
