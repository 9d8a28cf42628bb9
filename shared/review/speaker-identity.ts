import { createHash } from 'node:crypto';

/**
 * Who a speaker is across articles. The rule: two claims have one speaker when their speakers'
 * canonical names agree, read without case, accents, honorifics (`Mr.`, `Dr.`, `Sen.`) or middle
 * initials: `Hillary Clinton` in one article and `Hillary Clinton` in the next are one speaker, and
 * so are `Recep Tayyip Erdoğan` and `Recep Tayyip Erdogan`. An unnamed source (`a senior aide`,
 * `two officials`) is somebody only within its article: its id is scoped to the article, so two
 * articles' senior aides are never merged.
 */
export interface SpeakerLike {
  name: string;
  type?: string;
}

const HONORIFIC = /^(mr|mrs|ms|dr|sen|rep|gov|gen|prof|rev|sir|dame|lord|lady)\.?\s+/;

export function canonicalName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(HONORIFIC, '')
    .replace(/ \p{L}\. /gu, ' ');
}

/** A speaker's id: 16 hex digits, from the canonical name (and, for an unnamed source, the article). */
export function speakerIdOf(speaker: SpeakerLike, article: string): string {
  const scope = speaker.type === 'anonymous' ? `${article}\u0000` : '';
  return createHash('sha256').update(`${scope}${canonicalName(speaker.name)}`).digest('hex').slice(0, 16);
}

export const SPEAKER_ID = /^[0-9a-f]{16}$/;

/** A claim's speaker with the id that finds them across articles, and the words the article used for them. */
export function speakerOf<S extends SpeakerLike>(claim: { speaker: S; source: { text: string } | null }, article: string): S & { id: string; mention?: string } {
  const mention = claim.source?.text.trim();
  return { id: speakerIdOf(claim.speaker, article), ...claim.speaker, ...(mention && mention !== claim.speaker.name ? { mention } : {}) };
}
