import { firstTokenFrom, tokensWithin, type Analysis } from '../tokens/analyse.ts';
import { phraseStartingAt } from './noun-phrases.ts';
import { DOCUMENT_HEADS } from '../speakers/speaker-words.ts';
import type { Attribution } from './attributions.ts';

/*
 * Readings that have the shape of a report and report nothing a fact-checker could check: a
 * refusal or a silence, a request for anonymity, an act done rather than something said, and an
 * order or a question put to the grammatical subject rather than by it. PolNeAR's annotators mark
 * some of these; a reviewer has nothing to check in any of them.
 */

/** Whether the attribution read from `text` reports nothing (the kinds above). */
export function isNonReport(analysis: Analysis, a: Attribution): boolean {
  const { text } = analysis;
  const cue = text.slice(...a.cue).toLowerCase();
  const content = text.slice(...a.content);
  const before = text.slice(Math.max(0, a.cue[0] - 40), a.cue[0]).toLowerCase();
  return isCompoundPart(text, a) || isNaming(analysis, a, cue, content) || isCredit(cue, content, text.slice(a.cue[1], a.cue[1] + 8)) || isAspectOrAttempt(cue, content) || isPerception(cue) || isFirstPersonAside(analysis, a, content) || isRelativeObject(text, a) || isRefusal(cue, content, before) || isSilence(cue, content, before) || isAnonymityRequest(cue, content) || isAct(analysis, a, cue, content) || isPutToSubject(cue, content, before);
}

/**
 * `a self-described expert`, `ride-sharing`, `a no-questions-asked service`: a word joined to the
 * one before it by a hyphen is part of a compound, not a verb of saying.
 */
function isCompoundPart(text: string, a: Attribution): boolean {
  return /[\p{L}\p{N}]-$/u.test(text.slice(Math.max(0, a.cue[0] - 2), a.cue[0]));
}

/**
 * `The senator, whom aides described as furious, said …`: in a relative clause opened by `whom`
 * the antecedent is the verb's object; what the clause says about them is a description, and the
 * sentence's own report comes after it.
 */
function isRelativeObject(text: string, a: Attribution): boolean {
  return a.source !== null && /^whom\b/i.test(text.slice(...a.source));
}

/**
 * `I want to submit …`, `we need to think about …`, `I noticed the frame rate dip`, `you expect
 * its size`: a writer (or a speaker) saying `I`, `we` or `you` states a wish, a need or a
 * perception in passing. Only a proposition they put forward (`I believe that …`, `we know they
 * were …`) is theirs to check: a clause with its own verb, not an infinitive or a noun phrase.
 */
