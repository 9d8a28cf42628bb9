import { saysTheSame, signatureOf, type Signature } from './seen-before.ts';
import { speakersCompatible } from './claim-identity.ts';

/**
 * One claim, many articles. A wire story runs in dozens of outlets, each copy retitled, trimmed and
 * reworded at the edges; the quote in it is the same quote, and a reviewer should rule on it once.
 *
 * The rule: two claims of different articles are one claim when they say the same, by seen-before's
 * matcher (the same figures, and at least half of their content words shared: the words around the
 * quote are free to differ, `said` and `told reporters` are both reporting words), and their speakers
 * are compatible: the same name, names that share a name word (`Ruiz` and `Ana Ruiz`), or one side
 * unresolved (`unknown`, `a spokeswoman`, a pronoun a copy's trimming left without its name).
 * Two different speakers saying the same words are two claims: each is checked for who said it.
 *
 * Candidates are found through the LSH keys of the claim's words (seen-before.ts `bands`), never by
 * reading every claim: a claim is filed under each of its keys, and a new claim reads only the
 * claims that share one.
 */
export interface ClusterCandidate {
  articleId: string;
  text: string;
  speaker: { name: string };
}

export interface Signed extends ClusterCandidate {
  signature: Signature;
}

export const signed = <C extends ClusterCandidate>(claim: C): C & Signed => ({ ...claim, signature: signatureOf(claim.text) });

/** The keys a claim is filed and found under: a shared key makes two claims candidates. */
export const clusterKeys = (claim: Signed) => claim.signature.bands;

export function sameClaim(a: Signed, b: Signed): boolean {
  if (a.articleId === b.articleId) return false;
  if (!a.signature.bands.some((k) => b.signature.bands.includes(k))) return false;
  return saysTheSame(a.signature, b.signature) && speakersCompatible(a.speaker.name, b.speaker.name);
}
