import type { Analysis, Token } from '../tokens/analyse.ts';
import { nameIn, type Mention } from './mentions.ts';
import { HONORIFICS, ORGANISATION_WORDS, TITLE_WORDS, namesBody } from './speaker-words.ts';
import { phraseEndingAt } from '../attributions/noun-phrases.ts';
import { isPlace } from './organisations.ts';
import { firstNameGender, gendersOf, isFirstName } from './gender.ts';

export interface Person {
  name: string;
  surname: string;
  title?: string;
}

/** An acronym names an organisation, not a person: `ESPN said`, `the FBI said`. */
export const isAcronym = (name: string) => /^[A-Z&.]{2,}$/.test(name);

/** `Sen. Sanders` holds the title a later `the senator` names. */
export const SPELLED_OUT: Record<string, string> = { sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', dr: 'doctor', rev: 'reverend', prof: 'professor' };

/**
 * The people an article names, found by surname as a reader finds them: `Qureshi` or `Mr. Qureshi`
 * is the Shah Mahmood Qureshi named before. Where two people share a surname (`Donald Trump` and
 * `Ivanka Trump`), each is found by their first name, and the bare surname names the one the
 * article's pronouns and honorifics say it does (`Trump … he` is Donald Trump).
 */
export class People {
  /** who a bare surname names */
  private readonly bySurname = new Map<string, Person>();
  /** people who share a surname, by surname and then first name */
  private readonly namesakes = new Map<string, Map<string, Person>>();

  all(): Person[] {
    const all = new Set(this.bySurname.values());
    for (const byFirst of this.namesakes.values()) for (const p of byFirst.values()) all.add(p);
    return [...all];
  }

  /**
   * The person a name gives, by its first name where people share its surname; a first name alone
   * (`Fiona`, where the article names Fiona Parry) gives the one person whose full name it opens,
   * unless someone the article names in full has it for a surname.
   */
  named(name: string, surname: string): Person | undefined {
    const first = firstWordOf(name);
    const bySurname = (first && this.namesakes.get(surname)?.get(first)) || this.bySurname.get(surname);
    if (first || (bySurname && firstWordOf(bySurname.name))) return bySurname;
    const opened = this.all().filter((p) => firstWordOf(p.name) === surname);
    return opened.length === 1 ? opened[0] : bySurname;
  }

  /** The person a token names by surname, if it does: `Trump` in `Ivanka Trump` is Ivanka Trump. */
  at(tokens: Token[], t: Token): Person | undefined {
    const bare = this.bySurname.get(t.lower);
    if (!bare || (t.pos !== 'PROPN' && !/^[A-Z]/.test(t.text))) return undefined;
    const before = tokens[t.index - 1];
    return (before && this.namesakes.get(t.lower)?.get(before.lower)) || bare;
  }

  /** Takes in a name: a new surname, a fuller name for a known one, or a namesake. */
  add(p: { name: string; surname: string; title?: string }): void {
    const known = this.bySurname.get(p.surname);
    if (!known) {
      this.bySurname.set(p.surname, { ...p });
      return;
    }
    const [first, knownFirst] = [firstWordOf(p.name), firstWordOf(known.name)];
    // `Jeh Johnson` after `Gary Johnson` is someone else; `Rival Hillary Clinton` or `De Blasio` is not
    const opensName = (word: string, title?: string) => isFirstName(word) || title !== undefined;
    if (first && knownFirst && first !== knownFirst && opensName(first, p.title) && opensName(knownFirst, known.title)) {
      const byFirst = this.namesakes.get(p.surname) ?? new Map([[knownFirst, known]]);
      if (!byFirst.has(first)) byFirst.set(first, { ...p });
      this.namesakes.set(p.surname, byFirst);
      return;
    }
    if (p.name.length > known.name.length) known.name = p.name;
    known.title ??= p.title;
  }

  /**
   * `Trump said` where the article names Donald Trump, `Mr. Holtz-Eakin` where it names Douglas
   * Holtz-Eakin: a person known by a surname alone takes the fullest name the article gives that
   * surname most often (`Hillary Clinton` in an article that names Bill Clinton once), and every
   * other first name the article gives it makes a namesake. Only names of people already speaking
   * are filled: a run of capitals is as often a place (`New York`) as a person.
   */
  fillFullNames(analysis: Analysis): void {
    const seen = new Map<string, Map<string, number>>();
    for (const { surname, name } of fullNames(analysis)) {
      if (!this.bySurname.has(surname)) continue;
      const names = seen.get(surname) ?? new Map<string, number>();
      names.set(name, (names.get(name) ?? 0) + 1);
      seen.set(surname, names);
    }
    for (const [surname, names] of seen) {
      const person = this.bySurname.get(surname)!;
      const byFrequency = [...names].sort((a, b) => b[1] - a[1]).map(([name]) => name);
      if (!firstWordOf(person.name)) person.name = byFrequency[0];
      // `Republican Donald Trump` in a headline is no one new
      for (const name of byFrequency) if (firstWordOf(name) !== firstWordOf(person.name) && isFirstName(firstWordOf(name)!)) this.add({ name, surname });
    }
    this.chooseBySurname(analysis.tokens);
  }

  /**
   * Which of the people sharing a surname the bare surname names: the one whose first name has
   * the gender the pronouns and honorifics around the bare surname give it (`Mr. Trump`, `Trump
   * … he`); else the one named first.
   */
  private chooseBySurname(tokens: Token[]): void {
    if (this.namesakes.size === 0) return;
    const bare = new Map([...this.namesakes.keys()].map((surname) => [surname, { name: surname, surname }]));
    const genders = gendersOf(tokens, bare.values(), (t) => {
      const byFirst = this.namesakes.get(t.lower);
      if (!byFirst || !/^\p{Lu}/u.test(t.text)) return undefined;
      return byFirst.get(tokens[t.index - 1]?.lower ?? '') ?? bare.get(t.lower);
    });
    for (const [surname, byFirst] of this.namesakes) {
      const gender = genders.get(bare.get(surname)!);
      const agreeing = [...byFirst.values()].filter((p) => gender && firstNameGender(firstWordOf(p.name) ?? '') === gender);
      if (agreeing.length === 1) this.bySurname.set(surname, agreeing[0]);
    }
  }
}

/** The first word of a full name, lower case, past any honorific; none for a surname alone. */
function firstWordOf(name: string): string | undefined {
  const words = name.split(/\s+/).filter((w) => !HONORIFICS.has(w.toLowerCase()));
  return words.length > 1 ? words[0].toLowerCase() : undefined;
}

/** Every run of two to five capitalised words that reads as a person's full name. */
function* fullNames({ tokens, sentences }: Analysis): Generator<{ surname: string; name: string }> {
  for (const s of sentences) {
    for (let i = s.first; i < s.last; i++) {
      if (tokens[i].pos !== 'PROPN') continue;
      let end = i;
      // `Holtz-Eakin`; `Donald J. Trump`, whose initial wink-nlp may cut from its full stop
      const joins = (k: number) =>
        (tokens[k].text === '-' && tokens[k - 1].end === tokens[k].start && tokens[k + 1]?.start === tokens[k].end) ||
        (tokens[k].text === '.' && /^\p{Lu}$/u.test(tokens[k - 1].text) && tokens[k - 1].end === tokens[k].start);
      while (end < s.last && ((tokens[end].pos === 'PROPN' && /^\p{Lu}/u.test(tokens[end].text)) || joins(end))) end++;
      // `Secretary of State Jon Husted`: the name is what follows the office's words
      let from = i;
      while (from < end - 2 && (TITLE_WORDS.has(tokens[from].lower) || HONORIFICS.has(tokens[from].lower) || ORGANISATION_WORDS.test(tokens[from].text))) from++;
      if (end - from >= 2 && end - from <= 5 && tokens[i - 1]?.lower !== 'the') {
        const found = nameIn(tokens.slice(from, end));
        // `Donald J. Trump` is known to readers as Donald Trump
        const name = found?.name.replace(/ \p{Lu}\. /gu, ' ');
        if (found && name && name.split(' ').length >= 2 && !namesBody(name)) yield { surname: found.surname, name };
      }
      i = Math.max(i, end - 1);
    }
  }
}

/**
 * People named in the article: every source that names someone (its mention read), and every name that follows a
 * title or honorific anywhere in the text (`Foreign Minister Shah Mahmood Qureshi`).
 */
export function collectPeople(analysis: Analysis, sources: Array<Mention | null>): People {
  const { tokens } = analysis;
  const people = new People();
  for (const m of sources) {
    if (m?.kind === 'name' && !isAcronym(m.name) && !namesBody(m.name) && !isPlace(m.name)) people.add(m);
  }
  for (const s of analysis.sentences) {
    for (let i = s.first; i < s.last - 1; i++) {
      const t = tokens[i];
      if (tokens[i + 1].pos !== 'PROPN' || !(TITLE_WORDS.has(t.lower) || HONORIFICS.has(t.lower))) continue;
      let end = i + 1;
      while (end < s.last && tokens[end].pos === 'PROPN' && (!TITLE_WORDS.has(tokens[end].lower) || (end === i + 1 && HONORIFICS.has(t.lower)))) end++;
      const phrase = phraseEndingAt(tokens, end, s.first);
      const found = phrase && nameIn(tokens.slice(phrase.first, end));
      // `Sen. Bernie Sanders` is a senator, whom a later `the Vermont senator` names
      const office = SPELLED_OUT[t.lower.replace(/\.$/, '')];
      if (found && !found.title && office && TITLE_WORDS.has(office)) found.title = office[0].toUpperCase() + office.slice(1);
      // `Justice Department` follows a title word and names no one
      if (found && (found.title || HONORIFICS.has(t.lower)) && !namesBody(found.name)) people.add(found);
    }
  }
  // `Dan McLaughlin at the National Review agreed …`: a full name opening a sentence is its subject
  for (const s of analysis.sentences) {
    let end = s.first;
    while (end < s.last && tokens[end].pos === 'PROPN' && /^\p{Lu}/u.test(tokens[end].text) && end - s.first < 3) end++;
    const found = end - s.first >= 2 && isFirstName(tokens[s.first].text) ? nameIn(tokens.slice(s.first, end)) : null;
    if (found && !namesBody(found.name) && !isPlace(found.name)) people.add(found);
  }
  people.fillFullNames(analysis);
  return people;
}
