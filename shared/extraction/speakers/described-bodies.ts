import type { Analysis, Token } from '../tokens/analyse.ts';
import { textOf } from './mentions.ts';
import { isPlace } from './organisations.ts';

/*
 * `the company`, `the Dusseldorf-based discount chain`, `the airline`: a description that stands
 * for a business or a body the article names, where nothing in the name says which (`Kessler Retail`
 * ends in no `company`, as `the fund` finds the International Monetary Fund: organisations.ts).
 * A reader takes it for the body named in the sentence before or its own, if one is; else for the
 * body the story is about, named in its headline and opening and then named most, rather than the
 * nearest one (an analyst's firm quoted in passing).
 */

/** Heads of a description that stands for one business or body. */
const BODY_HEADS = new Set([
  'company', 'firm', 'chain', 'retailer', 'airline', 'carrier', 'operator', 'utility', 'lender', 'insurer', 'manufacturer',
  'maker', 'carmaker', 'automaker', 'supplier', 'provider', 'producer', 'miner', 'developer', 'broadcaster', 'publisher',
  'conglomerate', 'startup', 'business', 'office', 'regulator', 'watchdog', 'club', 'charity', 'organisation', 'organization',
]);

/**
 * Whether a description stands for one body: definite (`the company`) or bare, as headlines write
 * it (`Discount chain blames …`), of one of the heads above, naming nothing itself (`the
 * Congressional Budget Office` is a name).
 */
export function describesBody(mention: { head: string; text: string }): boolean {
  const words = mention.text.split(/\s+/);
  if (!BODY_HEADS.has(mention.head) || words.at(-1)!.toLowerCase() !== mention.head) return false;
  if (words.slice(1).some((w) => /^\p{Lu}/u.test(w) && !w.includes('-'))) return false;
  const first = words[0].toLowerCase();
  return first === 'the' || (words.length <= 3 && !DETERMINERS.has(first));
}
const DETERMINERS = new Set(['a', 'an', 'one', 'another', 'any', 'some', 'each', 'every', 'its', 'his', 'her', 'their', 'our', 'my', 'this', 'that']);

interface BodyMention {
  at: number;
  sentence: number;
  name: string;
  /** how often the article uses the name's first word */
  count: number;
}

/**
 * Where the article names a body: runs of capitalised proper nouns whose first word it uses at
 * least twice (three times for a name of one word), not a person's (`isPerson`), a place, a
 * people's adjective, a day, a month or a wire's credit, and not in a headline in title case.
 */
export function bodyMentions({ tokens, sentences }: Analysis, isPerson: (t: Token) => boolean): BodyMention[] {
  const counts = new Map<string, number>();
  /** how often the word follows `in`, `across`, `from`…: a place's name, whether or not the list of places knows it */
  const placed = new Map<string, number>();
  tokens.forEach((t, i) => {
    if (!isCapitalised(t)) return;
    counts.set(t.lower, (counts.get(t.lower) ?? 0) + 1);
    if (PLACE_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '')) placed.set(t.lower, (placed.get(t.lower) ?? 0) + 1);
  });
  const isPlaceName = (word: string) => (placed.get(word) ?? 0) * 3 >= (counts.get(word) ?? 0);
  const titleCase = new Map<number, boolean>();
  // `Tax Bill Would Add …`: a headline in title case capitalises every word, and its capitals say nothing
  const inTitleCase = (s: number) => {
    if (!titleCase.has(s)) {
      const words = tokens.slice(sentences[s].first, sentences[s].last).filter((w) => /^\p{L}/u.test(w.text));
      titleCase.set(s, words.length > 3 && words.filter(isCapitalised).length > 0.6 * words.length);
    }
    return titleCase.get(s)!;
  };
  const found: BodyMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const previous = tokens[i - 1];
    if (!isCapitalised(t) || t.pos !== 'PROPN' || isPerson(t) || (previous && isCapitalised(previous) && previous.sentence === t.sentence)) continue;
    if (isPlaceName(t.lower) || inTitleCase(t.sentence)) continue;
    let last = i + 1;
    while (last < tokens.length && isCapitalised(tokens[last]) && tokens[last].pos === 'PROPN' && tokens[last].sentence === t.sentence) last++;
    const name = textOf(tokens.slice(i, last));
    const count = counts.get(t.lower) ?? 0;
    if (count < (last - i > 1 ? 2 : 3) || isPlace(name) || isPlace(t.text) || NOT_BODIES.has(t.lower) || t.text.length < 2 || DEMONYM.test(t.lower)) continue;
    found.push({ at: t.start, sentence: t.sentence, name, count });
  }
  return found;
}

/**
 * The body a description at `at`, in `sentence`, stands for (see above), if the article names one:
 * the story's own body when the last three sentences name it, else the body the sentence before
 * or its own names last, else the story's own. `people` are names the article has shown to be
 * people's (as speakers), which no body is.
 */
export function describedBody(bodies: BodyMention[], at: number, sentence: number, people: ReadonlySet<string>, opening = 3): string | undefined {
  const named = bodies.filter((b) => b.at < at && !people.has(b.name));
  let principal: BodyMention | undefined;
  for (const b of named) if (b.sentence < opening && (!principal || b.count > principal.count)) principal = b;
  const principalNear = principal && named.some((b) => b.sentence >= sentence - 2 && principal.name.startsWith(b.name.split(' ')[0]));
  const near = named.filter((b) => b.sentence >= sentence - 1).at(-1);
  return (principalNear ? principal : (near ?? principal))?.name;
}

const isCapitalised = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'near', 'across', 'outside', 'inside', 'throughout', 'around']);
/** `Russian`, `German`, `Israeli`, `Chinese`: a people's adjective, not a body. */
const DEMONYM = /(?:an|ese|ish|ni|li)$/;
/** Capitalised words that open no organisation's name: days, months, continents, wire credits. */
const NOT_BODIES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'europe', 'asia', 'africa', 'america', 'americas', 'oceania', 'antarctica', 'reuters', 'ap', 'afp', 'pti', 'upi', 'bloomberg', 'cnn', 'bbc', 'xinhua', 'updated', 'published', 'by',
]);
