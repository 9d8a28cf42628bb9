import type { Attribution } from '../attributions/attributions.ts';
import { wordCueProbability } from '../cues/cue-lexicon.ts';
import type { ClaimKind } from '../attributions/claim-kind.ts';
import type { Speaker } from '../speakers/speakers.ts';

const WORD = /[\p{L}\p{N}]+/gu;
const SIZES = [1, 2, 4, 8, 16, 32, 64];
const size = (n: number) => SIZES.findIndex((s) => n <= s);
const BUCKETS = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
const LEXICON_BUCKETS = [0.001, 0.05, 0.1, 0.2, 0.35, 0.5, 0.7, 0.9];

/**
 * What the claim model weighs about a read attribution: the shape it was read from, its cue and
 * how sure the cue model was, what kind of source it has and who that resolved to, and the size
 * and opening of its content.
 */
export function claimFeatures(text: string, a: Attribution, speaker: Speaker | null, kind: ClaimKind): string[] {
  const content = text.slice(...a.content);
  const source = a.source ? text.slice(...a.source) : '';
  const cue = text.slice(...a.cue).toLowerCase();
  const words = content.match(WORD) ?? [];
  const sourceWords = source.match(WORD) ?? [];
  const first = (words[0] ?? '').toLowerCase();
  const sourceKind = !a.source
    ? 'none'
    : /^(he|she|they|we|i|it|you)$/i.test(source)
      ? `pronoun:${source.toLowerCase()}`
      : /[A-Z]/.test(source[0]) ? 'capital' : 'lower';
  const speakerKind = speaker ? `${speaker.type}${speaker.title ? '+title' : ''}` : 'unresolved';
  const bucket = BUCKETS.findIndex((b) => a.probability < b);
  // how often train's annotators marked the cue's words as a cue anywhere: unseen verbs score 0
  const lexicon = LEXICON_BUCKETS.findIndex((b) => Math.max(0, ...cue.split(/\s+/).map(wordCueProbability)) < b);
  return [
    `shape=${a.shape}`,
    `shape+kind=${a.shape}|${kind}`,
    `cue=${cue}`,
    `shape+cue=${a.shape}|${cue}`,
    `cuep=${bucket}`,
    `shape+cuep=${a.shape}|${bucket}`,
    `source=${sourceKind}`,
    `shape+source=${a.shape}|${sourceKind}`,
    `speaker=${speakerKind}`,
    `sourcehead=${(sourceWords.at(-1) ?? '').toLowerCase()}`,
    `sourcelen=${size(sourceWords.length)}`,
    `contentlen=${size(words.length)}`,
    `shape+contentlen=${a.shape}|${size(words.length)}`,
    `first=${first}`,
    `opens=${opensWith(content, first)}`,
    `cuebefore=${a.cue[0] < a.content[0]}`,
    `lex=${lexicon}`,
    `shape+lex=${a.shape}|${lexicon}`,
    `opens+lex=${opensWith(content, first)}|${lexicon}`,
    `shape+first=${a.shape}|${first}`,
    `cue+opens=${cue}|${opensWith(content, first)}`,
    `sourcefirst=${(sourceWords[0] ?? '').toLowerCase()}`,
    `cue+source=${cue}|${sourceKind}`,
    `last=${(words.at(-1) ?? '').toLowerCase()}`,
    `gap=${size(Math.max(0, a.content[0] - a.cue[1], a.cue[0] - a.content[1]))}`,
  ];
}

const opensWith = (content: string, first: string) => (/^\s*["“]/.test(content) ? 'quote' : first === 'that' ? 'that' : first === 'to' ? 'to' : 'other');
