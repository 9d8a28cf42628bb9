import { Forbidden, InvalidRequest, StateConflict, VersionConflict } from '../errors.ts';
import type { Claim, CorrectionEntry, CorrectionRequest, DismissalEntry, DismissalRequest, HistoryEntry, ReopenEntry } from '../api/schemas.ts';
import { spanOf, type Span } from '../extraction/tokens/span.ts';
import { speakerIdOf } from './speaker-identity.ts';
import { piecesAroundCue, wordsSaid, type ClaimContent } from '../extraction/attributions/split-quotes.ts';
import { quotesAround } from '../extraction/tokens/quote-marks.ts';
import type { Reviewer } from './verdicts.ts';

/**
 * The reviewer's word over the extractor's. A reviewer may re-read a claim before ruling on it:
 * give it to another speaker, re-cut its words, move its cue, change its kind; or dismiss it as no
 * claim worth a verdict. Each is made against the version the reviewer saw and moves the version on,
 * as a verdict does, and each is a history entry with what it changed, before and after. What a
 * reviewer corrected is theirs from then on: no later extraction changes it (claim-identity.ts finds
 * the claim again by the extractor's own reading, kept in `original`).
 */
export type CorrectedField = 'speaker' | 'content' | 'cue' | 'kind';

/** The attribution as the extractor first read it, before any correction: the audit trail's start. */
export type OriginalReading = Pick<Claim, 'text' | 'speaker' | 'content' | 'cue' | 'kind'>;

export interface Correction {
  version: number;
  /** the claim's reading after the correction */
  reading: Pick<Claim, 'text' | 'speaker' | 'content' | 'cue' | 'kind'>;
  /** every field a reviewer has corrected, this time or before */
  corrected: CorrectedField[];
  original: OriginalReading;
  entry: CorrectionEntry;
}

/** Dismissal reasons that say the extractor read something that is no attribution at all. */
export const DISMISSAL_REASONS = ['not-an-attribution', 'not-checkable', 'duplicate'] as const;

function mayChange(claim: Pick<Claim, 'version'>, expectedVersion: number, reviewer: Reviewer): void {
  if (!reviewer.canWrite) throw new Forbidden('this token may read but not change claims');
  if (claim.version !== expectedVersion) throw new VersionConflict(claim.version, expectedVersion);
}

/** A span the reviewer names, checked against the article's text and trimmed of outer spaces. */
function spanIn(text: string, span: { start: number; end: number }, what: string): Span {
  if (span.end > text.length) throw new InvalidRequest(`${what}: ${span.start}..${span.end} runs past the article's text, which is ${text.length} characters long`);
  if (span.start >= span.end) throw new InvalidRequest(`${what}: start must come before end`);
  // offsets are UTF-16 units: one between the two halves of a character (an emoji) would cut it in two
  if (isLowSurrogate(text, span.start) || isLowSurrogate(text, span.end)) throw new InvalidRequest(`${what}: ${span.start}..${span.end} cuts a character in two`);
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (start === end) throw new InvalidRequest(`${what}: the span holds only spaces`);
  return spanOf(text, start, end);
}

const isLowSurrogate = (text: string, at: number) => at > 0 && at < text.length && (text.charCodeAt(at) & 0xfc00) === 0xdc00;

type Offsets = { start: number; end: number };

/**
 * The words a reviewer re-cut: their span and, when a reporting clause interrupts them, the pieces
 * either side. Pieces the reviewer gives must lie in order within the span and start and end it;
 * without them, a span that holds the claim's cue is split at it as the extractor splits
 * (split-quotes.ts), so that trimming a split claim's words keeps the reporter's out of them.
 */
function contentIn(text: string, requested: NonNullable<CorrectionRequest['content']>, cue: Offsets | null, source: Offsets | null): ClaimContent {
  const content = spanIn(text, requested, 'content');
  const given = requested.pieces?.map((p, i) => spanIn(text, p, `content.pieces[${i}]`));
  if (given) {
    given.forEach((p, i) => {
      if (p.start < content.start || p.end > content.end || (i > 0 && p.start < given[i - 1].end)) throw new InvalidRequest(`content.pieces[${i}]: pieces lie in order within the content, without overlapping`);
    });
    if (given[0].start !== content.start || given.at(-1)!.end !== content.end) throw new InvalidRequest('content.pieces: the first piece starts the content and the last ends it');
    return given.length > 1 ? { ...content, pieces: given } : content;
  }
  const split = cue && piecesAroundCue(text, quotesAround(text, content.start, content.end), [content.start, content.end], [cue.start, cue.end], source && [source.start, source.end]);
  return split ? { ...content, pieces: split.map(([start, end]) => spanOf(text, start, end)) } : content;
}

