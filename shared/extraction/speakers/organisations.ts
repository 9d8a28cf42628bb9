import type { Analysis, Token } from '../tokens/analyse.ts';
import places from './places.json' with { type: 'json' };
import { textOf } from './mentions.ts';

/**
 * Organisations and places the article names, for the short forms that stand for them later:
 * `the department` for the Justice Department, `the fund` for the International Monetary Fund,
 * `the campaign` for the Clinton campaign, `the paper` for The Washington Post, `the state` for
 * Florida. A short form is the one of its kind named last before it, as a reader takes it.
 */
export interface NamedOrganisation {
  at: number;
  name: string;
  /** the short form that stands for it: `department`, `campaign`, `state` */
  kind: string;
}

const COUNTRIES = new Set<string>(places.countries);
const STATES = new Set<string>(places.states);

/** `North Korea said`, `Beijing warned`: a country, capital or state speaks as its government, never as a person. */
export const isPlace = (name: string) => COUNTRIES.has(name.toLowerCase()) || STATES.has(name.toLowerCase());

/** The last word of an organisation's name, and the short form that stands for it. */
const KIND_OF_HEAD = new Map<string, string>(Object.entries({
  committee: 'committee', department: 'department', agency: 'agency', union: 'union', fund: 'fund', commission: 'commission',
  bank: 'bank', council: 'council', court: 'court', company: 'company', university: 'university', institute: 'institute',
  foundation: 'foundation', association: 'association', party: 'party', administration: 'administration', bureau: 'bureau',
  board: 'board', ministry: 'ministry', campaign: 'campaign', network: 'network', news: 'network', post: 'paper',
  times: 'paper', journal: 'paper', tribune: 'paper', herald: 'paper', globe: 'paper', gazette: 'paper',
}));
const KINDS = new Set(KIND_OF_HEAD.values());
/** Short forms that name the same kind another way: `the newspaper`, `the firm`. */
const SYNONYMS = new Map<string, string>(Object.entries({ newspaper: 'paper', firm: 'company', country: 'country', nation: 'country', state: 'state' }));
/** Owned by a person as much as named: `the Clinton campaign`, `Trump's campaign`, `the Obama administration`. */
const OWNED_KINDS = new Set(['campaign', 'administration']);
/** Lower-case words inside a name: `International Monetary Fund`, `Department of Justice`, `Committee on Oversight`. */
const CONNECTORS = new Set(['of', 'for', 'and', 'on', '&']);

const isCapitalised = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);

/** The kind of organisation a short form (`the campaign`, `The paper`, a headline's `agency`) asks for, if it is one. */
export function shortFormKind(text: string): string | undefined {
  const word = /^(?:the\s+)?(\p{L}+)$/iu.exec(text.trim())?.[1]?.toLowerCase();
  if (word === undefined) return undefined;
  return SYNONYMS.get(word) ?? (KINDS.has(word) ? word : undefined);
}

/** Every organisation and place the article names, in reading order. */
export function namedOrganisations({ tokens }: Analysis): NamedOrganisation[] {
  const named: NamedOrganisation[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (isCapitalised(t)) {
      const two = i + 1 < tokens.length && tokens[i + 1].start === t.end + 1 ? `${t.lower} ${tokens[i + 1].lower}` : '';
      const place = [two, t.lower].find((p) => p && (STATES.has(p) || COUNTRIES.has(p)));
      if (place) named.push({ at: t.start, name: textOf(tokens.slice(i, i + place.split(' ').length)), kind: STATES.has(place) ? 'state' : 'country' });
    }
    const kind = KIND_OF_HEAD.get(t.lower);
    if (!kind) continue;
    if (isCapitalised(t)) {
      let first = i;
      while (first > 0 && (isCapitalised(tokens[first - 1]) || (CONNECTORS.has(tokens[first - 1].lower) && isCapitalised(tokens[first - 2]))) && tokens[first - 1].sentence === t.sentence) first--;
      // `The Washington Post`: a sentence's first word is capitalised whatever it is
      while (first < i && (tokens[first].pos === 'DET' || CONNECTORS.has(tokens[first].lower))) first++;
      if (first < i) named.push({ at: tokens[first].start, name: textOf(tokens.slice(first, i + 1)), kind });
    } else if (OWNED_KINDS.has(kind)) {
      const owner = /^['’]s$/.test(tokens[i - 1]?.lower ?? '') ? i - 2 : i - 1;
      if (tokens[owner]?.pos === 'PROPN' && isCapitalised(tokens[owner])) named.push({ at: tokens[owner].start, name: `${tokens[owner].text} ${t.lower}`, kind });
    }
  }
  return named;
}

/** The organisation of a kind a short form at `at` stands for: the one named last before it, else the first after it. */
export function shortFormFor(named: NamedOrganisation[], kind: string, at: number): NamedOrganisation | undefined {
  let found: NamedOrganisation | undefined;
  for (const n of named) {
    if (n.at >= at) break;
    if (n.kind === kind) found = n;
  }
  // a headline (`…, agency admits`) comes before the story names what it stands for
  return found ?? named.find((n) => n.at > at && n.kind === kind);
}

