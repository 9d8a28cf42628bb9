import { firstTokenFrom, type Analysis, type Token } from './analyse.ts';
import type { Cue } from './cues.ts';
import { wordCueProbability } from './cue-lexicon.ts';
import { DOCUMENT_HEADS } from './speaker-words.ts';
import { phraseEndingAt, phraseStartingAt, withAppositiveAfter, isTimePhrase, isTimeWord, type Phrase } from './noun-phrases.ts';
import { insideQuote, isClosingQuote, isOpeningQuote, isQuoteMark, type Quote } from './quotes.ts';
import type { Unit } from './units.ts';

/** An attribution found in a unit, as character ranges, before its speaker is resolved. */
export interface Attribution {
  content: [number, number];
  source: [number, number] | null;
  cue: [number, number];
  probability: number;
  /** which shape of report it was read from; the claim model weighs them differently */
  shape: AttributionShape;
}

export type AttributionShape = 'complement' | 'fronted' | 'object' | 'participle' | 'colon' | 'according' | 'passive' | 'nominal' | 'quoted' | 'continued' | 'coordinated';

/** Words between a subject and its cue that belong to neither: `has also said`, `would not say`. */
const BETWEEN_SUBJECT_AND_CUE = new Set(['AUX', 'ADV', 'PART']);
/** `has since said`, `have both argued`: words wink-nlp does not tag as adverbs that sit there all the same. */
const ALSO_BETWEEN = new Set(['since', 'both', 'all', 'each', 'long']);
const isBetweenSubjectAndCue = (t: Token) => BETWEEN_SUBJECT_AND_CUE.has(t.pos) || ALSO_BETWEEN.has(t.lower);
/** Cues whose first object is the listener, not the content: `told reporters that …`. */
const LISTENER_CUES = new Set(['told', 'tell', 'tells', 'telling', 'informed', 'assured', 'reminded', 'warned', 'asked', 'urged', 'briefed']);
const MIN_CONTENT_WORDS = 2;
/** `said on a press conference during his visit to Islamabad … that …`: prepositional phrases may come first */
const MAX_WORDS_BEFORE_CLAUSE = 30;
/** A verb the train lexicon marks a cue this often reports on its own (`said`, `added`, `warned`). */
const REPORTING_VERB = 0.5;
/** How far back, in comma-separated segments, a subject may stretch over appositives (`Anderson, 21, a junior, said`). */
const MAX_APPOSITIVES = 4;
const CLAUSE_BOUNDARY = /^[.;:!?“”"(—–-]$/;
/** A stop, a quote mark or a dash; not the hyphen inside `small-business`. */
const isClauseBoundary = (tokens: Token[], i: number) => {
  const t = tokens[i];
  const hyphen = t.text === '-' && tokens[i - 1]?.end === t.start && tokens[i + 1]?.start === t.end;
  return !hyphen && (CLAUSE_BOUNDARY.test(t.text) || isQuoteMark(t.text));
};

/**
 * Reads one cue's source and content from the words around it, trying the shapes news uses:
 *   `SOURCE said (that) CONTENT` / `SOURCE told LISTENER CONTENT` / `SOURCE said: “CONTENT”`
 *   `CONTENT, SOURCE said` / `CONTENT, said SOURCE` / `“A,” she said, “B.”`   (fronted content)
 *   `…, saying CONTENT`            (a participle: the source is the clause's subject)
 *   `according to SOURCE, CONTENT` / `CONTENT, according to SOURCE`
 * `stops` are token indexes where content after a cue must end: the comma before a later
 * participle cue (`X said A, adding that B` holds two attributions). `announced` is the quote
 * that opens the next paragraph when this unit ends with a colon (`Cruz continued:` ⏎ `“…”`).
 */
export function readAttribution(
  analysis: Analysis,
  unit: Unit,
  cue: Cue,
  quotes: Quote[],
  { stops = [], announced = null }: { stops?: number[]; announced?: Quote | null } = {},
): Attribution | null {
  const { tokens } = analysis;
  if (cue.prepositional) return readPrepositional(tokens, unit, cue);
  const cueRange: [number, number] = [tokens[cue.first].start, tokens[cue.last - 1].end];
  const make = (shape: AttributionShape, content: [number, number], source: Phrase | null): Attribution => ({
    shape,
    content,
    source: source ? range(tokens, withAntecedent(tokens, unit, source)) : null,
    cue: cueRange,
    probability: cue.probability,
  });
  const limit = Math.min(unit.last, ...stops.filter((s) => s > cue.last));

  let beforeCue = cue.first;
  while (beforeCue > unit.first && isBetweenSubjectAndCue(tokens[beforeCue - 1]) && cue.first - beforeCue < 3) beforeCue--;
  // `spoke on condition of anonymity to discuss …`: an infinitive's subject is its clause's
  const infinitive = beforeCue > unit.first && tokens[beforeCue - 1].lower === 'to' && tokens[beforeCue - 1].pos === 'PART';
  // `…, saying that …`: a participle after a comma has no subject of its own before it
  const trailingParticiple = tokens[cue.first].lower.endsWith('ing') && tokens[beforeCue - 1]?.text === ',';
  const ownSubject = infinitive ? mainSubject(tokens, unit, beforeCue - 1) : trailingParticiple ? null : (subjectBefore(tokens, unit, beforeCue) ?? shareOfPeople(tokens, unit, beforeCue) ?? shareOfPeople(tokens, unit, cue.first));
  const coordinated = beforeCue > unit.first && /^(and|but)$/.test(tokens[beforeCue - 1].lower);
  // `She declared victory and said that …`: a second verb shares the clause's subject
  const subject = ownSubject ?? (coordinated ? mainSubject(tokens, unit, beforeCue - 1) : null);
  const complement = complementAfter(tokens, unit, cue, quotes, limit, announced);
  if (coordinated && !ownSubject && complement) return make('coordinated', complement, subject);

  if (cue.nominal) {
    if (subject && complement) return make('complement', complement, subject);
    // `Podliska's most explosive claim is that …`, `His view is that …`
    const copular = /^(is|was|'s|’s)$/.test(tokens[cue.last]?.lower ?? '') && tokens[cue.last + 1]?.lower === 'that';
    const clause = copular ? span(tokens, cue.last + 1, limit, quotes, unit) : null;
    if (clause) return make('nominal', clause, holderOf(tokens, unit, cue));
    const topic = nominalTopic(tokens, cue, limit);
    return topic ? make('nominal', topic, holderOf(tokens, unit, cue)) : null;
  }
  const passive = readPassive(tokens, unit, cue, beforeCue, subject);
  if (passive) return make('passive', ...passive);
  // `Asked about his plans, Trump said …`, `When asked by Ingraham on Thursday whether …`: a
  // participle opening the sentence reports a question, which starts at its first question word
  const opensSentence = cue.first === unit.first || (cue.first === unit.first + 1 && /^(when|if|after|once)$/.test(tokens[unit.first].lower));
  if (!subject && opensSentence && tokens[cue.first].lower.endsWith('ed')) {
    const end = clauseEnd(tokens, cue.last, unit.last);
    const question = tokens.slice(cue.last, end).findIndex((t) => /^(about|whether|if|why|how|what|to)$/.test(t.lower));
    const start = cue.last + question;
    if (question >= 0 && end - start >= MIN_CONTENT_WORDS) return make('participle', [tokens[start].start, tokens[end - 1].end], null);
  }
  if (!subject && tokens[cue.first].lower.endsWith('ing')) {
    const main = mainSubject(tokens, unit, cue.first) ?? subjectAfterAdverbial(tokens, unit, cue, quotes);
    return complement ? make('participle', complement, main) : null;
  }
  const fronted = frontedContentEnd(tokens, unit, subject ? subject.first : beforeCue, tokens[cue.last]?.text === ',');
  const frontedClaim = () => {
    // `…, said Donna Brazile`: only verbs of saying put their subject after them, and only they
    // report content before them with no subject at all (`…, officials said` aside)
    const saying = tokens.slice(cue.first, cue.last).some((t) => wordCueProbability(t.lower) >= REPORTING_VERB);
    if (!subject && !saying) return null;
    const source = subject ?? sourceAfter(tokens, unit, cue.last);
    const afterCue = source && source.first >= cue.last ? source.last : cue.last;
    return make('fronted', [tokens[unit.first].start, continuation(tokens, unit, afterCue, quotes) ?? fronted!], source);
  };
  // `“A,” she said, “B.”`: content on both sides of the cue is one fronted quote, not a complement
  if (fronted !== null && tokens[cue.last]?.text === ',') return frontedClaim();
  // `“A,” Mills wrote to Clinton in a message`: after a fronted quote, only `that` or a quote makes a complement
  const quotedBefore = fronted !== null && isClosingQuote(tokens[(subject ? subject.first : beforeCue) - 1].text);
  const complementOpens = complement !== null && /^(that\b|["“„«]|'')/.test(analysis.text.slice(...complement));
  if (quotedBefore && !complementOpens) return frontedClaim();
  // `Rich Heffley, a GOP operative who ran the 2008 effort, said …`: a name and its description, not content
  const named = complement && !subject && fronted !== null ? namedSubjectOpening(tokens, unit, beforeCue) : null;
  if (named && complement) return make('complement', complement, named);
  const complementSource = complement && (subject ?? (fronted === null ? leadingSubject(tokens, unit, cue.first) : null));
  if (complementSource) return make('complement', complement, complementSource);
  // `X, who organised the letter, said Clinton's response was undercut`: a clause after the cue is
  // its content, not an inverted source, whoever the subject the walk could not find
  if (complement && fronted !== null && !subject && opensClause(tokens, cue.last, limit)) return make('complement', complement, null);
  if (fronted !== null) return frontedClaim();

  if (subject) {
    const object = objectAfter(tokens, cue, limit);
    if (object) return make('object', object, subject);
  }
  return null;
}

/**
 * `It was first reported by MSNBC` / `The plan, as described by aides, …`: in the passive the
 * source follows `by` and the content is the subject (or the fronted clause).
 */
function readPassive(tokens: Token[], unit: Unit, cue: Cue, beforeCue: number, subject: Phrase | null): [[number, number], Phrase] | null {
  if (tokens[cue.last]?.lower !== 'by') return null;
  const auxiliary = tokens.slice(beforeCue, cue.first).some((t) => /^(is|are|was|were|been|be|being)$/.test(t.lower));
  if (!auxiliary) return null;
  const source = phraseStartingAt(tokens, cue.last + 1, unit.last);
  if (!source) return null;
  const fronted = frontedContentEnd(tokens, unit, subject ? subject.first : beforeCue, tokens[cue.last]?.text === ',');
  if (fronted !== null) return [[tokens[unit.first].start, fronted], source];
  return subject ? [range(tokens, subject), source] : null;
}

/** `Trump: We will win`: a headline or lead that gives its source and a colon. */
export function readColonAttribution(analysis: Analysis, unit: Unit): Attribution | null {
  const { tokens } = analysis;
  // `"PENCE: Well, …`: a transcript quoted whole names its speakers inside the quote marks
  const first = isOpeningQuote(tokens[unit.first].text) ? unit.first + 1 : unit.first;
  let colon = -1;
  for (let i = first + 1; i < Math.min(unit.last, first + 7); i++) {
    if (tokens[i].text === ':') {
      colon = i;
      break;
    }
  }
  if (colon < 0 || unit.last - colon - 1 < 3) return null;
  const source = phraseEndingAt(tokens, colon, first);
  if (!source || source.first !== first || !speaksBeforeColon(tokens, source)) return null;
  return {
    shape: 'colon',
    content: [tokens[colon + 1].start, trimmedEnd(tokens, colon + 1, unit.last)],
    source: range(tokens, source),
    cue: [tokens[colon].start, tokens[colon].end],
    probability: 0.5,
  };
}

/**
 * `Graham: …`, `JAKE TAPPER: …`, `Report: …` speak; `BUSTED: …`, `Breaking: …` and `Their goal:
 * …` label what follows: the phrase must end in a name that is no headline label, or a document.
 */
function speaksBeforeColon(tokens: Token[], source: Phrase): boolean {
  const head = tokens[source.last - 1];
  if (HEADLINE_LABELS.has(head.lower) || source.last - source.first > 4) return false;
  return head.pos === 'PROPN' || /^\p{Lu}/u.test(head.text) || DOCUMENT_HEADS.has(head.lower);
}
const HEADLINE_LABELS = new Set(['breaking', 'revealed', 'busted', 'boom', 'look', 'watch', 'exclusive', 'update', 'updated', 'leaked', 'bombshell', 'photos', 'video', 'opinion', 'analysis', 'editorial', 'wow', 'confirmed', 'developing', 'alert']);

function readPrepositional(tokens: Token[], unit: Unit, cue: Cue): Attribution | null {
  const phrase = phraseStartingAt(tokens, cue.last, unit.last) ?? compoundStartingAt(tokens, cue.last, unit.last) ?? stretchAfter(tokens, cue.last, unit.last);
  if (!phrase) return null;
  const source = withAppositiveAfter(tokens, phrase, unit.last);
  const cueRange: [number, number] = [tokens[cue.first].start, tokens[cue.last - 1].end];
  const make = (start: number, end: number): Attribution => ({ shape: 'according', content: [tokens[start].start, end], source: range(tokens, source), cue: cueRange, probability: cue.probability });
  // `According to X, …`, `But according to X, …`, `Now, according to X, …`
  const opening = cue.first - unit.first <= 3 && tokens.slice(unit.first, cue.first).every((t) => /^(CCONJ|ADV|PUNCT)$/.test(t.pos) || isTimeWord(t));
  let after = source.last;
  while (after < unit.last && tokens[after].text === ',') after++;
  if (opening) return unit.last - after < MIN_CONTENT_WORDS ? null : make(after, trimmedEnd(tokens, after, unit.last));
  let end = cue.first;
  while (end > unit.first && /^[,;:(—–-]$/.test(tokens[end - 1].text)) end--;
  // `Fundraising, according to the campaign, has surged …`: the content runs on around the cue
  if (tokens[source.last]?.text === ',' && hasFiniteVerb(tokens, after, unit.last) && !hasFiniteVerb(tokens, unit.first, end)) return make(unit.first, trimmedEnd(tokens, unit.first, unit.last));
  if (end - unit.first < MIN_CONTENT_WORDS) return null;
  return make(unit.first, tokens[end - 1].end);
}

/**
 * The subject just before a cue. Across commas it stretches back over appositives to the name
 * they describe (`Marley Anderson, 21, a junior from Las Vegas, said`), stopping at the first
 * comma-separated stretch that is not a noun phrase: that stretch is fronted content.
 */
function subjectBefore(tokens: Token[], unit: Unit, end: number): Phrase | null {
  if (end <= unit.first) return null;
  // `Sen. Chuck Schumer (D-N.Y.) said`: a parenthesis after the name belongs to the subject
  if (tokens[end - 1].text === ')') {
    let open = end - 2;
    while (open > unit.first && end - open < 10 && tokens[open].text !== '(') open--;
    const named = tokens[open]?.text === '(' ? subjectBefore(tokens, unit, open) : null;
    return named ? { first: named.first, last: end } : null;
  }
  if (tokens[end - 1].text !== ',') {
    const phrase = phraseEndingAt(tokens, end, unit.first);
    return phrase && !isTimeWord(tokens[phrase.last - 1]) && !isTimePhrase(tokens, phrase) ? (relativeAntecedent(tokens, unit, phrase) ?? phrase) : null;
  }
  let segmentEnd = end - 1;
  let head: Phrase | null = null;
  for (let k = 0; k < MAX_APPOSITIVES && segmentEnd > unit.first; k++) {
    let segmentStart = segmentEnd;
    while (segmentStart > unit.first && tokens[segmentStart - 1].text !== ',' && !isClauseBoundary(tokens, segmentStart - 1)) segmentStart--;
    if (segmentStart === unit.first && tokens[segmentStart].pos === 'CCONJ' && segmentStart < segmentEnd - 1) segmentStart++;
    const phrase = phraseEndingAt(tokens, segmentEnd, segmentStart);
    const whole = phrase !== null && phrase.first === segmentStart;
    const first = tokens[segmentStart];
    // `Christie, hoping to surge in New Hampshire, called …`: participles and relative clauses describe too
    const appositive = whole || startsAppositive(first) || /^(who|which)$/.test(first.lower) || (first.pos === 'VERB' && /(ing|ed)$/.test(first.lower) && k === 0);
    if (!appositive) break;
    // the opening segment need not parse as one noun phrase (`The Nobel-winning novelist Mario
    // Vargas Llosa, one of the signatories, told …`) as long as no finite verb makes it a clause
    const opening = segmentStart === unit.first || tokens[segmentStart - 1].text !== ',';
    if (whole || (opening && !hasFiniteVerb(tokens, segmentStart, segmentEnd))) head = { first: segmentStart, last: end - 1 };
    if (segmentStart === unit.first || tokens[segmentStart - 1].text !== ',') break;
    segmentEnd = segmentStart - 1;
  }
  if (!head || head.last - head.first > 40) return null;
  // a bare appositive with no name before it is no subject: `…, a source said` keeps its own NP
  return tokens.slice(head.first, head.last).some((t) => t.pos === 'PROPN' || t.pos === 'PRON') || head.first === unit.first ? head : null;
}

/** `In the end`, `Walking into the office to chants`: a stretch that opens like an adverbial and has no finite verb. */
const isAdverbial = (tokens: Token[], first: number, last: number) =>
  (/^(ADP|ADV|SCONJ)$/.test(tokens[first].pos) || (tokens[first].pos === 'VERB' && /(ing|ed)$/.test(tokens[first].lower))) && !hasFiniteVerb(tokens, first, last);

/**
 * `a White House official who spoke anonymously to discuss internal strategy said`: the noun
 * phrase before the cue ends a relative clause, and the speaker is the one the clause describes.
 */
function relativeAntecedent(tokens: Token[], unit: Unit, phrase: Phrase): Phrase | null {
  for (let w = phrase.first - 1; w > unit.first && phrase.first - w <= MAX_RELATIVE_CLAUSE; w--) {
    const t = tokens[w];
    if (/^[,;:“”"()—–]$/.test(t.text)) return null;
    if (!/^(who|that)$/.test(t.lower)) continue;
    const antecedent = phraseEndingAt(tokens, w, unit.first);
    const clauseHasVerb = tokens.slice(w + 1, phrase.first).some((v) => v.pos === 'VERB' || v.pos === 'AUX');
    return antecedent && clauseHasVerb && !isTimePhrase(tokens, antecedent) ? { first: antecedent.first, last: phrase.last } : null;
  }
  return null;
}
const MAX_RELATIVE_CLAUSE = 12;

const hasFiniteVerb = (tokens: Token[], first: number, last: number) =>
  tokens.slice(first, last).some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !/(ing|ed)$/.test(t.lower)));

/** The subject of the clause a participle cue hangs from: `Trump posted a video, saying …`. */
function mainSubject(tokens: Token[], unit: Unit, before: number): Phrase | null {
  return mainClause(tokens, unit, before)?.subject ?? openingName(tokens, unit, before);
}

/**
 * `When Trump launched his campaign, his critics denounced him …`, `In response to the proposal,
 * Clinton's aide rallied supporters …`: a sentence opening with a preposition or subordinating
 * conjunction has its main clause after the comma that closes that opening, where a noun phrase
 * and its verb follow.
 */
function mainClauseStart(tokens: Token[], unit: Unit, before: number): number {
  const opening = tokens[unit.first];
  if (!/^(ADP|SCONJ)$/.test(opening.pos) || opening.lower === 'that') return unit.first;
  for (let k = unit.first + 1; k < before - 2; k++) {
    if (tokens[k].text !== ',') continue;
    const phrase = phraseStartingAt(tokens, k + 1, before);
    if (!phrase) continue;
    let verb = phrase.last;
    while (verb < before && isBetweenSubjectAndCue(tokens[verb])) verb++;
    if (verb < before && (tokens[verb].pos === 'VERB' || tokens[verb].pos === 'AUX')) return k + 1;
  }
  return unit.first;
}

/**
 * `After thanking the crowd, he touted …`, `In rejecting a similar challenge, the commission
 * recognised …`: a participle in the adverbial opening a sentence has the main clause's subject,
 * the noun phrase and verb after the comma that closes the adverbial.
 */
function subjectAfterAdverbial(tokens: Token[], unit: Unit, cue: Cue, quotes: Quote[]): Phrase | null {
  if (hasFiniteVerb(tokens, unit.first, cue.first)) return null;
  for (let k = cue.last; k < unit.last - 2; k++) {
    if (tokens[k].text !== ',' || insideQuote(quotes, tokens[k].start)) continue;
    const phrase = phraseStartingAt(tokens, k + 1, unit.last);
    if (!phrase || isTimePhrase(tokens, phrase)) continue;
    let verb = phrase.last;
    while (verb < unit.last && tokens[verb].pos === 'ADV') verb++;
    if (tokens[verb] && (tokens[verb].pos === 'AUX' || tokens[verb].pos === 'VERB')) return phrase;
  }
  return null;
}

/**
 * `Former Gov. Mike Huckabee, for his part, is labeling …`: when the walk back from the verb
 * fails, a name or pronoun opening the sentence is its subject.
 */
function openingName(tokens: Token[], unit: Unit, before: number): Phrase | null {
  const first = tokens[unit.first].pos === 'CCONJ' ? unit.first + 1 : unit.first;
  const phrase = phraseStartingAt(tokens, first, before);
  if (!phrase || isTimePhrase(tokens, phrase)) return null;
  const words = tokens.slice(phrase.first, phrase.last);
  const named = words.some((t) => t.pos === 'PROPN') || (words.length === 1 && /^(he|she|they|we|i)$/.test(words[0].lower));
  const next = tokens[phrase.last];
  const followed = next !== undefined && (next.text === ',' || next.text === '(' || /^(AUX|VERB|ADV)$/.test(next.pos));
  return named && followed ? phrase : null;
}

/** A unit's first verb before `before` (with the verb an auxiliary leads to) and its subject. */
export function mainClause(tokens: Token[], whole: Unit, before: number): { subject: Phrase | null; verb: Phrase } | null {
  const first = mainClauseStart(tokens, whole, before);
  const unit = { ...whole, first, start: tokens[first].start };
  for (let v = unit.first + 1; v < before; v++) {
    if (tokens[v].pos !== 'VERB' && tokens[v].pos !== 'AUX') continue;
    let end = v;
    while (end > unit.first && BETWEEN_SUBJECT_AND_CUE.has(tokens[end - 1].pos)) end--;
    let last = v + 1;
    while (last < before && (tokens[last].pos === 'VERB' || tokens[last].pos === 'AUX')) last++;
    return { subject: subjectBefore(tokens, unit, end), verb: { first: v, last } };
  }
  return null;
}

/** `criticism of the deal`, `support for the bill`, `concerns about turnout`: what a reporting noun is about. */
function nominalTopic(tokens: Token[], cue: Cue, limit: number): [number, number] | null {
  const preposition = tokens[cue.last];
  if (!preposition || !/^(of|for|about|over|on|against|with|that)$/.test(preposition.lower)) return null;
  const object = phraseStartingAt(tokens, cue.last + 1, limit);
  return object ? objectSpan(tokens, object, limit) : null;
}

/**
 * Whose the reporting noun is: a possessive before it (`Clinton's criticism`, `his support`), or
 * the subject of the clause it stands in (`Democrats voiced concerns about …`).
 */
function holderOf(tokens: Token[], unit: Unit, cue: Cue): Phrase | null {
  let i = cue.first - 1;
  while (i >= unit.first && (tokens[i].pos === 'ADJ' || tokens[i].pos === 'ADV')) i--;
  if (i >= unit.first && /^(his|her|their|its|our|my)$/.test(tokens[i].lower)) return { first: i, last: i + 1 };
  if (i > unit.first && /^['’]s?$/.test(tokens[i].lower)) {
    const owner = phraseEndingAt(tokens, i, unit.first);
    if (owner) return owner;
  }
  return mainSubject(tokens, unit, cue.first);
}

/**
 * A sentence that opens with a name and a comma before its cue (`Rich Heffley, a top GOP operative
 * who …, said`) names its speaker there, however long the description: the source runs from the
 * name to the comma before the cue.
 */
function namedSubjectOpening(tokens: Token[], unit: Unit, beforeCue: number): Phrase | null {
  const first = tokens[unit.first].pos === 'CCONJ' ? unit.first + 1 : unit.first;
  const name = phraseStartingAt(tokens, first, beforeCue);
  if (!name || beforeCue - first > 40) return null;
  const closing = tokens[beforeCue - 1]?.text;
  // `Many speakers at the service — including Muslims, Christians — said`: an aside between dashes
  if (DASH.test(closing ?? '') && DASH.test(tokens[name.last]?.text ?? '') && name.last < beforeCue - 2) return { first, last: beforeCue - 1 };
  if (tokens[name.last]?.text !== ',' || !tokens.slice(name.first, name.last).some((t) => t.pos === 'PROPN')) return null;
  if (closing !== ',') return null;
  return { first, last: beforeCue - 1 };
}
const DASH = /^[—–-]$/;

/**
 * `according to figures her campaign released Friday`, `according to the most recent average of
 * polls`: when no noun phrase parses, whatever runs to the end of the clause, if short, names the source.
 */
function stretchAfter(tokens: Token[], i: number, limit: number): Phrase | null {
  const end = clauseEnd(tokens, i, limit);
  const words = tokens.slice(i, end);
  return end > i && end - i <= MAX_STRETCH && words.some((t) => /^(NOUN|PROPN|VERB)$/.test(t.pos)) ? { first: i, last: end } : null;
}
const MAX_STRETCH = 12;

/** `according to exit polls`: wink-nlp tags the first noun of some compounds as a verb. */
function compoundStartingAt(tokens: Token[], i: number, limit: number): Phrase | null {
  if (tokens[i]?.pos !== 'VERB' || tokens[i + 1]?.pos !== 'NOUN') return null;
  let last = i + 1;
  while (last < limit && tokens[last].pos === 'NOUN') last++;
  return { first: i, last };
}

/**
 * `Nearly nine out of 10 say`, `most said`, `those surveyed say`: the share of a poll's
 * respondents that opens a clause is its subject.
 */
function shareOfPeople(tokens: Token[], unit: Unit, end: number): Phrase | null {
  let first = end;
  while (first > unit.first && end - first < 8 && (SHARE_WORD.test(tokens[first - 1].lower) || tokens[first - 1].pos === 'NUM')) first--;
  if (first === end) return null;
  const opensClause = first === unit.first || /^[,;:—–-]$/.test(tokens[first - 1].text) || tokens[first - 1].pos === 'CCONJ';
  const words = tokens.slice(first, end);
  const quantity = words.some((t) => t.pos === 'NUM' || /^(most|many|half|third|quarter|majority|plurality|minority|few|some|those|all|both)$/.test(t.lower));
  return opensClause && quantity ? { first, last: end } : null;
}
const SHARE_WORD = /^(nearly|almost|about|roughly|around|more|less|fewer|than|over|under|just|only|a|an|the|out|of|in|most|many|half|third|thirds|quarter|quarters|fifth|majority|plurality|minority|few|some|those|all|both|percent|%|surveyed|polled|questioned|interviewed|asked)$/;

/**
 * A subject too long for the noun-phrase walk (`Large majorities of voters in six states going to
 * the polls on Super Tuesday said …`): the noun phrase opening the sentence, when no finite verb
 * stands between it and the cue.
 */
function leadingSubject(tokens: Token[], unit: Unit, cueFirst: number): Phrase | null {
  const phrase = phraseStartingAt(tokens, unit.first, cueFirst);
  if (!phrase || cueFirst - unit.first > 25) return null;
  for (let i = phrase.last; i < cueFirst; i++) {
    const t = tokens[i];
    if (t.pos === 'AUX' || /^[,;:“”"]$/.test(t.text) || (t.pos === 'VERB' && !/(ing|ed)$/.test(t.lower))) return null;
  }
  return phrase;
}

/**
 * The inverted source after a cue: `…, said Donna Brazile, the chairwoman of the DNC.` What
 * follows the name after a comma describes the speaker (`said Sara Walker, 44, a home-care aide
 * from Nashua who attended the rally.`, `said Patrick Murray, who …`), so the source runs on to
 * the end of the sentence unless a quote resumes.
 */
function sourceAfter(tokens: Token[], unit: Unit, start: number): Phrase | null {
  const phrase = phraseStartingAt(tokens, start, unit.last);
  if (!phrase || isTimePhrase(tokens, phrase) || (phrase.last - phrase.first === 1 && /^(that|this|which|it)$/.test(tokens[phrase.first].lower))) return null;
  const describing = tokens[phrase.last + 1] && (startsAppositive(tokens[phrase.last + 1]) || /^(who|whose)$/.test(tokens[phrase.last + 1].lower));
  if (tokens[phrase.last]?.text !== ',' || !describing) return phrase;
  let end = phrase.last + 1;
  while (end < unit.last && !isOpeningQuote(tokens[end].text)) end++;
  while (end > phrase.last && /^[.,;:!?—–-]$/.test(tokens[end - 1].text)) end--;
  return { first: phrase.first, last: end };
}

/** A noun phrase at `i` directly followed by its finite verb: `Clinton's response was undercut`. */
function opensClause(tokens: Token[], i: number, limit: number): boolean {
  const phrase = phraseStartingAt(tokens, i, limit);
  if (!phrase) return false;
  let verb = phrase.last;
  while (verb < limit && tokens[verb].pos === 'ADV') verb++;
  const t = tokens[verb];
  return t !== undefined && verb < limit && (t.pos === 'AUX' || (t.pos === 'VERB' && !/(ing|ed)$/.test(t.lower)));
}

const startsAppositive = (t: Token | undefined) => t !== undefined && /^(DET|ADJ|NUM|NOUN|PROPN)$/.test(t.pos) && !isTimeWord(t);

/**
 * Where fronted content ends when the cue (or its subject) follows a comma or a closing quote:
 * `CONTENT, he said` ends before the comma, `“CONTENT,” he said` after the closing quote.
 */
function frontedContentEnd(tokens: Token[], unit: Unit, boundary: number, parenthetical = false): number | null {
  const before = tokens[boundary - 1];
  // `Survival, Mr. VandeHei says, depends on …`: a cue set off by commas may follow a single word
  if (!before || boundary - 1 - unit.first < (parenthetical ? 1 : MIN_CONTENT_WORDS)) return null;
  const quoted = isClosingQuote(before.text);
  if (!quoted && !/^[,:—–-]$/.test(before.text)) return null;
  // `In New Hampshire, Christie railed …`, `On this weekend's “Fox News Sunday,” Pence said …`: an
  // adverbial opening the sentence has no verb of its own and is no content (`In particular, Will
  // wrote, Christie can …` is the exception: the content runs on after the cue)
  if (!parenthetical && !isOpeningQuote(tokens[unit.first].text) && isAdverbial(tokens, unit.first, boundary - 1)) return null;
  return quoted ? before.end : tokens[boundary - 2].end;
}

/**
 * Fronted content goes on after the cue when the sentence does: `“A,” she said, “B.”` or
 * `The economy, he said, is strong.`; an adverbial tail (`, in a statement`) does not count.
 */
function continuation(tokens: Token[], unit: Unit, afterCue: number, quotes: Quote[]): number | null {
  if (tokens[afterCue]?.text !== ',' || afterCue + 1 >= unit.last) return null;
  const next = tokens[afterCue + 1];
  if (isOpeningQuote(next.text)) return contentEndOf(tokens, unit, afterCue + 1, quotes);
  if (next.lower.endsWith('ing') || /^(who|whose|which)$/.test(next.lower)) return null;
  const rest = tokens.slice(afterCue + 1, unit.last);
  return rest.some((t) => t.pos === 'VERB' || t.pos === 'AUX') ? trimmedEnd(tokens, afterCue + 1, unit.last) : null;
}

/**
 * What a cue introduces after it: a `that`-clause, a quote, or a clause with its own verb
 * (`said on Friday he met …` starts at `he`), skipping the listener of `told`. Null when what
 * follows is no clause (`said Tuesday.`, `told reporters.`).
 */
function complementAfter(tokens: Token[], unit: Unit, cue: Cue, quotes: Quote[], limit: number, announced: Quote | null): [number, number] | null {
  let i = cue.last;
  if (LISTENER_CUES.has(tokens[cue.first].lower)) {
    const listener = phraseStartingAt(tokens, i, limit);
    if (listener && !tokens.slice(listener.first, listener.last).some((t) => t.lower === 'that')) i = listener.last;
  }
  while (i < limit && /^[,:]$/.test(tokens[i].text)) i++;
  if (i >= limit) return announced && tokens[limit - 1].text === ':' ? [announced.start, announced.end] : null;
  if (isOpeningQuote(tokens[i].text)) return [tokens[i].start, contentEndOf(tokens, unit, i, quotes)];

  // `said on Friday he met …`: a leading adverbial is skipped to the subject of the clause
  const adverbialFirst = tokens[i].pos === 'ADP' || tokens[i].pos === 'ADV' || isTimeWord(tokens[i]);
  // `backed the deal`, `accused the media of …`: a noun phrase that no verb follows is the object
  const object = adverbialFirst ? null : phraseStartingAt(tokens, i, limit);
  const afterObject = object ? tokens[object.last] : undefined;
  const objectEnds = !afterObject || object!.last >= limit || /^[.;!?]$/.test(afterObject.text) || afterObject.pos === 'ADP' || afterObject.lower === 'to';
  if (object && objectEnds && !isTimeWord(tokens[object.first]) && !/^(that|he|she|they|we|i|it|you)$/.test(tokens[object.first].lower)) {
    const [start, end] = objectSpan(tokens, object, limit);
    // `hope her attacks on Clinton just might make her …`: a verb after the phrase makes it a clause's subject
    let next = firstTokenFrom(tokens, end);
    while (next >= 0 && next < limit && tokens[next].pos === 'ADV') next++;
    const clause = next >= 0 && next < limit && (tokens[next].pos === 'AUX' || (tokens[next].pos === 'VERB' && !tokens[next].lower.endsWith('ing')));
    return clause ? span(tokens, i, limit, quotes, unit) : [start, end];
  }
  for (let j = i; j < Math.min(limit, i + MAX_WORDS_BEFORE_CLAUSE); j++) {
    const t = tokens[j];
    if ((t.lower === 'that' && t.pos === 'SCONJ') || t.lower === 'if' || t.lower === 'whether') return span(tokens, j, limit, quotes, unit);
    if (isOpeningQuote(t.text) && j > i) {
      return tokens[j - 1].text === ',' ? [t.start, contentEndOf(tokens, unit, j, quotes)] : span(tokens, i, limit, quotes, unit);
    }
    // `said following a vote in 2001 that …`: a participle in an adverbial is not the clause's verb
    if (t.pos === 'VERB' && t.lower.endsWith('ing') && (j === i || tokens[j - 1].pos === 'ADP' || tokens[j - 1].text === ',')) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      if (j === i) return null;
      if (tokens[j - 1].lower === 'to' || !adverbialFirst) return span(tokens, i, limit, quotes, unit);
      let end = j;
      while (end > i && BETWEEN_SUBJECT_AND_CUE.has(tokens[end - 1].pos)) end--;
      const clauseSubject = phraseEndingAt(tokens, end, i);
      let start = i;
      while (start < j && isTimeWord(tokens[start])) start++;
      return span(tokens, clauseSubject && end - i <= 20 ? clauseSubject.first : start, limit, quotes, unit);
    }
    if (/^[;.!?]$/.test(t.text)) break;
  }
  return null;
}

/** The object of a cue when no clause follows: `criticized the president's plan`, not `said Tuesday`. */
function objectAfter(tokens: Token[], cue: Cue, limit: number): [number, number] | null {
  let i = cue.last;
  while (i < limit && tokens[i].pos === 'ADP' && i - cue.last < 2) i++;
  const object = phraseStartingAt(tokens, i, limit);
  if (!object || isTimeWord(tokens[object.first])) return null;
  return objectSpan(tokens, object, limit);
}

/**
 * An object noun phrase with what completes it: prepositional phrases (`accused the media of
 * distorting her message`) and an infinitive (`urged surrogates to parrot his comments`), up to
 * the next comma, conjunction or clause.
 */
function objectSpan(tokens: Token[], object: Phrase, limit: number): [number, number] {
  let end = object.last;
  while (end < limit) {
    const t = tokens[end];
    // `repeated his position at a town hall`: a phrase of place or time is the report's, not the object's
    if (t.pos === 'ADP' && /^(at|during|amid|throughout|until)$/.test(t.lower)) break;
    if (t.pos === 'ADP' && !/^(because|after|while|before|since|although|as|if|than)$/.test(t.lower)) {
      const inner = phraseStartingAt(tokens, end + 1, limit);
      if (inner) end = inner.last;
      else if (tokens[end + 1]?.pos === 'VERB') end = clauseEnd(tokens, end + 1, limit);
      else break;
    } else if (t.lower === 'to' && tokens[end + 1]?.pos === 'VERB') {
      end = clauseEnd(tokens, end + 1, limit);
    } else if (t.lower === 'as' && phraseStartingAt(tokens, end + 1, limit)) {
      end = phraseStartingAt(tokens, end + 1, limit)!.last;
    } else if (t.lower === 'as' && /^(ADJ|ADV)$/.test(tokens[end + 1]?.pos ?? '')) {
      // `cast him as weak on immigration`
      end = clauseEnd(tokens, end + 1, limit);
    } else if (/^(and|or)$/.test(t.lower) && phraseStartingAt(tokens, end + 1, limit)) {
      // `criticized Trump and his rhetoric`
      end = phraseStartingAt(tokens, end + 1, limit)!.last;
    } else if (t.text === ',' && listEnd(tokens, end, limit) > end) {
      // `promising universal health care, free college and other costly programs`
      end = listEnd(tokens, end, limit);
    } else {
      break;
    }
  }
  return [tokens[object.first].start, tokens[end - 1].end];
}

/** `, B, C and D` after a first noun phrase: where the list ends, or `comma` if none follows. */
function listEnd(tokens: Token[], comma: number, limit: number): number {
  let i = comma;
  while (i < limit && tokens[i].text === ',') {
    let next = i + 1;
    if (/^(and|or)$/.test(tokens[next]?.lower ?? '')) next++;
    const item = phraseStartingAt(tokens, next, limit);
    if (!item) return comma;
    if (next > i + 1) return item.last;
    i = item.last;
    if (/^(and|or)$/.test(tokens[i]?.lower ?? '')) {
      const last = phraseStartingAt(tokens, i + 1, limit);
      return last ? last.last : comma;
    }
  }
  return comma;
}

/** Where a clause that starts at `i` ends: the next comma, semicolon or full stop. */
function clauseEnd(tokens: Token[], i: number, limit: number): number {
  let end = i;
  while (end < limit && !/^[,;.:!?]$/.test(tokens[end].text)) end++;
  return end;
}

function span(tokens: Token[], start: number, limit: number, quotes: Quote[], unit: Unit): [number, number] | null {
  if (limit - start < MIN_CONTENT_WORDS) return null;
  if (isQuoteMark(tokens[start].text)) return [tokens[start].start, contentEndOf(tokens, unit, start, quotes)];
  return [tokens[start].start, trimmedEnd(tokens, start, nextMainClause(tokens, start, limit, quotes))];
}

/**
 * Where reported content gives way to the writer's next clause: a comma (or `, and`) followed by a
 * new subject and its verb: `saying that he respects her, he continued to doubt …`. Commas inside
 * quotes do not count.
 */
function nextMainClause(tokens: Token[], start: number, limit: number, quotes: Quote[]): number {
  for (let k = start + 2; k < limit - 2; k++) {
    // `called on him to resign and said …`: a second reporting verb of the same subject
    if (/^(and|but)$/.test(tokens[k].lower) && tokens[k + 1].pos === 'VERB' && wordCueProbability(tokens[k + 1].lower) >= REPORTING_VERB && !insideQuote(quotes, tokens[k].start)) return k;
    if (tokens[k].text === ';' && !insideQuote(quotes, tokens[k].start)) return k;
    // `… "non-entities in the Senate," but he gave …`, `… "less advanced schools," Trump said`:
    // the comma closing a quote sits inside it, and the quote mark stands for it
    const quotedComma = isClosingQuote(tokens[k].text) && tokens[k - 1].text === ',';
    if ((tokens[k].text !== ',' && !quotedComma) || insideQuote(quotes, tokens[k].start)) continue;
    // `…, while 22 percent said …`: a contrast opens a clause of its own
    const first = tokens[k + 1].pos === 'CCONJ' || /^(while|whereas)$/.test(tokens[k + 1].lower) ? k + 2 : k + 1;
    if (/^(which|who|whom|whose|that|where|when|while|as|if|because|including)$/.test(tokens[first]?.lower ?? '')) continue;
    const subject = phraseStartingAt(tokens, first, limit);
    if (!subject || subject.last - subject.first > 4 || subject.last >= limit) continue;
    let verb = subject.last;
    while (verb < limit && tokens[verb].pos === 'ADV') verb++;
    if (tokens[verb] && (tokens[verb].pos === 'AUX' || (tokens[verb].pos === 'VERB' && !tokens[verb].lower.endsWith('ing')))) return quotedComma ? k + 1 : k;
  }
  return limit;
}

/** Content starting at a quote runs to the end of the quote; otherwise to the end of the unit less its full stop. */
function contentEndOf(tokens: Token[], unit: Unit, start: number, quotes: Quote[]): number {
  const quote = quotes.find((q) => q.start === tokens[start].start);
  if (quote) return quote.end;
  return trimmedEnd(tokens, start, unit.last);
}

function trimmedEnd(tokens: Token[], start: number, last: number): number {
  let end = last;
  while (end > start + 1 && /^[.,;:!—–-]$/.test(tokens[end - 1].text)) end--;
  return tokens[end - 1].end;
}

/** A phrase's tokens as a character range. */
export const range = (tokens: Token[], p: Phrase): [number, number] => [tokens[p.first].start, tokens[p.last - 1].end];

/**
 * A relative pronoun names its speaker through what it follows: `Barkley, who said …` is
 * Barkley's claim, so the source spans `Barkley, who`.
 */
function withAntecedent(tokens: Token[], unit: Unit, source: Phrase): Phrase {
  if (source.last - source.first !== 1 || !/^(who|which)$/.test(tokens[source.first].lower)) return source;
  let end = source.first;
  while (end > unit.first && tokens[end - 1].text === ',') end--;
  const antecedent = phraseEndingAt(tokens, end, unit.first);
  return antecedent ? { first: antecedent.first, last: source.last } : source;
}