const samePieces = (a: Offsets[] | undefined, b: Offsets[] | undefined) => (a ?? []).map((p) => `${p.start}-${p.end}`).join() === (b ?? []).map((p) => `${p.start}-${p.end}`).join();

/**
 * The rules of a correction, before any write. `text` is the article's text, which the spans
 * index. A correction that changes nothing is refused, so that every history entry says something.
 */
export function correct(claim: Claim & { original?: OriginalReading; corrected?: CorrectedField[] }, request: CorrectionRequest, text: string, reviewer: Reviewer, at: Date): Correction {
  mayChange(claim, request.expectedVersion, reviewer);
  if (claim.status === 'dismissed') throw new StateConflict(`claim ${claim.claimId} is dismissed: reopen it before correcting it`);
  if (claim.retracted) throw new StateConflict(`claim ${claim.claimId} is retracted: the newest reading of its article no longer says it`);
  const before: Partial<OriginalReading> = {};
  const after: Partial<OriginalReading> = {};
  const reading = { text: claim.text, speaker: claim.speaker, content: claim.content, cue: claim.cue, kind: claim.kind };
  const changed = new Set<CorrectedField>();

  if (request.speaker) {
    const name = request.speaker.name.replace(/\s+/g, ' ').trim();
    if (!name) throw new InvalidRequest('speaker.name: a speaker needs a name');
    const title = request.speaker.title?.replace(/\s+/g, ' ').trim();
    const speaker = { id: speakerIdOf({ name, type: request.speaker.type }, claim.articleId), name, type: request.speaker.type, ...(title ? { title } : {}), confidence: 1 };
    if (speaker.id !== claim.speaker.id || speaker.name !== claim.speaker.name || speaker.type !== claim.speaker.type || speaker.title !== claim.speaker.title) {
      before.speaker = claim.speaker;
      after.speaker = speaker;
      reading.speaker = speaker;
      changed.add('speaker');
    }
  }
  if (request.content) {
    const content = contentIn(text, request.content, request.cue === undefined ? claim.cue : request.cue, claim.source);
    if (content.start !== claim.content.start || content.end !== claim.content.end || !samePieces(content.pieces, claim.content.pieces)) {
      before.content = claim.content;
      before.text = claim.text;
      after.content = content;
      after.text = wordsSaid(content);
      reading.content = content;
      reading.text = wordsSaid(content);
      changed.add('content');
    }
  }
  if (request.cue !== undefined) {
    const cue = request.cue && spanIn(text, request.cue, 'cue');
    if (cue?.start !== claim.cue?.start || cue?.end !== claim.cue?.end) {
      before.cue = claim.cue;
      after.cue = cue;
      reading.cue = cue;
      changed.add('cue');
    }
  }
  if (request.kind && request.kind !== claim.kind) {
    before.kind = claim.kind;
    after.kind = request.kind;
    reading.kind = request.kind;
    changed.add('kind');
  }
  if (changed.size === 0) throw new InvalidRequest('the correction changes nothing: each field given is already the claim’s');
  const note = request.note?.trim();
  return {
    version: claim.version + 1,
    reading,
    corrected: [...new Set([...(claim.corrected ?? []), ...changed])].sort(),
    original: claim.original ?? { text: claim.text, speaker: claim.speaker, content: claim.content, cue: claim.cue, kind: claim.kind },
    entry: { action: 'corrected', reviewer: reviewer.id, at: at.toISOString(), ...(note ? { note } : {}), before, after },
  };
}

export interface Dismissal {
  version: number;
  entry: DismissalEntry;
}

export interface Reopening {
  version: number;
  entry: ReopenEntry;
}

