import lexicon from './cue-lexicon.json' with { type: 'json' };

/**
 * The cue lexicon learned from PolNeAR train (scripts/learn-cue-lexicon.ts): for each word form
 * and multi-word cue, [times inside an annotated cue, times seen]. The ratio estimates how often
 * the form is a cue when it occurs; forms seen fewer than MIN_SEEN times are not trusted.
 */
const MIN_SEEN = 3;

type Counts = Record<string, number[]>;
const words = lexicon.words as Counts;
const phrases = lexicon.phrases as Counts;

function probability(counts: Counts, key: string): number {
  const entry = counts[key];
  if (!entry || entry[0] < MIN_SEEN) return 0;
  return entry[0] / entry[1];
}

export const wordCueProbability = (lower: string) => probability(words, lower);
export const phraseCueProbability = (lower: string) => probability(phrases, lower);
export const LONGEST_PHRASE = 4;

/** First words of the multi-word cues, so that most words need no phrase look-up at all. */
export const PHRASE_STARTS = new Set(Object.keys(phrases).map((p) => p.split(' ')[0]));
