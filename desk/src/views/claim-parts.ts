/** The parts of a claim, and an article's name, that more than one view shows. */
import { WORTH_CHECKING, type Article, type Claim } from '../api';
import { h } from '../element';
import { isolated } from '../user-text';

/** An article by its title, else by its first sentence: the S3 key says little to a reader. */
export const titleOf = (a: Article) => a.title ?? a.lead ?? a.key;

/**
 * A claim's words as a list shows them, the first 220 characters. Quotation marks say the speaker
 * said these very words, so only direct speech gets them (issue 30); words that carry their own
 * marks get no second pair. Indirect speech is a paraphrase and gets none. Mixed speech quotes
 * only some of its words, and its own marks already show which: a pair around the whole would
 * pass the paraphrase off as verbatim, so it is shown as written.
 */
export function claimWords(c: Claim): HTMLElement {
  const text = c.text.length > 220 ? `${c.text.slice(0, 220)}…` : c.text;
  if (c.kind !== 'direct') return h('span', { class: `claim-text ${c.kind}`, dir: 'auto' }, text);
  return h('q', { class: `claim-text direct${/^["“‘'«]/.test(text) ? ' marked' : ''}`, dir: 'auto' }, text);
}

/** A claim's check-worthiness as a reviewer reads it: the score and the reasons. */
export function worthiness(c: Claim): HTMLElement | null {
  if (c.checkworthiness === undefined) return null;
  return h('span', { class: 'worth' },
    h('span', { class: `score${c.checkworthiness >= WORTH_CHECKING ? ' high' : ''}`, title: 'how likely a fact-checker is to find this worth checking' }, `worth checking ${Math.round(c.checkworthiness * 100)}%`),
    ...(c.signals ?? []).map((s) => h('span', { class: 'signal' }, s)));
}

/**
 * Below this speaker confidence a claim is among the least sure fifth of held-out training claims
 * (scripts/training/train-speaker-confidence.ts prints it), which hold about half the wrong
 * speakers: the desk asks the reviewer to check the speaker.
 */
const UNSURE_SPEAKER = 0.77;

/** A mark beside a speaker extraction is unsure of, saying why; nothing for the rest. */
export const unsureSpeaker = (c: Claim) =>
  c.speaker.confidence !== undefined && c.speaker.confidence < UNSURE_SPEAKER
    ? [h('span', { class: 'unsure-speaker', title: `The extractor is unsure of this speaker (confidence ${c.speaker.confidence.toFixed(2)}): check who said it (s to correct)` }, 'check speaker')]
    : [];

/** The way to a speaker's page, from anywhere a claim is shown. */
export const speakerLink = (c: Claim) => h('a', { href: `#/speaker/${c.speaker.id}`, class: 'speaker-link' }, isolated(c.speaker.name), '’s record');
