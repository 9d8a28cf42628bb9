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

/** A claim as the news stage of the model reads it: its words, its cue, its kind and its speaker's type. */
export interface NewsClaim {
  text: string;
  /** the cue's words (`said`, `according to`), empty for a quote no cue claimed */
  cue: string;
  kind: string;
  speakerType: string;
}

/**
 * What the news stage weighs (model.ts): how check-worthy the claim's words read to the sentence
 * model (in tenths), its signals, and what debate sentences never show it: the cue (`accused`,
 * `according to` report facts; `called for`, `hopes` do not), the claim's kind, its speaker's type,
 * whether it opens as an infinitive (`to step up the fight`) or a `that` clause, holds a figure or
 * speaks in the first person, and its length; and the claim's words once more, as quotes in news
 * weigh them (`million`, `percent` for it; `believe`, `will` against it).
 */
export function writeNewsFeatures(claim: NewsClaim, wordsProbability: number, signals: SignalKey[], sink: FeatureSink): void {
  sink.add('words=', TENTHS[Math.min(9, Math.floor(wordsProbability * 10))]);
  for (const s of signals) sink.add('signal:', s);
  sink.add('kind=', claim.kind);
  sink.add('speaker=', claim.speakerType);
  sink.add('cue=', claim.cue.toLowerCase().split(/\s+/)[0]);
  if (DIGIT.test(claim.text)) sink.add('figure');
  if (FIRST_PERSON.test(claim.text)) sink.add('first-person');
  const opening = OPENING.exec(claim.text)?.[1]?.toLowerCase();
  if (opening) sink.add('opens=', opening === 'for' ? 'to' : opening);
  sink.add('length:', lengthOf(claim.text.split(/\s+/)));
  for (const w of modelWords(claim.text)) sink.add('nw:', w);
  sink.add('cue:', claim.cue.toLowerCase());
}
const TENTHS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const FIRST_PERSON = /\b(?:I|we|my|our)\b/;
const OPENING = /^\s*(to|for|that)\b/i;
