import type { Attribution } from '../attributions/attributions.ts';
import { wordCueProbability } from '../cues/cue-lexicon.ts';
import type { ClaimKind } from '../attributions/claim-kind.ts';
import type { Speaker } from '../speakers/speakers.ts';
import type { FeatureSink } from '../../feature-weights.ts';

const WORD = /[\p{L}\p{N}]+/gu;
const SIZES = [1, 2, 4, 8, 16, 32, 64];
const size = (n: number) => SIZES.findIndex((s) => n <= s);
const BUCKETS = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
const LEXICON_BUCKETS = [0.001, 0.05, 0.1, 0.2, 0.35, 0.5, 0.7, 0.9];

/**
 * What the claim model weighs about a read attribution: the shape it was read from, its cue and
 * how sure the cue model was, what kind of source it has and who that resolved to, and the size
 * and opening of its content; written when asked (feature-weights.ts), as only the attributions
 * the claim model weighs need them.
 */
export function claimFeatures(text: string, a: Attribution, speaker: Speaker | null, kind: ClaimKind): (sink: FeatureSink) => void {
  return (sink) => {
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
    const bucket = String(BUCKETS.findIndex((b) => a.probability < b));
    // how often train's annotators marked the cue's words as a cue anywhere: unseen verbs score 0
    const lexicon = String(LEXICON_BUCKETS.findIndex((b) => Math.max(0, ...cue.split(/\s+/).map(wordCueProbability)) < b));
    const opens = opensWith(content, first);
    const contentSize = String(size(words.length));
    sink.add('shape=', a.shape);
    sink.add('shape+kind=', a.shape, '|', kind);
    sink.add('cue=', cue);
    sink.add('shape+cue=', a.shape, '|', cue);
    sink.add('cuep=', bucket);
    sink.add('shape+cuep=', a.shape, '|', bucket);
    sink.add('source=', sourceKind);
    sink.add('shape+source=', a.shape, '|', sourceKind);
    sink.add('speaker=', speakerKind);
    sink.add('sourcehead=', (sourceWords.at(-1) ?? '').toLowerCase());
    sink.add('sourcelen=', String(size(sourceWords.length)));
    sink.add('contentlen=', contentSize);
    sink.add('shape+contentlen=', a.shape, '|', contentSize);
    sink.add('first=', first);
    sink.add('opens=', opens);
    sink.add('cuebefore=', String(a.cue[0] < a.content[0]));
    sink.add('lex=', lexicon);
    sink.add('shape+lex=', a.shape, '|', lexicon);
    sink.add('opens+lex=', opens, '|', lexicon);
    sink.add('shape+first=', a.shape, '|', first);
    sink.add('cue+opens=', cue, '|', opens);
    sink.add('sourcefirst=', (sourceWords[0] ?? '').toLowerCase());
    sink.add('cue+source=', cue, '|', sourceKind);
    sink.add('last=', (words.at(-1) ?? '').toLowerCase());
    sink.add('gap=', String(size(Math.max(0, a.content[0] - a.cue[1], a.cue[0] - a.content[1]))));
  };
}

const opensWith = (content: string, first: string) => (/^\s*["“]/.test(content) ? 'quote' : first === 'that' ? 'that' : first === 'to' ? 'to' : 'other');
