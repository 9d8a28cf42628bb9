import { signalKeys, type SignalKey } from './signals.ts';
import { featureStrings, type FeatureSink } from '../feature-weights.ts';

/**
 * What the check-worthiness model weighs: the claim's words and word pairs (lower case, figures
 * as <num>), its signals, its length, and whether it names people or places (capitalised words
 * past the first). ClaimBuster's sentences have no cue, kind or speaker, so nothing here could
 * learn from those.
 */
export function checkworthinessFeatures(text: string, signals: SignalKey[] = signalKeys(text)): string[] {
  return featureStrings((sink) => writeCheckworthinessFeatures(text, signals, sink));
}

/** The same, as parts (feature-weights.ts); a word or word pair said twice is one feature. */
export function writeCheckworthinessFeatures(text: string, signals: SignalKey[], sink: FeatureSink): void {
  const words = modelWords(text);
  for (let i = 0; i < words.length; i++) {
    sink.add('w:', words[i]);
    if (i + 1 < words.length) sink.add('b:', words[i], '_', words[i + 1]);
  }
  for (const s of signals) sink.add('signal:', s);
  sink.add('length:', lengthOf(words));
  sink.add('names:', namesIn(text));
}

/** The claim's words as the model reads them: lower case, and `<num>` for any word holding a figure. */
function modelWords(text: string): string[] {
  const words = text.toLowerCase().match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) if (DIGIT.test(words[i])) words[i] = '<num>';
  return words;
}
const WORD = /[\p{L}\p{N}$%']+/gu;
const DIGIT = /\d/;

const lengthOf = (words: string[]) => (words.length < 6 ? 'short' : words.length < 15 ? 'medium' : words.length < 35 ? 'long' : 'very long');

function namesIn(text: string): string {
  const names = (text.match(/(?<=\S\s+)\p{Lu}\p{Ll}+/gu) ?? []).length;
  return names === 0 ? '0' : names < 3 ? 'few' : 'many';
}
