import lexicon from './cue-lexicon.json' with { type: 'json' };

/**
 * The cue lexicon learned from PolNeAR train (scripts/training/learn-cue-lexicon.ts): for each word form
 * and multi-word cue, [times inside an annotated cue, times seen]. The ratio estimates how often
 * the form is a cue when it occurs; forms seen fewer than MIN_SEEN times are not trusted.
 */
const MIN_SEEN = 3;

type Counts = Record<string, number[]>;
const phrases = lexicon.phrases as Counts;

function probability(entry: number[] | undefined): number {
  if (!entry || entry[0] < MIN_SEEN) return 0;
  return entry[0] / entry[1];
}

/** looked up in a map, not the JSON object, whose prototype would answer for `constructor` */
const words = new Map(Object.entries(lexicon.words as Counts).map(([word, entry]) => [word, probability(entry)]));
export const wordCueProbability = (lower: string) => words.get(lower) ?? 0;
export const LONGEST_PHRASE = 4;
/** A multi-word cue's odds, or undefined when train never had it (its keys hold a space, so no prototype key answers). */
export const phraseCueProbability = (phrase: string): number | undefined => (Object.hasOwn(phrases, phrase) ? probability(phrases[phrase]) : undefined);

/**
 * Multi-word cues annotators mark at least `threshold` of the times they occur, with their odds;
 * words that start none of them need no phrase look-up at all.
 */
export function phraseCues(threshold: number): { odds: Map<string, number>; starts: Set<string> } {
  const odds = new Map(Object.keys(phrases).map((p) => [p, probability(phrases[p])] as const).filter(([, p]) => p >= threshold));
  return { odds, starts: new Set([...odds.keys()].map((p) => p.split(' ')[0])) };
}
