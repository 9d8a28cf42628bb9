/**
 * Learns the cue lexicon from PolNeAR train: for each word form, how often it is part of an
 * annotated cue and how often it occurs at all; the same for multi-word cues of up to four words.
 * usage: npm run --silent learn-cues -- $POLNEAR_DIR/train > shared/extraction/cues/cue-lexicon.json
 */
import { analyse, type Token } from '#shared/extraction/tokens/analyse.ts';
import { readGoldDir, codePointToStringIndex } from '#shared/evaluation/brat.ts';

const MIN_CUE_COUNT = 2;
const MAX_PHRASE_WORDS = 4;

const dir = process.argv[2];
if (!dir) {
  console.error('usage: learn-cue-lexicon GOLD_DIR');
  process.exit(2);
}

const words = new Map<string, [number, number]>();
const phrases = new Map<string, [number, number]>();
const bump = (m: Map<string, [number, number]>, k: string, cue: number, seen: number) => {
  const v = m.get(k) ?? [0, 0];
  v[0] += cue;
  v[1] += seen;
  m.set(k, v);
};

const analysed: Token[][] = [];
for (const article of readGoldDir(dir)) {
  const at = codePointToStringIndex(article.text);
  const { tokens } = analyse(article.text);
  analysed.push(tokens);
  const cueRanges = article.attributions.flatMap((a) => a.cue.map(([s, e]) => [at(s), at(e)] as const));
  const inCue = tokens.map((t) => cueRanges.some(([s, e]) => t.start < e && t.end > s));
  tokens.forEach((t, i) => bump(words, t.lower, inCue[i] ? 1 : 0, 1));
  for (const [s, e] of cueRanges) {
    const inside = tokens.filter((t) => t.start >= s && t.end <= e).map((t) => t.lower);
    if (inside.length >= 2 && inside.length <= MAX_PHRASE_WORDS) bump(phrases, inside.join(' '), 1, 0);
  }
}
for (const tokens of analysed) {
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 2; n <= MAX_PHRASE_WORDS && i + n <= tokens.length; n++) {
      const key = tokens.slice(i, i + n).map((t) => t.lower).join(' ');
      if (phrases.has(key)) bump(phrases, key, 0, 1);
    }
  }
}

const keep = (m: Map<string, [number, number]>) =>
  Object.fromEntries([...m].filter(([, [cue]]) => cue >= MIN_CUE_COUNT).sort(([a], [b]) => (a < b ? -1 : 1)));
console.log(JSON.stringify({ source: 'PolNeAR train', words: keep(words), phrases: keep(phrases) }));
