import type { Analysis, Token } from '../tokens/analyse.ts';
import type { Cue } from '../cues/cues.ts';
import { wordCueProbability } from '../cues/cue-lexicon.ts';
import { DOCUMENT_HEADS } from '../speakers/speaker-words.ts';
import { isPlace } from '../speakers/organisations.ts';
import { phraseEndingAt, phraseStartingAt, withAppositiveAfter, isTimeWord, type Phrase } from './noun-phrases.ts';
import { isClosingQuote, isOpeningQuote, isQuoteMark, type Quote } from '../tokens/quotes.ts';
import type { Unit } from '../tokens/units.ts';
import { REPORTING_VERB, clauseEnd, hasFiniteVerb, isBetweenSubjectAndCue, range } from './clauses.ts';
import { holderOf, leadingSubject, mainSubject, namedSubjectOpening, shareOfPeople, sourceAfter, subjectAfterAdverbial, subjectBefore, withAntecedent } from './subjects.ts';
import { MIN_CONTENT_WORDS, SETS_OFF, complementAfter, continuation, frontedContentEnd, nominalTopic, objectAfter, opensClause, span, trimmedEnd } from './contents.ts';

/** An attribution found in a unit, as character ranges, before its speaker is resolved. */
export interface Attribution {
  content: [number, number];
  source: [number, number] | null;
  cue: [number, number];
  probability: number;
  /** which shape of report it was read from; the claim model weighs them differently */
  shape: AttributionShape;
  /** how far its content may run, where a clause boundary ends it whatever the content model reads */
  reach?: number;
}

export type AttributionShape = 'complement' | 'fronted' | 'object' | 'participle' | 'colon' | 'according' | 'passive' | 'nominal' | 'quoted' | 'continued' | 'coordinated';

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
  const limit = Math.min(unit.last, subordinateClauseEnd(tokens, unit, cue) ?? unit.last, ...stops.filter((s) => s > cue.last));
  const make = (shape: AttributionShape, content: [number, number], source: Phrase | null): Attribution => ({
    shape,
    content: source && content[0] >= cueRange[1] ? withinRelativeClause(tokens, unit, source, content) : content,
    source: source ? range(tokens, withAntecedent(tokens, unit, source)) : null,
    cue: cueRange,
    probability: cue.probability,
    ...(limit < unit.last && content[0] >= cueRange[1] ? { reach: tokens[limit].start } : {}),
  });

  let beforeCue = cue.first;
  while (beforeCue > unit.first && isBetweenSubjectAndCue(tokens[beforeCue - 1]) && cue.first - beforeCue < 3) beforeCue--;
  // `spoke on condition of anonymity to discuss …`: an infinitive's subject is its clause's
  const infinitive = cue.first > unit.first && tokens[cue.first - 1].lower === 'to' && tokens[cue.first - 1].pos === 'PART';
  // `…, saying that …`: a participle after a comma has no subject of its own before it
  const trailingParticiple = tokens[cue.first].lower.endsWith('ing') && tokens[beforeCue - 1]?.text === ',';
  const speakerOfPurpose = infinitive ? subjectOfVerbBefore(tokens, unit, cue.first - 1) : null;
  const ownSubject = speakerOfPurpose ?? (trailingParticiple ? null : (subjectBefore(tokens, unit, beforeCue) ?? shareOfPeople(tokens, unit, beforeCue) ?? shareOfPeople(tokens, unit, cue.first)));
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
  // `The economy, he said, is strong` / `The plan — the minister said — will fail`: a cue set off by commas or dashes
  const setOff = SETS_OFF.test(tokens[cue.last]?.text ?? '');
  const fronted = frontedContentEnd(tokens, unit, subject ? subject.first : beforeCue, setOff);
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
  if (fronted !== null && setOff) return frontedClaim();
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
 * `Dan Whitaker, who agreed to serve as an adviser to the campaign, said that …`: a cue whose
 * subject is a relative pronoun sits in a clause that ends where the sentence's own verb resumes
 * after a comma; its content ends there too.
 */
