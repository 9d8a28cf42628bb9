import { signalKeys, type SignalKey } from './signals.ts';

/**
 * What the check-worthiness model weighs: the claim's words and word pairs (lower case, figures
 * as <num>), its signals, its length, and whether it names people or places (capitalised words
 * past the first). ClaimBuster's sentences have no cue, kind or speaker, so nothing here could
 * learn from those.
 */
export function checkworthinessFeatures(text: string, signals: SignalKey[] = signalKeys(text)): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}$%']+/gu) ?? [];
  const features = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = /\d/.test(words[i]) ? '<num>' : words[i];
    features.add(`w:${word}`);
    if (i + 1 < words.length) features.add(`b:${word}_${/\d/.test(words[i + 1]) ? '<num>' : words[i + 1]}`);
  }
  for (const s of signals) features.add(`signal:${s}`);
  features.add(`length:${words.length < 6 ? 'short' : words.length < 15 ? 'medium' : words.length < 35 ? 'long' : 'very long'}`);
  const names = (text.match(/(?<=\S\s+)\p{Lu}\p{Ll}+/gu) ?? []).length;
  features.add(`names:${names === 0 ? 0 : names < 3 ? 'few' : 'many'}`);
  return [...features];
}
