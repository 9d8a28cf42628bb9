import { tokensWithin, type Analysis, type Token } from '../tokens/analyse.ts';
import { readMention, textOf, type Mention } from './mentions.ts';
import { collectPeople, isAcronym, SPELLED_OUT, type People, type Person } from './people.ts';
import { ANONYMOUS_HEADS, DOCUMENT_HEADS, ORGANISATION_WORDS, PEOPLE_PLURALS, TITLE_WORDS, namesBody } from './speaker-words.ts';
import { phraseEndingAt, phraseStartingAt } from '../attributions/noun-phrases.ts';
import { insideQuote, type Quote } from '../tokens/quotes.ts';
import { isPlace, namedOrganisations, shortFormFor, shortFormKind, type NamedOrganisation } from './organisations.ts';
import { bodyMentions, describedBody, describesBody } from './described-bodies.ts';
import { interviewRoles, turnLetter, type InterviewRoles } from './interviews.ts';
import { gendersOf, isFirstName, pronounGender, type Gender } from './gender.ts';

export type SpeakerType = 'person' | 'organisation' | 'group' | 'document' | 'anonymous';
/**
 * How a source was resolved to its speaker: the source names them (`name`), describes them by a
 * title or a role (`description`), is a pronoun (`pronoun`), stands for a group or a body that
 * spoke before (`group`, `body`), is a short form of an organisation named before (`short-form`),
 * is the article's own voice (`own-voice`), or names no one the article knows (`unnamed`). What
 * the speaker's confidence weighs (speaker-confidence.ts).
 */
export type ResolutionPath = 'name' | 'description' | 'pronoun' | 'group' | 'body' | 'short-form' | 'own-voice' | 'unnamed';
export interface Speaker {
  name: string;
  title?: string;
  type: SpeakerType;
  resolvedBy?: ResolutionPath;
}

/** Where the article names a person; `speaking` when it names them as the source of a report. */
interface PersonMention {
  at: number;
  person: Person;
  speaking?: boolean;
}

/**
 * Heads of descriptions that stand for one person the article has named, as a title does, with
 * the gender they ask of them, if any: `the billionaire`, `the mother of three`.
 */
const DESCRIBED_GENDER = new Map<string, Gender | ''>(Object.entries({
  man: 'm', woman: 'f', mother: 'f', father: 'm', wife: 'f', husband: 'm', daughter: 'f', son: 'm', sister: 'f', brother: 'm',
  businessman: 'm', businesswoman: 'f', billionaire: '', mogul: '', tycoon: '', veteran: '', magnate: '', entrepreneur: '', star: '',
}) as Array<[string, Gender | '']>);

/** How far back, in sentences, a pronoun looks for the person it stands for. */
const PRONOUN_REACH = 6;
/** Tokens into its sentence past which a pronoun is no longer the sentence's own subject. */
const SENTENCE_OPENING = 3;
const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'him', 'her']);

/**
 * Resolves each source to the speaker it names, across the article: a full name with its title
 * (`Haque` → `Moin ul Haque`, `Pakistan Ambassador to China`; namesakes apart by first name), a
 * description through the title of a person named earlier (`the ambassador`), a pronoun through
 * the most salient person of the sentences before it (the subject of the nearest sentence that
 * names one, else who spoke there, else the first named), `they` and `it` through the group or the
 * organisation that spoke last, a short form through the organisation of its kind named last
 * (`the fund`), and the article's own `I` to its writer.
 */
