/**
 * usage: npm run --silent learn-first-names -- POLNEAR_TRAIN_DIR > /tmp/first-names.json && mv /tmp/first-names.json shared/extraction/speakers/first-names.json
 * The first names whose gender a pronoun can agree with (speakers.ts, gender.ts): the genders of
 * the registry package gender-detection-from-name's English list (32,513 names, from US and UK
 * birth records), kept for the first names news writes: those that open a full name (`Melanie
 * Austin`, two or three name words) in PolNeAR train at least twice, and in at least half the
 * places the word is written with a capital. The whole list would cost the
 * ingest bundle 250 KB; this one costs a few. Prints the counts to stderr.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { analyse, type Token } from '#shared/extraction/tokens/analyse.ts';
import { HONORIFICS, TITLE_WORDS } from '#shared/extraction/speakers/speaker-words.ts';

const MIN_SEEN = 2;
const OPENS_SHARE = 0.5;

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npm run --silent learn-first-names -- POLNEAR_TRAIN_DIR');
  process.exit(2);
}
const lexicon = createRequire(import.meta.url)('gender-detection-from-name/names/en') as Map<string, 'male' | 'female'>;
const textDir = join(dir, 'text');
const seen = new Map<string, number>();
const capitalised = new Map<string, number>();
const isNameWord = (t: Token | undefined) => !!t && t.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !TITLE_WORDS.has(t.lower) && !HONORIFICS.has(t.lower);

for (const file of readdirSync(textDir).filter((f) => f.endsWith('.txt'))) {
  const { tokens } = analyse(readFileSync(join(textDir, file), 'utf8'));
  for (let i = 0; i < tokens.length; i++) {
    if (isNameWord(tokens[i])) capitalised.set(tokens[i].lower, (capitalised.get(tokens[i].lower) ?? 0) + 1);
    if (!isNameWord(tokens[i]) || isNameWord(tokens[i - 1])) continue;
    let end = i + 1;
    while (end < tokens.length && isNameWord(tokens[end]) && tokens[end].sentence === tokens[i].sentence) end++;
    for (let k = i + 1; k < end; k++) capitalised.set(tokens[k].lower, (capitalised.get(tokens[k].lower) ?? 0) + 1);
    if (end - i >= 2 && end - i <= 3) seen.set(tokens[i].lower, (seen.get(tokens[i].lower) ?? 0) + 1);
    i = end - 1;
  }
}

const men: string[] = [];
const women: string[] = [];
for (const [name, count] of [...seen].sort(([a], [b]) => (a < b ? -1 : 1))) {
  // `California`, `Chicago`: words that open a name less often than they stand elsewhere name places
  if (count < MIN_SEEN || count < OPENS_SHARE * capitalised.get(name)!) continue;
  const gender = lexicon.get(name);
  if (gender === 'male') men.push(name);
  else if (gender === 'female') women.push(name);
}
console.error(`${men.length} men's and ${women.length} women's first names of ${seen.size} seen opening a name`);
process.stdout.write(JSON.stringify({ source: 'gender-detection-from-name (en), as seen in PolNeAR train', minSeen: MIN_SEEN, opensShare: OPENS_SHARE, m: men, f: women }) + '\n');