function isFirstPersonAside(analysis: Analysis, a: Attribution, content: string): boolean {
  if (!a.source || !/^(?:i|we|you)$/i.test(analysis.text.slice(...a.source))) return false;
  // `I was surprised that …`, `I preferred this`: a feeling or a taste, not a proposition
  if (FEELING.test(analysis.text.slice(...a.cue).toLowerCase())) return true;
  if (/^(?:that\b|["“'‘])/i.test(content)) return false;
  if (/^(?:to|not to|how to|what to|whether to|where to|when to)\b/i.test(content)) return true;
  const words = tokensWithin(analysis.tokens, ...a.content);
  return !words.some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing')));
}

/**
 * `began to be phased out`, `continued to program`, `tried to stop the comments`, `chose not to
 * compromise`, `went to get coffee`, `agreed to buy its rival`: a verb of starting, going on,
 * trying, choosing or agreeing before an infinitive tells what someone did, not what they said
 * (agreeing that something is so is a report).
 */
function isAspectOrAttempt(cue: string, content: string): boolean {
  return ASPECT.test(cue) && /^(?:not )?to\b/i.test(content);
}
const ASPECT = /^(?:begin|begins|began|beginning|start|starts|started|starting|continue|continues|continued|continuing|try|tries|tried|trying|attempt|attempts|attempted|attempting|choose|chooses|chose|choosing|tend|tends|tended|emerge|emerges|emerged|go|goes|went|going|need|needs|needed|willing|able|manage|managed|managing|stop|stopped|learn|learned|learning|agree|agrees|agreed|agreeing)$/;

/**
 * `I noticed the frame rate dip`, `she didn't realize how famous he had become`, `learning how to
 * fix water main breaks`: what someone noticed, realised or learned is the writer's account of
 * their mind, not a statement of theirs; `the weather seemed to prefer …`, `drugs on the deep web
 * appear to be purer`, `it seems that …`: how something seems is the writer's own impression.
 */
function isPerception(cue: string): boolean {
  return /^(?:notice|notices|noticed|noticing|realize|realizes|realized|realise|realises|realised|learn|learns|learned|learnt|learning|seem|seems|seemed|seeming|appear|appears|appeared|appearing)$/.test(cue);
}

const FEELING = /^(?:surprised|impressed|pleased|glad|happy|delighted|thrilled|amazed|shocked|disappointed|relieved|excited|proud|grateful|prefer|prefers|preferred|like|liked|love|loved|enjoy|enjoyed)$/;

/**
 * `a technique called “mental chronometry”`, `a group, called Energy Control, which …`, `a paper
 * titled “Deterministic Nonperiodic Flow”`, `a pipe known as ductile iron`: a participle that names
 * a thing is no report of what anyone said.
 */
function isNaming(analysis: Analysis, a: Attribution, cue: string, content: string): boolean {
  if (/^(?:titled|entitled|named|nicknamed|dubbed|known as|also known as)$/.test(cue)) return !/^(?:that\b)/i.test(content);
  if (!/^(?:called|calling)$/.test(cue) || !a.source) return false;
  const source = tokensWithin(analysis.tokens, ...a.source);
  // `the report called the plan reckless` reports; `a group called Energy Control` and `the group,
  // called Energy Control, …` name
  const namesThing = source.length > 0 && !source.some((t) => t.pos === 'PROPN' || t.pos === 'PRON' || DOCUMENT_HEADS.has(t.lower)) && /^\s*,?\s*$/.test(analysis.text.slice(a.source[1], a.cue[0]));
  return namesThing && /^(?:["“'‘]|\p{Lu})/u.test(content);
}

/**
 * `Stella Kim reported from Seoul`, `Jane Doe contributed reporting`, `asking Mojang for comment`:
 * a credit line or a request for comment reports nothing.
 */
function isCredit(cue: string, content: string, after: string): boolean {
  if (/^(?:reported|reporting|reports)$/.test(cue) && /^\s+from\b/i.test(after)) return true;
  if (/^(?:contributed|contributes)$/.test(cue)) return true;
  return /^(?:asked|asking|asks|ask|sought|seeking|requested)$/.test(cue) && /\bfor (?:comment|a comment|an interview|a response)\b/i.test(content) && content.split(/\s+/).length <= 12;
}

/**
 * `declined to comment on reports that the plant would close`, `would not comment on whether …`:
 * a refusal to speak reports nothing, and the reports or the question it names are not the
 * speaker's claim.
 */
function isRefusal(cue: string, content: string, before: string): boolean {
  if (/^(?:declined|declines|declining|refused|refuses|refusing)$/.test(cue)) return /^to (?:comment|discuss|say|confirm|elaborate|speculate|respond|answer)\b/i.test(content);
  return /^(?:comment|discuss|elaborate|speculate)$/.test(cue) && NEGATED.test(before);
}

/**
 * `did not respond to a request for comment`, `did not return messages seeking comment`, `did not
 * say whether other airlines used the system`: what someone left unsaid, or the question they
 * left open, is no claim of theirs.
 */
function isSilence(cue: string, content: string, before: string): boolean {
  if (/^(?:respond|responds|responded|return|returns|returned|answer|answers|answered)$/.test(cue)) return NEGATED.test(before) || /^(?:to )?(?:a |an |the |several |repeated |multiple )?(?:requests?|messages?|calls?|emails?|e-mails?|inquiries|queries)\b/i.test(content);
  return /^(?:say|says|said|disclose|specify|confirm|comment|indicate)$/.test(cue) && NEGATED.test(before) && /^(?:whether|if|how|why|what|when|where|who|which)\b/i.test(content);
}

/** `asked not to be identified discussing private matters`, `requested anonymity`: a condition of speaking, not what was said. */
function isAnonymityRequest(cue: string, content: string): boolean {
  return /^(?:asked|asking|requested|requesting)$/.test(cue) && /^(?:not to be (?:identified|named)|anonymity)\b/i.test(content);
}

/**
 * `The House passed the measure 342-88`, `Council members voted 5-2 to continue the hearing`: a
 * vote is an act. `declared a state of emergency`, `thanked staff for their efforts`, `issued its
 * second profit warning`, `spoke to Sarah Quinlan`: with a noun phrase and no clause after them,
 * these verbs name a deed, not a statement (`declared that …`, `ordered the department to release
 * …` still report).
 */
function isAct(analysis: Analysis, a: Attribution, cue: string, content: string): boolean {
  const opensReport = /^(?:that\b|["“'‘])/i.test(content);
  if (VOTING.test(cue)) return !opensReport;
  if (!DEED.test(cue) || opensReport) return false;
  return isNounPhrase(analysis, a.content);
}

/**
 * `a discovery when he was helping out`, `his intention to resist Obama`, `the arrest of prominent
 * politicians`: a content that is a noun phrase with what completes it, not a clause (`the plan
 * would fail`) nor an object with an infinitive (`the department to release the emails`).
 */
function isNounPhrase(analysis: Analysis, content: [number, number]): boolean {
  const { tokens } = analysis;
  const first = firstTokenFrom(tokens, content[0]);
  const last = firstTokenFrom(tokens, content[1]);
  const phrase = phraseStartingAt(tokens, first, last);
  if (!phrase) return false;
  const next = tokens[phrase.last];
  if (!next || phrase.last >= last) return true;
  if (next.pos === 'AUX' || (next.pos === 'VERB' && !next.lower.endsWith('ing'))) return false;
  // `remembered Ali as fun to be around`: an object with what it is called or taken for is a judgement
  if (next.lower === 'as') return false;
  return !(next.lower === 'to' && tokens[phrase.last + 1]?.pos === 'VERB');
}
const VOTING = /^(?:pass|passes|passed|passing|vote|votes|voted|voting|enact|enacts|enacted|ratified|ratify|ratifies)(?: (?:for|against|down|through|on))?$/;
const DEED = /^(?:declared|declares|declare|ordered|orders|order|issued|issues|issue|released|releases|thanked|thanks|thank|introduced|introduces|designed|made|makes|make|posted|posts|remembered|remembers|know|knows|knew|covered|covers|covering|wrote about|writes about|written about|spoke|speaks|speak|speaking|talked|talks|talk|talking)$/;

/**
 * `The participants were asked to say …`, `Residents were told to leave`: in the passive, an
 * instruction's grammatical subject is who received it; the reading gives the instruction to them.
 */
function isPutToSubject(cue: string, content: string, before: string): boolean {
  return /^(?:asked|told|urged|ordered|instructed|advised|encouraged|invited)$/.test(cue) && /\b(?:was|were|is|are|be|been|being|get|got|gets)\s+(?:\w+\s+)?$/.test(before) && /^(?:not )?to\b/i.test(content);
}

/** `did not`, `would not`, `didn't`, `declined to`, `never`: the verb after it is negated. */
const NEGATED = /\b(?:not|n['’]t|never|no|declined to|refused to)\s+(?:\w+\s+)?$/;
