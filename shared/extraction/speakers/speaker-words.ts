import { isFirstName } from './gender.ts';

/** Words that make a phrase a person's title or role; a name follows them (`Foreign Minister Wang Yi`). */
export const TITLE_WORDS = new Set([
  'ambassador', 'minister', 'president', 'vice', 'councilor', 'councillor', 'senator', 'sen.', 'representative',
  'rep.', 'governor', 'gov.', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman',
  'chair', 'director', 'chief', 'executive', 'adviser', 'advisor', 'official', 'mayor', 'leader', 'candidate',
  'nominee', 'professor', 'analyst', 'economist', 'commissioner', 'general', 'gen.', 'attorney', 'judge',
  'justice', 'sheriff', 'officer', 'ceo', 'founder', 'manager', 'strategist', 'aide', 'pollster', 'host',
  'anchor', 'editor', 'correspondent', 'reporter', 'columnist', 'writer', 'author', 'lawmaker', 'congressman',
  'congresswoman', 'speaker', 'premier', 'king', 'queen', 'prince', 'pope', 'chancellor', 'prosecutor', 'lawyer',
  'coach', 'inspector', 'deputy', 'head', 'envoy', 'diplomat', 'consul', 'delegate', 'mp', 'legislator',
  'assemblyman', 'assemblywoman', 'councilman', 'councilwoman', 'superintendent', 'commander', 'admiral',
  'colonel', 'captain', 'lieutenant', 'sergeant', 'investigator', 'researcher', 'scientist', 'expert', 'activist',
  'organizer', 'director-general', 'chairperson', 'treasurer', 'comptroller', 'auditor', 'clerk', 'whip',
  'majority', 'minority', 'operative', 'consultant', 'surrogate', 'partner', 'owner', 'publisher', 'historian',
  'physician', 'doctor', 'dr.', 'rabbi', 'reverend', 'rev.', 'bishop', 'cardinal', 'imam', 'pastor', 'father',
]);

export const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'sen.', 'rep.', 'gov.', 'gen.', 'prof.', 'rev.', 'mr', 'mrs', 'ms', 'dr', 'miss', 'sir', 'dame', 'lord', 'lady']);

/** Heads of sources that are documents: `a police report`, `the poll`. */
export const DOCUMENT_HEADS = new Set([
  'report', 'poll', 'polls', 'study', 'survey', 'statement', 'letter', 'memo', 'document', 'documents', 'analysis',
  'data', 'filing', 'complaint', 'lawsuit', 'book', 'article', 'editorial', 'tweet', 'post', 'email', 'emails',
  'release', 'transcript', 'records', 'research', 'figures', 'estimates', 'review', 'audit', 'website', 'ad', 'video',
  'speech', 'platform', 'plan', 'proposal', 'bill', 'law', 'order', 'ruling', 'decision', 'indictment', 'footage',
]);

/** Heads of sources that name no one: `officials`, `a source`, `critics`. */
export const ANONYMOUS_HEADS = new Set([
  'source', 'sources', 'official', 'officials', 'aide', 'aides', 'person', 'people', 'insider', 'insiders',
  'someone', 'critics', 'observers', 'experts', 'analysts', 'supporters', 'voters', 'residents', 'witnesses',
  'others', 'some', 'many', 'most', 'advisers', 'allies', 'members', 'democrats', 'republicans', 'americans',
]);

/** Plurals that name people, whom `they` can stand for: `voters`, `leaders`, `environmentalists`. */
export const PEOPLE_PLURALS = new Set([
  ...[...ANONYMOUS_HEADS].filter((w) => /[^s]s$/.test(w)),
  'people',
  'leaders', 'lawmakers', 'legislators', 'senators', 'investors', 'protesters', 'protestors', 'opponents', 'workers',
  'employees', 'students', 'parents', 'immigrants', 'citizens', 'activists', 'advocates', 'candidates', 'delegates',
  'donors', 'economists', 'scientists', 'researchers', 'journalists', 'reporters', 'officers', 'soldiers', 'troops',
  'environmentalists', 'conservatives', 'liberals', 'progressives', 'independents', 'surrogates', 'lawyers',
  'attorneys', 'judges', 'doctors', 'executives', 'diplomats', 'ministers', 'governors', 'mayors', 'police',
  'fans', 'viewers', 'readers', 'users', 'consumers', 'customers', 'owners', 'farmers', 'veterans', 'women', 'men',
  'children', 'families', 'scholars', 'historians', 'strategists', 'operatives', 'pollsters', 'organizers',
]);

/** Words that make a name an organisation's or a place's: `the Justice Department`, `China`. */
export const ORGANISATION_WORDS = /\b(committee|campaign|party|department|ministry|agency|administration|government|assembly|parliament|legislature|company|group|council|court|congress|senate|house|office|commission|bureau|association|union|university|institute|foundation|league|network|times|post|journal|news|press|cnn|fox|msnbc|nbc|abc|cbs|reuters|police|army|military|pentagon|kremlin|state|states|nations|organization|organisation|coalition|corporation|corp|inc|ltd|plc|llc|gmbh|holdings|industries|airlines|airways|bank|fund|board|team|center|centre|county|city|republic|china|russia|pakistan|ukraine|mexico|iran|israel|america)\b/i;

/** Words of an organisation's name that are also surnames: `John Fox`, `Ann Post`, `Margaret Court`. */
const SURNAME_WORDS = new Set(['fox', 'post', 'house', 'bank', 'press', 'court', 'union']);

/**
 * Whether a name is an organisation's (`the Justice Department`, `Fox News`) rather than a person's
 * whose surname is one of its words: a known first name then such a surname (`John Fox`) is a person.
 */
export function namesBody(name: string): boolean {
  if (!ORGANISATION_WORDS.test(name)) return false;
  const words = name.split(/\s+/);
  const person = words.length >= 2 && words.length <= 3 && isFirstName(words[0]) && SURNAME_WORDS.has(words.at(-1)!.toLowerCase()) && !ORGANISATION_WORDS.test(words.slice(0, -1).join(' '));
  return !person;
}