export function resolveSpeakers(analysis: Analysis, sources: Array<[number, number] | null>, contents: Array<[number, number]>, quotes: Quote[]): Array<Speaker | null> {
  const { tokens } = analysis;
  const spans = sources.map((range) => (range ? tokensWithin(tokens, range[0], range[1]) : []));
  const read = spans.map((span) => (span.length > 0 ? readMention(span) : null));
  const people = collectPeople(analysis, read);
  const mentions = personMentions(analysis, people);
  const subjects = sentenceSubjects(analysis, mentions, contents);
  const genders = gendersOf(tokens, people.all(), (t) => people.at(tokens, t));
  const order = sources.map((_, i) => i).filter((i) => sources[i]).sort((a, b) => sources[a]![0] - sources[b]![0]);
  const speakers: Array<Speaker | null> = sources.map(() => null);
  const titles = titleSweep(mentions);
  const ownVoice: Array<{ i: number; pronoun: string }> = [];
  let organisations: NamedOrganisation[] | undefined;
  let bodies: ReturnType<typeof bodyMentions> | undefined;
  let roles: InterviewRoles | undefined;
  /** the group that spoke last: `they` and `all` speak for it */
  let lastGroup: { speaker: Speaker; sentence: number } | undefined;
  /** the organisation or document that spoke last: `it` speaks for it */
  let lastBody: { speaker: Speaker; sentence: number } | undefined;

  for (const i of order) {
    const [start, end] = sources[i]!;
    const spanTokens = spans[i];
    const mention = read[i];
    if (!mention) continue;
    const sentence = spanTokens[0].sentence;
    titles.passTo(start);
    if (mention.kind === 'pronoun' && (FIRST_PERSON.has(mention.pronoun) || mention.pronoun === ADDRESSED) && !insideQuote(quotes, start, end)) {
      ownVoice.push({ i, pronoun: mention.pronoun });
      continue;
    }
    const turn = turnLetter(analysis.text, start, end);
    const interviewed = turn && (roles ??= interviewRoles(analysis, people))[turn === 'Q' ? 'asks' : 'answers'];
    if (interviewed) {
      speakers[i] = { name: interviewed.name, ...(interviewed.title ? { title: interviewed.title } : {}), type: 'person', resolvedBy: 'name' };
      continue;
    }
    const person = personFor(mention, spanTokens, contents[i], { analysis, people, mentions, subjects, byTitle: titles.latest, genders });
    const group = !person && standsForGroup(mention) ? (peopleEarlierIn(analysis, spanTokens[0]) ?? lastGroup) : undefined;
    if (person) {
      speakers[i] = { name: person.name, ...(person.title ? { title: person.title } : {}), type: 'person', resolvedBy: mention.kind };
      titles.note(person);
      (mentions[sentence] ??= []).push({ at: start, person, speaking: true });
      mentions[sentence].sort((a, b) => a.at - b.at);
    } else if (group && sentence - group.sentence <= PRONOUN_REACH) {
      speakers[i] = { ...group.speaker, resolvedBy: 'group' };
    } else if (mention.kind === 'pronoun' && mention.pronoun === 'it' && lastBody && sentence - lastBody.sentence <= PRONOUN_REACH) {
      speakers[i] = { ...lastBody.speaker, resolvedBy: 'body' };
    } else {
      const kind = mention.kind === 'description' ? shortFormKind(mention.text) : undefined;
      const named = kind ? shortFormFor((organisations ??= namedOrganisations(analysis)), kind, start)?.name : undefined;
      // `the company`, `the discount chain`: the organisation the story is about
      const about = !named && mention.kind === 'description' && describesBody(mention) ? describedBody((bodies ??= bodyMentions(analysis, (t) => isFirstName(t.text) || (people.at(tokens, t)?.name.includes(' ') ?? false))), start, sentence, new Set(speakers.filter((s) => s?.type === 'person' && s.title).map((s) => s!.name))) : undefined;
      speakers[i] = named || about ? { name: (named ?? about)!, type: 'organisation', resolvedBy: 'short-form' } : { ...unnamedSpeaker(mention), resolvedBy: mention.kind === 'name' ? 'name' : 'unnamed' };
      if (isGroup(speakers[i]!)) lastGroup = { speaker: speakers[i]!, sentence };
      else if (speaksAsOne(speakers[i]!)) lastBody = { speaker: speakers[i]!, sentence };
    }
  }
  for (const { i, pronoun } of ownVoice) speakers[i] = { ...ownVoiceSpeaker(sources[i]!, i, pronoun, contents, speakers), resolvedBy: 'own-voice' };
  return speakers;
}

/** `they said`, `all agreed`, `both argued`: a plural that names no one stands for the group that spoke before it. */
const standsForGroup = (mention: Mention) =>
  (mention.kind === 'pronoun' && mention.pronoun === 'they') || (mention.kind === 'description' && /^(all|both|most|many|some)$/i.test(mention.text));