/** The rules of a dismissal: a claim under review (pending or ruled), never a duplicate of itself. */
export function dismiss(claim: Claim, request: DismissalRequest, reviewer: Reviewer, at: Date): Dismissal {
  mayChange(claim, request.expectedVersion, reviewer);
  if (claim.status === 'dismissed') throw new StateConflict(`claim ${claim.claimId} is already dismissed`);
  if (request.reason === 'duplicate' && !request.duplicateOf) throw new InvalidRequest('duplicateOf: a duplicate names the claim it repeats');
  if (request.reason !== 'duplicate' && request.duplicateOf) throw new InvalidRequest('duplicateOf: only a duplicate names another claim');
  if (request.duplicateOf === claim.claimId) throw new InvalidRequest('duplicateOf: a claim cannot be a duplicate of itself');
  const note = request.note?.trim();
  return {
    version: claim.version + 1,
    entry: {
      action: 'dismissed',
      reviewer: reviewer.id,
      at: at.toISOString(),
      reason: request.reason,
      previousStatus: claim.status,
      ...(request.duplicateOf ? { duplicateOf: request.duplicateOf } : {}),
      ...(note ? { note } : {}),
    },
  };
}

/**
 * Reopening puts a dismissed claim back in the queue as pending: whatever verdict it had before the
 * dismissal stays in its history, but the reviewer who reopens it rules again.
 */
export function reopen(claim: Claim, expectedVersion: number, reviewer: Reviewer, at: Date): Reopening {
  mayChange(claim, expectedVersion, reviewer);
  if (claim.status !== 'dismissed') throw new StateConflict(`claim ${claim.claimId} is ${claim.status}, not dismissed: there is nothing to reopen`);
  return { version: claim.version + 1, entry: { action: 'reopened', reviewer: reviewer.id, at: at.toISOString() } };
}

/** Whether an entry is a verdict (verified or disputed), as opposed to a correction, a dismissal or a reopening. */
export const isVerdictEntry = (entry: HistoryEntry): entry is Extract<HistoryEntry, { verdict: unknown }> => 'verdict' in entry && !('action' in entry && entry.action !== 'verdict');

type ReadingFields = Pick<Claim, 'text' | 'speaker' | 'content' | 'cue' | 'kind'>;

/**
 * A new extraction's reading of a claim with what a reviewer corrected put back: the reviewer's
 * speaker, words, cue and kind stand over any extractor's, whatever it reads later. When the
 * article's text moved (a newer version added a paragraph above the claim) and the extractor reads
 * the words it first read, the reviewer's spans move with the extractor's, and so does the first
 * reading `original` keeps, so that the offsets go on naming the words the reviewer chose.
 */
export function keepingCorrections<R extends ReadingFields>(reading: R, prior: ReadingFields & { corrected?: CorrectedField[]; original?: OriginalReading }): R & { original?: OriginalReading } {
  const corrected = new Set(prior.corrected ?? []);
  if (corrected.size === 0) return reading;
  const shift = prior.original ? shiftBetween(reading.content, prior.original.content) : 0;
  return {
    ...reading,
    ...(corrected.has('speaker') ? { speaker: prior.speaker } : {}),
    ...(corrected.has('content') ? { content: moved(prior.content, shift), text: prior.text } : {}),
    ...(corrected.has('cue') ? { cue: prior.cue && moved(prior.cue, shift) } : {}),
    ...(corrected.has('kind') ? { kind: prior.kind } : {}),
    ...(shift && prior.original ? { original: { ...prior.original, content: moved(prior.original.content, shift), cue: prior.original.cue && moved(prior.original.cue, shift) } } : {}),
  };
}

/**
 * How far the text moved between the extractor's first reading of a claim and its reading now:
 * found by the same words, or by the one reading's words standing once within the other's (a
 * header that a newer version's added paragraph made part of the body now opens the reading). 0
 * when neither holds.
 */
function shiftBetween(now: { start: number; text: string }, first: { start: number; text: string }): number {
  if (now.text === first.text) return now.start - first.start;
  const firstInNow = onceIn(now.text, first.text);
  if (firstInNow >= 0) return now.start + firstInNow - first.start;
  const nowInFirst = onceIn(first.text, now.text);
  return nowInFirst >= 0 ? now.start - (first.start + nowInFirst) : 0;
}

/** Where `part` stands in `whole` if it stands there once: twice, and which one was meant is a guess. */
const onceIn = (whole: string, part: string) => (part && whole.indexOf(part) === whole.lastIndexOf(part) ? whole.indexOf(part) : -1);

/** A span, and its pieces, `by` characters further on. */
function moved<S extends { start: number; end: number; pieces?: Array<{ start: number; end: number }> }>(span: S, by: number): S {
  if (!by) return span;
  return { ...span, start: span.start + by, end: span.end + by, ...(span.pieces ? { pieces: span.pieces.map((p) => ({ ...p, start: p.start + by, end: p.end + by })) } : {}) };
}
