import type { Token } from '../tokens/analyse.ts';
import firstNames from './first-names.json' with { type: 'json' };

export type Gender = 'm' | 'f';

const PRONOUN_GENDER = new Map<string, Gender>(Object.entries({ he: 'm', him: 'm', his: 'm', himself: 'm', she: 'f', her: 'f', hers: 'f', herself: 'f' }) as Array<[string, Gender]>);
const HONORIFIC_GENDER = new Map<string, Gender>(Object.entries({ 'mr.': 'm', mr: 'm', sir: 'm', lord: 'm', 'mrs.': 'f', mrs: 'f', 'ms.': 'f', ms: 'f', miss: 'f', dame: 'f', lady: 'f' }) as Array<[string, Gender]>);

/** An honorific outweighs a pronoun: `Mrs. Clinton` is a woman whatever the `he` next to her. */
const HONORIFIC_WEIGHT = 3;
/** A first name is surer than one pronoun, less sure than an honorific (`Jamie`, `Robin`). */
const FIRST_NAME_WEIGHT = 2;
/** first names news writes, by the gender their bearers mostly have (scripts/training/learn-first-names.ts) */
const FIRST_NAME_GENDER = new Map<string, Gender>([...firstNames.m.map((n) => [n, 'm'] as const), ...firstNames.f.map((n) => [n, 'f'] as const)]);

/** Whether a word is a first name news writes: `Larry` in `Larry King`. */
export const isFirstName = (word: string) => FIRST_NAME_GENDER.has(word.toLowerCase());
/** The gender most bearers of a first name have, if news writes it. */
export const firstNameGender = (word: string): Gender | undefined => FIRST_NAME_GENDER.get(word.toLowerCase());

/** The gender a pronoun asks of the person it stands for, if it asks one (`I` does not). */
export const pronounGender = (word: string): Gender | undefined => PRONOUN_GENDER.get(word.toLowerCase());

/**
 * Each person's gender as the article shows it, for pronouns to agree with: their first name
 * (`Melania Trump`), the honorifics before their name (`Mr.`, `Ms.`), a gendered title
 * (`spokeswoman`), and the pronouns that follow a mention of them: in the same sentence, before
 * anyone else is named, or opening the next sentence when theirs named no one else. One pronoun is weak evidence; a gender is kept only when
 * the evidence leans two to one.
 */
export function gendersOf<P extends { name: string; title?: string }>(tokens: Token[], people: Iterable<P>, personAt: (t: Token) => P | undefined): Map<P, Gender> {
  const votes = new Map<P, { m: number; f: number }>();
  const vote = (p: P, g: Gender, weight = 1) => {
    const v = votes.get(p) ?? { m: 0, f: 0 };
    v[g] += weight;
    votes.set(p, v);
  };
  for (const person of people) {
    const first = person.name.split(/\s+/).find((w) => !HONORIFIC_GENDER.has(w.toLowerCase()));
    const gender = person.name.includes(' ') && first ? FIRST_NAME_GENDER.get(first.toLowerCase()) : undefined;
    if (gender) vote(person, gender, FIRST_NAME_WEIGHT);
  }
  let sentence = -1;
  let last: P | undefined;
  let named: P[] = [];
  let before: P[] = [];
  for (const t of tokens) {
    if (t.sentence !== sentence) {
      sentence = t.sentence;
      before = named;
      named = [];
      last = undefined;
    }
    const person = personAt(t);
    if (person) {
      const honorific = t.index > 0 ? HONORIFIC_GENDER.get(tokens[t.index - 1].lower) : undefined;
      if (honorific) vote(person, honorific, HONORIFIC_WEIGHT);
      last = person;
      if (!named.includes(person)) named.push(person);
      continue;
    }
    const gender = PRONOUN_GENDER.get(t.lower);
    if (!gender) continue;
    const antecedent = last ?? (before.length === 1 ? before[0] : undefined);
    if (antecedent) vote(antecedent, gender);
  }
  const genders = new Map<P, Gender>();
  for (const [person, { m, f }] of votes) {
    if (m >= 2 * f && m > 0) genders.set(person, 'm');
    else if (f >= 2 * m && f > 0) genders.set(person, 'f');
  }
  for (const person of people) {
    // `Spokeswoman`, `Congressman`; not `Human Rights Watch`
    const titled = /\b(?:spokes|chair|congress|business|council|assembly|anchor)?(woman|man)\b/i.exec(person.title ?? '')?.[1].toLowerCase();
    if (titled && !genders.has(person)) genders.set(person, titled === 'woman' ? 'f' : 'm');
  }
  return genders;
}
