import type { Span } from '../tokens/span.ts';
import type { Speaker } from './speakers.ts';
import model from './speaker-confidence.json' with { type: 'json' };

/**
 * How sure extraction is of a claim's speaker: logistic regression over how the speaker was
 * resolved, trained on hand-resolved speakers of PolNeAR train articles and of the project's own
 * modern pages and house styles (scripts/training/train-speaker-confidence.ts; data/speakers/,
 * data/attributions/). A name in the source span is surer than a pronoun resolved across
 * sentences past other people the article quotes, a speaker many claims share surer than one
 * named once, and a name surer than a description. The desk marks the least sure for the
 * reviewer to check.
 */
export interface SpeakerConfidenceModel {
  bias: number;
  weights: Record<string, number>;
}

interface Scored {
  speaker: Speaker;
  source: Span | null;
  cue: Span | null;
  content: Span;
  confidence: number;
}

/**
 * Where the article last named a claim's speaker before the claim, when its source does not name
 * them: how far back (`near`, within a paragraph or so; `far`; `never`), and how many other people
 * its claims quote were named in between, each a rival for a pronoun or a description.
 */
export interface LastNamed {
  distance: 'source' | 'near' | 'mid' | 'far' | 'never';
  rivals: number;
  /** another speaker of the article shares the last word of the name (`Bill Clinton`, `Hillary Clinton`) */
  namesake: boolean;
  /**
   * the name describes rather than names (`the striker`, `Energy firm`, `Aide`): no capital past
   * its first word, and that word's lower case is a word the text uses; such a speaker is often
   * someone the article names elsewhere
   */
  descriptive: boolean;
  /** how many people the article's claims quote by name */
  people: number;
}

/**
 * What the model weighs of one claim's speaker, given how many of the article's claims name the
 * same speaker, how often the article's text names them (by the last word of their name), and
 * where it last named them before the claim.
 */
export function speakerFeatures(claim: Scored, sameSpeaker: number, named: number, last: LastNamed): string[] {
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
    `last-named=${last.distance}`,
    `path=${path}&last-named=${last.distance}`,
    `rivals=${Math.min(last.rivals, 2)}`,
    `path=${path}&rivals=${Math.min(last.rivals, 2)}`,
    ...(last.namesake ? ['namesake', `path=${path}&namesake`] : []),
    ...(last.descriptive ? ['descriptive', `descriptive&type=${claim.speaker.type}`, `descriptive&people=${Math.min(last.people, 3)}`] : []),
  ];
}

const NEAR = 400;
const MID = 1500;

/**
 * Where each claim's speaker was last named before it, and who else was named in between
 * (LastNamed). The names are found in one pass over the text, so that a long article with many
 * claims costs its length once, not once per claim.
 */
function lastNamed(claims: Scored[], text: string, mentions: NameMentions): LastNamed[] {
  const people = new Set(claims.filter((c) => c.speaker.type === 'person' && /^\p{Lu}/u.test(c.speaker.name)).map((c) => c.speaker.name));
  const peopleBySurname = new Map<string, Set<string>>();
  for (const name of people) peopleBySurname.set(lastWord(name), (peopleBySurname.get(lastWord(name)) ?? new Set()).add(name));
  const lowerWords = new Set(text.match(/(?<![\p{L}])\p{Ll}+/gu) ?? []);
  const describes = (name: string) => {
    const [first, ...rest] = name.replace(/^(?:the|a|an) /i, '').split(/\s+/);
    return rest.every((w) => !/^\p{Lu}/u.test(w)) && (/^\p{Ll}/u.test(first) || lowerWords.has(first.toLowerCase()));
  };
  return claims.map((claim): LastNamed => {
    const word = lastWord(claim.speaker.name);
    const namesakes = peopleBySurname.get(word);
    const common = { namesake: !!namesakes && [...namesakes].some((other) => other !== claim.speaker.name), descriptive: describes(claim.speaker.name), people: people.size };
    if (!/^\p{Lu}/u.test(word) || word.length < 2) return { distance: 'never', rivals: 0, ...common };
    if (claim.source?.text.includes(word)) return { distance: 'source', rivals: 0, ...common };
    const at = Math.min(claim.content.start, claim.cue?.start ?? Infinity, claim.source?.start ?? Infinity);
    const before = mentions.lastBefore(word, at);
    if (before < 0) return { distance: 'never', rivals: 0, ...common };
    const rivals = mentions.othersBetween(word, before + word.length, at, (w) => peopleBySurname.has(w), MAX_RIVALS);
    const gap = at - before;
    return { distance: gap <= NEAR ? 'near' : gap <= MID ? 'mid' : 'far', rivals, ...common };
  });
}

const lastWord = (name: string) => name.split(/\s+/).at(-1)!;
/** Rivals past which the features say no more (`rivals=2` is two or more). */
const MAX_RIVALS = 2;

interface NameMentions {
  /** how often the text names `word` */
  count(word: string): number;
  /** where the text last names `word` before `at`, or -1 */
  lastBefore(word: string, at: number): number;
  /** how many words other than `word` that `counts` accepts the text names in [from, to), up to `most` */
  othersBetween(word: string, from: number, to: number, counts: (other: string) => boolean, most: number): number;
}

/** Where the text names each of `words` (as whole words): one pass over the text. */
function nameMentions(text: string, words: Set<string>): NameMentions {
  const all: Array<{ at: number; word: string }> = [];
  const byWord = new Map<string, number[]>();
  for (const m of text.matchAll(/[\p{L}\p{N}'’.-]+/gu)) {
    const word = m[0].replace(/[.'’-]+$/u, '');
    if (!words.has(word)) continue;
    all.push({ at: m.index, word });
    const places = byWord.get(word);
    if (places) places.push(m.index);
    else byWord.set(word, [m.index]);
  }
  // the first index in `list` whose place is at or past `at`
  const firstFrom = <T>(list: T[], at: number, place: (item: T) => number) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (place(list[mid]) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    count: (word) => byWord.get(word)?.length ?? 0,
    lastBefore: (word, at) => {
      const places = byWord.get(word) ?? [];
      return places[firstFrom(places, at, (p) => p) - 1] ?? -1;
    },
    othersBetween: (word, from, to, counts, most) => {
      const seen = new Set<string>();
      for (let i = firstFrom(all, from, (m) => m.at); i < all.length && all[i].at + all[i].word.length <= to && seen.size < most; i++) {
        if (all[i].word !== word && counts(all[i].word)) seen.add(all[i].word);
      }
      return seen.size;
    },
  };
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
  const mentions = nameMentions(text, new Set(claims.map((c) => lastWord(c.speaker.name)).filter((word) => word.length >= 2)));
  const last = lastNamed(claims, text, mentions);
  return claims.map((c, i) => speakerFeatures(c, counts.get(c.speaker.name)!, mentions.count(lastWord(c.speaker.name)), last[i]));
}

/** Each claim's speaker with its confidence, and without the resolution path only extraction needs. */
export function withSpeakerConfidence<C extends Scored>(claims: C[], text: string, weights?: SpeakerConfidenceModel): Array<C & { speaker: Speaker & { confidence: number } }> {
  const features = speakerFeatureLists(claims, text);
  return claims.map((c, i) => {
    const { resolvedBy: _path, ...speaker } = c.speaker;
    return { ...c, speaker: { ...speaker, confidence: speakerConfidence(features[i], weights) } };
  });
}