function withinRelativeClause(tokens: Token[], unit: Unit, source: Phrase, content: [number, number]): [number, number] {
  if (!/^(who|which)$/.test(tokens[source.last - 1].lower)) return content;
  for (let k = firstTokenAfter(tokens, unit, content[0]); k < unit.last - 1 && tokens[k].end <= content[1]; k++) {
    if (tokens[k].text !== ',' || isQuoteMark(tokens[k - 1]?.text ?? '') || isQuoteMark(tokens[k + 1].text)) continue;
    let verb = k + 1;
    while (verb < unit.last && tokens[verb].pos === 'ADV') verb++;
    const t = tokens[verb];
    if (t && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing')))) return [content[0], tokens[k - 1].end];
  }
  return content;
}
const firstTokenAfter = (tokens: Token[], unit: Unit, offset: number) => {
  let i = unit.first;
  while (i < unit.last && tokens[i].start < offset) i++;
  return i;
};

/**
 * Where a later cue starts a second attribution, so that content before it ends there:
 * `…, adding that B` / `…, saying: “B”`, a participle after a comma that opens a clause or a quote
 * of its own (one that takes an object, `…, calling for talks`, stays inside the content it
 * continues), and `Republicans said A and Democrats accused the GOP of B`, a verb of saying with
 * its own subject after a conjunction.
 */
export function newAttributionStop(tokens: Token[], unit: Unit, cue: Cue): number | null {
  if (cue.first === 0) return null;
  if (tokens[cue.first - 1].text === ',' && tokens[cue.first].lower.endsWith('ing')) {
    const opens = tokens.slice(cue.last, cue.last + 3).some((t) => (t.lower === 'that' && t.pos === 'SCONJ') || /^[“":]$/.test(t.text));
    return opens ? cue.first - 1 : null;
  }
  if (cue.nominal || cue.last - cue.first !== 1 || wordCueProbability(tokens[cue.first].lower) < REPORTING_VERB) return null;
  const subject = phraseEndingAt(tokens, cue.first, unit.first);
  const conjunction = subject ? subject.first - 1 : -1;
  const named = subject && tokens.slice(subject.first, subject.last).some((t) => t.pos === 'PROPN' || t.pos === 'NOUN');
  return named && conjunction > unit.first && /^(and|but|while|whereas)$/.test(tokens[conjunction].lower) ? conjunction : null;
}

/**
 * `… after the senator spoke at a gathering of conservatives to discuss …`, `spoke on condition of
 * anonymity to discuss …`: an infinitive of purpose after a verb of speaking reports for that
 * verb's subject. After any other verb (`the council met to discuss the budget`) it reports nothing.
 */
function subjectOfVerbBefore(tokens: Token[], unit: Unit, to: number): Phrase | null {
  let verb = to - 1;
  while (verb > unit.first && !(tokens[verb].pos === 'VERB' && !tokens[verb].lower.endsWith('ing')) && !/^[,;:]$/.test(tokens[verb].text)) verb--;
  if (verb <= unit.first || tokens[verb].pos !== 'VERB' || wordCueProbability(tokens[verb].lower) < SPEAKING_VERB) return null;
  let before = verb;
  while (before > unit.first && isBetweenSubjectAndCue(tokens[before - 1])) before--;
  const subject = phraseEndingAt(tokens, before, unit.first);
  return subject && tokens[subject.last - 1].pos !== 'ADP' ? subject : null;
}

/**
 * `When terrorists are revealed as part of the terror war, Obama and Clinton call them …`: a cue
 * in a clause that a subordinating conjunction opens reports no further than that clause's comma.
 */
function subordinateClauseEnd(tokens: Token[], unit: Unit, cue: Cue): number | null {
  if (!SUBORDINATORS.has(tokens[unit.first].lower)) return null;
  if (tokens.slice(unit.first, cue.first).some((t) => t.text === ',' || isQuoteMark(t.text))) return null;
  for (let i = cue.last; i < unit.last; i++) {
    // `… at "less advanced schools," Trump said`: a comma inside a quote ends it with the quote mark
    if (tokens[i].text === ',') return isClosingQuote(tokens[i + 1]?.text ?? '') ? i + 2 : i;
  }
  return null;
}
/** `spoke` (0.34), `appeared`: a verb the train lexicon marks a cue this often is one of speaking, if not of reporting. */
const SPEAKING_VERB = 0.3;
const SUBORDINATORS = new Set(['when', 'if', 'after', 'before', 'because', 'although', 'though', 'while', 'since', 'once', 'unless', 'whenever']);

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
export function readColonAttribution(analysis: Analysis, unit: Unit, paragraph?: Unit): Attribution | null {
  const { tokens } = analysis;
  const turn = paragraph ? transcriptTurn(tokens, unit, paragraph) : null;
  if (turn) return turn;
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
  if (!source || source.first !== first || !speaksBeforeColon(tokens, source) || !readsAsSaid(tokens, colon + 1, unit.last)) return null;
  return {
    shape: 'colon',
    content: [tokens[colon + 1].start, trimmedEnd(tokens, colon + 1, unit.last)],
    source: range(tokens, source),
    cue: [tokens[colon].start, tokens[colon].end],
    probability: 0.5,
  };
}

/**
 * `Q: Your report says stocks rose. Is the recovery real?`, `A: It's real, but it's fragile. …`,
 * `HOLT: Secretary Clinton, …`: a transcript's turn opens its paragraph with the speaker's letter or
 * name in capitals and a colon, and runs to the end of the paragraph, however many sentences it has.
 * `paragraph` is the paragraph's units joined, when `unit` opens it.
 */
function transcriptTurn(tokens: Token[], unit: Unit, paragraph: Unit): Attribution | null {
  const speaker = tokens[unit.first];
  const colon = tokens[unit.first + 1];
  if (colon?.text !== ':' || !/^(?:Q|A|\p{Lu}{2,})$/u.test(speaker.text) || paragraph.last - unit.first < 5) return null;
  if (isPlace(speaker.text) || HEADLINE_LABELS.has(speaker.lower)) return null;
  return {
    shape: 'colon',
    content: [tokens[unit.first + 2].start, trimmedEnd(tokens, unit.first + 2, paragraph.last)],
    source: [speaker.start, speaker.end],
    cue: [colon.start, colon.end],
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
  // `ISLAMABAD: The foreign office said …`: a place in capitals before a colon is a dateline, not a speaker
  const words = tokens.slice(source.first, source.last);
  if (words.every((t) => !/\p{Ll}/u.test(t.text)) && isPlace(words.map((t) => t.text).join(' '))) return false;
  return head.pos === 'PROPN' || /^\p{Lu}/u.test(head.text) || DOCUMENT_HEADS.has(head.lower);
}
/**
 * What follows a speaker's colon is something said: a clause (`Pence: Gennifer Flowers Won’t Be
 * at Debate`) or a headline's phrase (`Lynch: No outside influence on FBI probe`), not the name
 * of a work, verbless and in title capitals (`Te Ara: The Encyclopedia of New Zealand`,
 * `Apocalypse Then: American and Japanese Atomic Cinema, 1951-1967`), which is how citations and
 * subtitles use the colon.
 */
function readsAsSaid(tokens: Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last).filter((t) => /\p{L}/u.test(t.text));
  if (words.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return true;
  return words.filter((t) => /^\p{Lu}/u.test(t.text)).length < TITLE_CAPITALS * words.length;
}
const TITLE_CAPITALS = 0.6;

const HEADLINE_LABELS = new Set(['related', 'more', 'note', 'see', 'listen', 'read', 'q&a', 'explainer', 'factbox', 'timeline', 'correction', 'clarification', 'sponsored', 'advertisement', 'breaking', 'revealed', 'busted', 'boom', 'look', 'watch', 'exclusive', 'update', 'updated', 'leaked', 'bombshell', 'photos', 'video', 'opinion', 'analysis', 'editorial', 'wow', 'confirmed', 'developing', 'alert']);

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
