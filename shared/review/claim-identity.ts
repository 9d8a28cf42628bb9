import { figuresOf } from './seen-before.ts';

/**
 * A claim's identity across extractions. A reviewer's verdict belongs to what a person said, not
 * to one reading of the article: when a newer extractor (or a corrected upload) draws a claim's
 * boundary elsewhere or resolves its speaker better, the reading that says the same thing takes
 * over the ruled claim's id, so its status and history carry on.
 *
 * A reviewer's work is kept the same way: a claim a reviewer corrected (another speaker, re-cut
 * words) or dismissed is found again by the reading it has now and by the extractor's reading it
 * had before the first correction (`original`), so that no extraction offers a second claim for
 * words the reviewer re-cut, or brings back what the reviewer dismissed.
 *
 * The rule, for each new reading, first that applies:
 *   1. a stored claim with the same words and the same speaker is the same claim, its original
 *      reading's words and speaker counting as its own;
 *   2. a stored claim with the id those words and that speaker give (claimIdFor) is the same claim;
 *   3. a reviewed claim (verified, disputed, dismissed or corrected) that nothing above took, whose
 *      words, or original words, overlap the reading's (at least 60% of the shorter one's words are
 *      in the other, and at least a quarter of both together) and whose speaker is compatible (the
 *      same name, a shared name word such as a surname, or one of the two no name at all: a pronoun
 *      or description that a better reading resolves), and whose figures agree (one's are all in
 *      the other's: a boundary drawn wider may take in another figure, but `4 percent` where the
 *      reviewer ruled on `3 percent` is another claim, and the verdict is not carried to it); the
 *      best overlap first, each reviewed claim to one reading at most;
 *   4. otherwise the reading is a new claim, with its own id.
 * Pending claims no reviewer touched are not carried over: there is nothing to keep, and a new id
 * costs nothing.
 */
export interface ReadClaim {
  text: string;
  speaker: { name: string };
}

export interface KnownClaim extends ReadClaim {
  claimId: string;
  status: 'pending' | 'verified' | 'disputed' | 'dismissed';
  /** the extractor's reading before a reviewer corrected it */
  original?: ReadClaim;
  corrected?: string[];
}

/** Whether a reviewer has done anything to the claim that a new reading must not lose. */
const reviewed = (k: KnownClaim) => k.status !== 'pending' || (k.corrected?.length ?? 0) > 0;
const readingsOf = (k: KnownClaim): ReadClaim[] => (k.original ? [k, k.original] : [k]);

const MIN_CONTAINMENT = 0.6;
const MIN_JACCARD = 0.25;

/** The id each reading is stored under, in the readings' order. */
export function claimIdsFor(readings: ReadClaim[], known: KnownClaim[], ownId: (reading: ReadClaim) => string): string[] {
  // a claim's reading as it is now wins over another's original reading of the same words
  const byWords = new Map([...known.flatMap((k) => (k.original ? [[identity(k.original), k.claimId] as const] : [])), ...known.map((k) => [identity(k), k.claimId] as const)]);
  const knownIds = new Set(known.map((k) => k.claimId));
  const ids = readings.map((r) => byWords.get(identity(r)) ?? (knownIds.has(ownId(r)) ? ownId(r) : undefined));
  const taken = new Set(ids.filter((id): id is string => id !== undefined));

  const candidates: Array<{ reading: number; claimId: string; score: number }> = [];
  const kept = known.filter((k) => reviewed(k) && !taken.has(k.claimId));
  readings.forEach((r, i) => {
    if (ids[i] !== undefined) return;
    const words = wordsOf(r.text);
    const figures = figuresOf(r.text);
    for (const k of kept) {
      const score = Math.max(...readingsOf(k).map((own) => (speakersCompatible(r.speaker.name, own.speaker.name) && figuresAgree(figures, figuresOf(own.text)) ? overlap(words, wordsOf(own.text)) : 0)));
      if (score > 0) candidates.push({ reading: i, claimId: k.claimId, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.reading - b.reading || a.claimId.localeCompare(b.claimId));
  for (const c of candidates) {
    if (ids[c.reading] !== undefined || taken.has(c.claimId)) continue;
    ids[c.reading] = c.claimId;
    taken.add(c.claimId);
  }
  return readings.map((r, i) => ids[i] ?? ownId(r));
}

/** Whether two readings' figures agree: one's are all among the other's. */
const figuresAgree = (a: string[], b: string[]) => a.every((n) => b.includes(n)) || b.every((n) => a.includes(n));

/**
 * Whether a reading that no stored claim continues re-reads words a reviewer has already dealt
 * with: over half of its content lies inside the content of a claim whose words they re-cut or
 * which they dismissed, and its speaker is compatible with that claim's. Such a reading is not
 * offered as a new claim: the reviewer has read those words and said what they are.
 */
export function rereadsReviewedWords(reading: { content: Span; speaker: { name: string } }, known: Array<KnownClaim & { content: Span }>): boolean {
  const length = reading.content.end - reading.content.start;
  return known.some(
    (k) =>
      (k.status === 'dismissed' || k.corrected?.includes('content')) &&
      Math.min(reading.content.end, k.content.end) - Math.max(reading.content.start, k.content.start) > length / 2 &&
      readingsOf(k).some((own) => speakersCompatible(reading.speaker.name, own.speaker.name)),
  );
}
type Span = { start: number; end: number };

const identity = (c: ReadClaim) => `${c.text}\u0000${c.speaker.name}`;

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** How far two claims say the same words: 0 unless both thresholds hold, else their containment. */
function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const containment = shared / Math.min(a.size, b.size);
  const jaccard = shared / (a.size + b.size - shared);
  return containment >= MIN_CONTAINMENT && jaccard >= MIN_JACCARD ? containment : 0;
}

/**
 * Capitalised words of a name, less those that open any description: what two readings of one
 * person's name share, whatever their case (`HAQUE` in a wire's capitals is Haque).
 */
const nameWords = (name: string) => new Set((name.match(/\p{Lu}[\p{L}'’-]{2,}/gu) ?? []).map((w) => w.toLowerCase()).filter((w) => !NOT_NAMES.has(w)));
const NOT_NAMES = new Set(['the', 'and', 'his', 'her', 'their', 'its', 'former', 'mrs']);

export function speakersCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.size === 0 || wb.size === 0) return true;
  for (const w of wa) if (wb.has(w)) return true;
  return false;
}