const QUANTITIES = new Set(['number', 'group', 'couple', 'handful', 'dozens', 'hundreds', 'thousands', 'majority', 'lot', 'few', 'several', 'some', 'many', 'most', 'all']);
/**
 * `Democrats`, `tax experts`, `show insiders`, `Obama and Clinton`: a source that names many
 * people; not `the Bureau of Prisons` or `the efforts`.
 */
function isGroup({ name }: Speaker): boolean {
  if (ORGANISATION_WORDS.test(name)) return false;
  if (/^\p{Lu}[\p{L}.'’-]* and \p{Lu}/u.test(name)) return true;
  const words = name.split(/\s+/);
  const before = (words.find((_, k) => PREPOSITIONS.has(words[k + 1])) ?? words.at(-1)!).toLowerCase();
  // `a number of tax experts` are experts
  const head = QUANTITIES.has(before) ? words.at(-1)!.toLowerCase() : before;
  return PEOPLE_PLURALS.has(head);
}

/**
 * `… the removal of tens of thousands of voters from the rolls because they did not respond`: a
 * plural of people named earlier in the pronoun's own sentence, the nearest.
 */
function peopleEarlierIn({ tokens, sentences }: Analysis, pronoun: Token): { speaker: Speaker; sentence: number } | undefined {
  for (let k = pronoun.index - 1; k >= sentences[pronoun.sentence].first; k--) {
    const t = tokens[k];
    if (t.pos !== 'NOUN' || !PEOPLE_PLURALS.has(t.lower)) continue;
    const phrase = phraseEndingAt(tokens, k + 1, sentences[pronoun.sentence].first);
    return phrase ? { speaker: { name: textOf(tokens.slice(phrase.first, phrase.last)), type: 'group' }, sentence: pronoun.sentence } : undefined;
  }
  return undefined;
}

/** `the Trump campaign's document said …. The benefit, it says, …`: an organisation or a document, named. */
const speaksAsOne = (speaker: Speaker) => (speaker.type === 'organisation' || speaker.type === 'document') && !PRONOUN_NAMES.has(speaker.name.toLowerCase());

/** Pronouns of the article's own voice outside quote marks: its writer, and the reader it addresses. */
const FIRST_PERSON = new Set(['i', 'we']);
const ADDRESSED = 'you';
const AUTHOR: Speaker = { name: 'the author', type: 'anonymous' };
const READER: Speaker = { name: 'the reader', type: 'anonymous' };

/**
 * `I` or `we` outside quote marks is whoever speaks the words around it: inside another claim's
 * content (`Limbaugh added:` ⏎ `… the greatest fear that I have ever seen`) that claim's speaker;
 * else the article's own voice: its writer (a column's `I know your tax returns are being
 * audited`). `You` there is the reader the article addresses (`You can call RT whatever you want`).
 */
function ownVoiceSpeaker(
  [start, end]: [number, number],
  self: number,
  pronoun: string,
  contents: Array<[number, number]>,
  speakers: Array<Speaker | null>,
): Speaker {
  const around = contents
    .map((c, i) => ({ c, i }))
    .filter(({ c, i }) => i !== self && c[0] <= start && end <= c[1] && speakers[i] && !PRONOUN_NAMES.has(speakers[i].name.toLowerCase()))
    .sort((a, b) => b.c[0] - a.c[0])[0];
  // inside someone's words `you` is whoever they address, whom the article need not name
  if (around) return pronoun === ADDRESSED ? unnamedSpeaker({ kind: 'pronoun', pronoun }) : speakers[around.i]!;
  return pronoun === ADDRESSED ? READER : AUTHOR;
}

/** What the article tells the resolution of each source: its people, where it names them, their genders. */
interface ArticlePeople {
  analysis: Analysis;
  people: People;
  mentions: Array<PersonMention[]>;
  /** the person a sentence names as its subject, if it does */
  subjects: (sentence: number) => Person | undefined;
  /** the person last mentioned before the source whose title holds a word */
  byTitle: Map<string, Person>;
  genders: Map<Person, Gender>;
}

function personFor(mention: Mention, spanTokens: Token[], content: [number, number] | undefined, known: ArticlePeople): Person | null {
  const { analysis, people, mentions, subjects, byTitle, genders } = known;
  const sentence = spanTokens[0].sentence;
  if (mention.kind === 'name') {
    // `FBI` is an organisation; `PENCE:` in a transcript is the Pence the article names
    if (isAcronym(mention.name)) return people.named(mention.name, mention.surname) ?? null;
    const known = people.named(mention.name, mention.surname);
    if (known) return known;
    return (namesBody(mention.name) || isPlace(mention.name)) && !mention.title ? null : { name: mention.name, surname: mention.surname, title: mention.title };
  }
  if (mention.kind === 'description') {
    // `His lawyer` is someone's lawyer, not the lawyer the article named last
    if (/^(his|her|their|its|my|our|your)\s/i.test(mention.text)) return null;
    const described = DESCRIBED_GENDER.get(mention.head);
    if (!TITLE_WORDS.has(mention.head) && described === undefined) return null;
    const titled = byTitle.get(mention.head);
    if (titled) return titled;
    // `… whether Sanders still senses anger …, the Vermont senator acknowledged`: a definite role
    // no one in the article holds by name stands, as a pronoun would, for the person just named;
    // `the 34-year-old mother of three` for the woman just named
    if (!/^the\s/i.test(mention.text) || ANONYMOUS_HEADS.has(mention.head)) return null;
    return lastPersonBefore(mentions, sentence, spanTokens[0].start, (p) => !described || (genders.get(p) ?? described) === described);
  }
  if (mention.pronoun === 'who') {
    const who = spanTokens[0].index;
    let end = who;
    while (end > 0 && analysis.tokens[end - 1].text === ',') end--;
    const antecedent = phraseEndingAt(analysis.tokens, end, analysis.sentences[sentence].first);
    if (!antecedent) return null;
    const inner = readMention(analysis.tokens.slice(antecedent.first, antecedent.last));
    return inner.kind === 'pronoun' ? null : personFor(inner, analysis.tokens.slice(antecedent.first, antecedent.last), content, known);
  }
  if (!PERSON_PRONOUNS.has(mention.pronoun)) return null;
  // `she` passes over a man named first for the woman named after him
  const wanted = pronounGender(mention.pronoun);
  const agrees = (m: PersonMention) => !wanted || (genders.get(m.person) ?? wanted) === wanted;
  // a name in the words reported (`“If Pence’s goal was …,” he wrote`) is not who reports them
  const reported = (m: PersonMention) => !!content && content[0] <= m.at && m.at < content[1];
  const here = mentions[sentence]?.find((m) => m.at < spanTokens[0].start && agrees(m) && !reported(m));
  // `Mr. Trump's RT appearance, in which he said`: a pronoun deep in its sentence looks there first
  if (here && spanTokens[0].index - analysis.sentences[sentence].first > SENTENCE_OPENING) return here.person;
  for (let s = sentence - 1; s >= Math.max(0, sentence - PRONOUN_REACH); s--) {
    // the subject of the sentence before speaks on (`Haque's comment came after Wang Yi said …. ⏎
    // …, he said.`), else who spoke there (`…, Mr. Kamin said of Mr. Trump's plan. ⏎ ''…,'' he added.`)
    const subject = subjects(s);
    if (subject && agrees({ at: 0, person: subject })) return subject;
    const first = mentions[s]?.find((m) => m.speaking && agrees(m)) ?? mentions[s]?.find(agrees);
    if (first) return first.person;
  }
  return (here ?? mentions[sentence]?.find((m) => m.at < spanTokens[0].start && agrees(m)))?.person ?? null;
}

/** The person named last before a point: earlier in its sentence, else in the nearest sentence before that names one. */
function lastPersonBefore(mentions: Array<PersonMention[]>, sentence: number, at: number, fits: (p: Person) => boolean = () => true): Person | null {
  const here = (mentions[sentence] ?? []).filter((m) => m.at < at && fits(m.person)).at(-1);
  if (here) return here.person;
  for (let s = sentence - 1; s >= Math.max(0, sentence - PRONOUN_REACH); s--) {
    const last = mentions[s]?.filter((m) => fits(m.person)).at(-1);
    if (last) return last.person;
  }
  return null;
}

/**
 * `the ambassador` is the person last mentioned with that word in their title. Sources are
 * resolved in text order, so a sweep keeps, for each title word, the latest person mentioned
 * before the point reached: one pass over the article, where a search back from each source made
 * a long article quadratic.
 */

function titleSweep(mentions: Array<PersonMention[]>) {
  const ahead = mentions.flat().sort((a, b) => a.at - b.at);
  let next = 0;
  const latest = new Map<string, Person>();
  const note = (person: Person) => {
    for (const word of person.title?.toLowerCase().split(/\W+/) ?? []) if (word) latest.set(SPELLED_OUT[word] ?? word, person);
  };
  return {
    latest,
    note,
    /** takes in every mention before `at` */
    passTo(at: number) {
      while (next < ahead.length && ahead[next].at < at) note(ahead[next++].person);
    },
  };
}

function unnamedSpeaker(mention: Mention): Speaker {
  if (mention.kind === 'pronoun') return { name: mention.pronoun, type: mention.pronoun === 'they' || mention.pronoun === 'we' ? 'organisation' : 'person' };
  if (mention.kind === 'name') return { name: mention.name, type: 'organisation' };
  // `the Post` is a newspaper, `a post` a document: a capitalised head names an organisation
  const capitalisedHead = mention.head !== '' && mention.text.split(/\s+/).includes(mention.head[0].toUpperCase() + mention.head.slice(1));
  if (DOCUMENT_HEADS.has(mention.head) && !capitalisedHead) return { name: mention.text, type: 'document' };
  // `a White House official`: a person the article does not name, whoever employs them
  if ((ANONYMOUS_HEADS.has(mention.head) || TITLE_WORDS.has(mention.head)) && !capitalisedHead) return { name: mention.text, type: 'anonymous' };
  if (ORGANISATION_WORDS.test(mention.text)) return { name: mention.text, type: 'organisation' };
  if (DOCUMENT_HEADS.has(mention.head)) return { name: mention.text, type: 'document' };
  if (ANONYMOUS_HEADS.has(mention.head) || TITLE_WORDS.has(mention.head)) return { name: mention.text, type: 'anonymous' };
  return { name: mention.text, type: 'organisation' };
}

/** Where each known person's surname appears, sentence by sentence, in reading order. */
function personMentions(analysis: Analysis, people: People): Array<PersonMention[]> {
  const mentions: Array<PersonMention[]> = analysis.sentences.map(() => []);
  for (const t of analysis.tokens) {
    const person = people.at(analysis.tokens, t);
    if (person) mentions[t.sentence].push({ at: t.start, person });
  }
  return mentions;
}

/**
 * The person a sentence names in the noun phrase that opens it, outside the words any claim
 * reports: its subject, as in `Haque's comment came after …` or `Clinton communication director
 * Jennifer Palmieri said` (the last name in the phrase, which heads it). Read when a pronoun asks,
 * once per sentence.
 */
function sentenceSubjects({ tokens, sentences }: Analysis, mentions: Array<PersonMention[]>, contents: Array<[number, number]>): (sentence: number) => Person | undefined {
  const known = new Map<number, Person | undefined>();
  const reported = (at: number) => contents.some(([from, to]) => from <= at && at < to);
  return (index) => {
    if (known.has(index)) return known.get(index);
    const s = sentences[index];
    const phrase = phraseStartingAt(tokens, s.first, s.last);
    const [start, end] = phrase ? [tokens[phrase.first].start, tokens[phrase.last - 1].end] : [0, 0];
    const subject = phrase ? mentions[index].filter((m) => m.at >= start && m.at < end && !reported(m.at)).at(-1)?.person : undefined;
    known.set(index, subject);
    return subject;
  };
}

/**
 * A speaker as a reader names them, once the claim model has weighed the reading: never a pronoun
 * left unresolved (`they` is an unnamed group, `he` an unnamed speaker), no clause debris after a
 * comma, a dash or a relative pronoun (`Ban Ki-moon, the secretary general of …` is Ban Ki-moon),
 * a name's article dropped (`the Chicago Police Department`), a name found at the end of a
 * description (`rival Donald Trump`), and a description in lower case typed for what it is: a
 * group when plural (`critics`, `dozens of papers`), a document, or an unnamed source.
 */
export function presentSpeaker(speaker: Speaker): Speaker {
  const whole = withoutClauseEdges(clipped(speaker.name));
  if (isNoSpeaker(whole)) return { ...UNKNOWN, ...(speaker.resolvedBy ? { resolvedBy: speaker.resolvedBy } : {}) };
  const cut = shortened(whole);
  const pronoun = cut.toLowerCase();
  if (speaker.type === 'person' && !PRONOUN_NAMES.has(pronoun)) return { ...speaker, name: cut };
  if (PRONOUN_NAMES.has(pronoun)) return /^(they|we|them|their|our)$/.test(pronoun) ? { name: 'unnamed group', type: 'group' } : { name: 'unnamed speaker', type: 'anonymous' };
  // `Trump's campaign` and `the Trump campaign` are one speaker, the Trump campaign
  const name = cut.replace(/^(?:[Tt]he|[Aa]n?) (?=\p{Lu})/u, '').replace(OWNED_ORGANISATION, '$1 $2');
  if (/^\p{Lu}/u.test(name)) {
    return { ...speaker, name };
  }
  // `rival Donald Trump` is Donald Trump; `Democrats on Capitol Hill` are not Capitol Hill, nor
  // `prosecutors in San Francisco and Los Angeles` Los Angeles: a name after a preposition is where, or whose
  const trailing = /(?:^|\s)(\p{Ll}+\s)?((?:\p{Lu}[\p{L}'’.-]+\s){1,3}\p{Lu}[\p{L}'’-]+)$/u.exec(name);
  const afterPreposition = trailing && name.slice(0, trailing.index).split(/\s+/).some((w) => PREPOSITIONS.has(w));
  const trailingName = trailing && !afterPreposition && !PREPOSITIONS.has(trailing[1]?.trim() ?? '') ? trailing[2] : undefined;
  if (trailingName && !namesBody(trailingName)) return { ...speaker, name: trailingName, type: 'person' };
  const head = name.split(/\s+/).find((_, i, words) => i === words.length - 1 || PREPOSITIONS.has(words[i + 1])) ?? name;
  const type: SpeakerType = speaker.type === 'document' || DOCUMENT_HEADS.has(head.toLowerCase()) ? 'document' : speaker.type === 'anonymous' ? 'anonymous' : /s$/.test(head) && !/ss$/.test(head) ? 'group' : 'anonymous';
  return { ...speaker, name, type };
}

const OWNED_ORGANISATION = /^(\p{Lu}[\p{L}-]+)['’]s (campaign|administration)$/u;
const PREPOSITIONS = new Set(['of', 'on', 'in', 'at', 'from', 'for', 'to', 'with']);
/**
 * What the rules sometimes take for a source and no one can have said: a time (`weeks`, `recent
 * months`), an event or a happening (`a rally`, `a lively crowd`, `A dispute`), a word cut off
 * (`the al Qaeda-`, `a self-`), a lone word that names nothing (`The`, `Much`, `Latest`), or a
 * participle's clause (`Reached by phone on Tuesday`, `Adopting the recommendations`), a number
 * (`2.8`, `20`) or a clause's opening (`which equations`). Such a
 * speaker is given as unknown, for the reviewer to name, rather than as a person or group it is not.
 */
function isNoSpeaker(name: string): boolean {
  if (!name) return true;
  const words = name.split(/\s+/);
  // a number is what was counted, not who spoke (`2.8`, `4.8 billion`); a share of people (`26%`) is theirs
  if (words.every((w) => AMOUNT.test(w))) return true;
  // a relative or question word opens a clause whose speaker the walk never reached (`which equations`, `how expensive they were`)
  if (words.length > 1 && CLAUSE_OPENERS.has(words[0].toLowerCase())) return true;
  // the head comes before what qualifies it: `Trump in recent weeks` is Trump
  const ofHead = words.findIndex((w, i) => i > 0 && QUALIFYING.has(w.toLowerCase()));
  const headAt = (ofHead > 0 ? ofHead : words.length) - 1;
  const head = words[headAt];
  if (/\S[-–]$/u.test(name)) return true;
  if (words.length === 1 && LONE_NON_NAMES.has(head.toLowerCase())) return true;
  if (/^\p{Lu}\p{Ll}+(?:ing|ed) (?:by|the|a|an|on|in|at|to|with|from|for|of)\b/u.test(name)) return true;
  // a capital opening the name is the sentence's; one inside it makes a name (`the Peace Summit`)
  return NOT_SPEAKING_HEADS.has(head.toLowerCase()) && (headAt === 0 || !/^\p{Lu}/u.test(head));
}
const AMOUNT = /^(?:[$€£]?\d[\d.,]*|million|billion|trillion|thousand|hundred)$/i;
const CLAUSE_OPENERS = new Set(['how', 'which', 'whose', 'whom', 'why', 'where']);
const OPEN_ENDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'at', 'to', 'in', 'on', 'for', 'with', 'by', 'from', 'than', 'some', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** A subordinate clause's opening word before its subject (`While taxi drivers`, `what the corporation`). */
const SUBORDINATE_OPENING = /^(?:while|when|whereas|although|though|because|since|if|as|once|unless|until|what)\s+(?=\S)/i;
/** A year or a count fronted before the subject (`1947 the country`, `2050 the median age`). */
const FRONTED_NUMBER = /^\d[\d,.]*\s+(?=(?:the|a|an)\s|\p{Lu})/u;

/**
 * A name without what the phrase walk took in from the clause around it: the word that opens a
 * subordinate clause, a year fronted before the subject, and marks cut from the word before
 * (`- Pew`, `“Pew`); empty when the name starts inside a word (`’s what I’m`, `-orange Packard`).
 */
function withoutClauseEdges(name: string): string {
  if (/^['’]s\b|^[-–]\p{Ll}/u.test(name)) return '';
  return withoutOpenEnd(name.replace(/^[\s'‘’"“”«»\-–—]+/u, '').replace(SUBORDINATE_OPENING, '').replace(FRONTED_NUMBER, '').trim().split(/\s+/)).join(' ');
}

/** Words less the ones at the end that need another after them: a phrase cut mid-clause (`Trump a`, `Emery links to an`, `committee -`). */
function withoutOpenEnd(words: string[]): string[] {
  let end = words.length;
  while (end > 1 && (OPEN_ENDS.has(words[end - 1].toLowerCase()) || /^[-–—]+$/.test(words[end - 1]))) end--;
  return words.slice(0, end);
}
const QUALIFYING = new Set(['in', 'at', 'of', 'on', 'for', 'from', 'during', 'with', 'by', 'over', 'after', 'before']);
const LONE_NON_NAMES = new Set(['the', 'a', 'an', 'much', 'more', 'latest', 'also', 'meanwhile', 'however', 'this', 'that', 'these', 'those', 'department', 'committee', 'office']);
const NOT_SPEAKING_HEADS = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'decade', 'decades', 'time', 'times', 'morning', 'afternoon', 'evening', 'night', 'era',
  'season', 'quarter', 'period', 'birthday', 'birthdays', 'anniversary', 'holiday', 'holidays', 'wedding', 'funeral',
  'rally', 'rallies', 'meeting', 'meetings', 'conference', 'summit', 'event', 'events', 'ceremony', 'parade', 'protest', 'protests', 'dispute', 'fight', 'battle', 'pressure', 'addition', 'pitch', 'visit', 'trip', 'tour', 'campaign trail',
]);
const UNKNOWN: Speaker = { name: 'unknown', type: 'anonymous' };

const PRONOUN_NAMES = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'him', 'them', 'that', 'this', 'who', 'which', 'our', 'my', 'your']);
const MAX_NAME_WORDS = 8;

/** A name cut where the clause around it starts: at a comma, a dash, a parenthesis or a relative pronoun. */
const clipped = (name: string) => name.split(/\s*(?:,|—|–| - |\(|\bwho\b|\bwhich\b|\bthat\b)\s*/u)[0].trim() || name;

/** At most eight words, ending on a word that can end a name (`The deputy head of China’s delegation`). */
const shortened = (name: string) => withoutOpenEnd(name.split(/\s+/).slice(0, MAX_NAME_WORDS)).join(' ');
