import { tokensWithin, type Analysis } from '../tokens/analyse.ts';
import { readMention } from './mentions.ts';
import { collectPeople } from './people.ts';
import { namedOrganisations } from './organisations.ts';
import { presentSpeaker, type Speaker, type SpeakerType } from './speakers.ts';

/** Someone the article names who might have said a claim: what a reviewer picks a speaker from. */
export interface CastMember {
  name: string;
  type: SpeakerType;
  title?: string;
}

/** How many of the article's people a reviewer is offered: more than any article quotes. */
const MAX_CAST = 40;
const UNNAMED = new Set(['unknown', 'unnamed speaker', 'unnamed group']);

/**
 * The people, organisations and groups an article names, most likely speakers first: those the
 * extractor gave the most attributions, then people before organisations and places (which news
 * names far more often than it quotes), then those the article names most often, then the first
 * named. A reviewer who finds a claim given to the wrong person picks the right one from here.
 */
export function articleCast(analysis: Analysis, sources: Array<[number, number] | null>, speakers: Array<Speaker | null>): CastMember[] {
  const { tokens } = analysis;
  const members = new Map<string, CastMember & { claims: number; mentions: number; first: number }>();
  const meet = (member: CastMember, at: number, claims: number, mentions: number) => {
    const key = member.name.toLowerCase();
    const known = members.get(key);
    if (!known) return void members.set(key, { ...member, claims, mentions, first: at });
    known.claims += claims;
    known.mentions += mentions;
    known.first = Math.min(known.first, at);
    known.title ??= member.title;
  };
  speakers.forEach((speaker, i) => {
    if (!speaker) return;
    const presented = presentSpeaker(speaker);
    if (!UNNAMED.has(presented.name.toLowerCase())) meet(presented, sources[i]?.[0] ?? Number.MAX_SAFE_INTEGER, 1, 0);
  });
  const read = sources.map((range) => (range ? readMention(tokensWithin(tokens, range[0], range[1])) : null));
  const people = collectPeople(analysis, read);
  for (const t of tokens) {
    const person = people.at(tokens, t);
    if (person) meet({ name: person.name, type: 'person', ...(person.title ? { title: person.title } : {}) }, t.start, 0, 1);
  }
  for (const organisation of namedOrganisations(analysis)) meet({ name: organisation.name, type: 'organisation' }, organisation.at, 0, 1);
  return [...members.values()]
    .sort((a, b) => b.claims - a.claims || Number(b.type === 'person') - Number(a.type === 'person') || b.mentions - a.mentions || a.first - b.first)
    .slice(0, MAX_CAST)
    .map(({ name, type, title }) => ({ name, type, ...(title ? { title } : {}) }));
}
