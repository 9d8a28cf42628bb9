import type { Span } from '../tokens/span.ts';
import type { Speaker } from './speakers.ts';
import model from './speaker-confidence.json' with { type: 'json' };

/**
 * How sure extraction is of a claim's speaker: logistic regression over how the speaker was
 * resolved, trained on hand-resolved speakers of PolNeAR train articles
 * (scripts/training/train-speaker-confidence.ts; data/speakers/). A name in the source span is
 * surer than a pronoun resolved across sentences, and a speaker many claims share surer than one
 * named once. The desk marks the least sure for the reviewer to check.
 */
export interface SpeakerConfidenceModel {
  bias: number;
  weights: Record<string, number>;
}

interface Scored {
  speaker: Speaker;
  source: Span | null;
  confidence: number;
}

/**
 * What the model weighs of one claim's speaker, given how many of the article's claims name the
 * same speaker and how often the article's text names them (by the last word of their name).
 */
export function speakerFeatures(claim: Scored, sameSpeaker: number, named: number): string[] {
  const path = claim.speaker.resolvedBy ?? 'unnamed';
  const words = claim.speaker.name.split(/\s+/).length;
  const shared = sameSpeaker >= 4 ? '4+' : sameSpeaker >= 2 ? '2-3' : '1';
  return [
    `path=${path}`,
    `type=${claim.speaker.type}`,
    `path=${path}&type=${claim.speaker.type}`,
    `source=${claim.source ? 'named' : 'none'}`,
    `name-words=${Math.min(words, 4)}`,
    `titled=${claim.speaker.title ? 'yes' : 'no'}`,
    `shared=${shared}`,
    `path=${path}&shared=${shared}`,
    `claim-confidence=${Math.min(4, Math.floor(claim.confidence * 5))}`,
    // whether the source span itself holds the name, or only a pronoun or description resolved elsewhere
    `in-source=${inSource(claim)}`,
    `path=${path}&in-source=${inSource(claim)}`,
    ...(oneWord(claim.source) ? [`source-word=${oneWord(claim.source)}`] : []),
    `named=${named >= 5 ? '5+' : named >= 2 ? '2-4' : named}`,
    `path=${path}&named=${named >= 5 ? '5+' : named >= 2 ? '2-4' : named}`,
    ...(/^(unknown|unnamed|the author|the reader)/i.test(claim.speaker.name) ? ['unnamed-name'] : []),
    // a speaker named by a lower-case word (`weeks`, `a rally`) is rarely a person the article means
    ...(/^\p{Ll}/u.test(claim.speaker.name) ? ['lower-case-name'] : []),
  ];
}

const inSource = ({ speaker, source }: Scored) => (source ? (source.text.includes(speaker.name.split(/\s+/).at(-1)!) ? 'yes' : 'no') : 'none');
/** A source of one lower-case word (`he`, `they`, `officials`) says much of how far its speaker was looked for. */
const oneWord = (source: Span | null) => (source && /^\p{Ll}{1,12}$/u.test(source.text.trim()) ? source.text.trim() : undefined);

export function speakerConfidence(features: string[], weights: SpeakerConfidenceModel = model): number {
  const z = features.reduce((sum, f) => sum + (weights.weights[f] ?? 0), weights.bias);
  return Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
}

/** The features of each of an article's claims' speakers, in the claims' order: what the model is trained on and weighs. */
export function speakerFeatureLists(claims: Scored[], text: string): string[][] {
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.speaker.name, (counts.get(c.speaker.name) ?? 0) + 1);
  const named = new Map<string, number>();
  const timesNamed = (name: string) => {
    const word = name.split(/\s+/).at(-1)!;
    if (!named.has(word)) named.set(word, word.length < 2 ? 0 : text.split(word).length - 1);
    return named.get(word)!;
  };
  return claims.map((c) => speakerFeatures(c, counts.get(c.speaker.name)!, timesNamed(c.speaker.name)));
}

/** Each claim's speaker with its confidence, and without the resolution path only extraction needs. */
export function withSpeakerConfidence<C extends Scored>(claims: C[], text: string, weights?: SpeakerConfidenceModel): Array<C & { speaker: Speaker & { confidence: number } }> {
  const features = speakerFeatureLists(claims, text);
  return claims.map((c, i) => {
    const { resolvedBy: _path, ...speaker } = c.speaker;
    return { ...c, speaker: { ...speaker, confidence: speakerConfidence(features[i], weights) } };
  });
}
