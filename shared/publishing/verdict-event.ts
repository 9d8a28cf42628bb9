import type { Claim, VerdictEntry } from '../api/schemas.ts';

/**
 * What every verdict tells the newsroom's other tools (a CMS, a social desk): the claim, who said
 * it, the verdict and who made it. On EventBridge it is the `detail` of an event with source
 * `quote-factcheck` and detail-type `Verdict recorded`; locally a line of `verdicts.jsonl` and the
 * body of a webhook POST. `schemaVersion` moves on with any change that is not an addition.
 */
export interface VerdictEvent {
  schemaVersion: 1;
  claimId: string;
  articleId: string;
  claimVersion: number;
  text: string;
  speaker: Claim['speaker'];
  verdict: VerdictEntry['verdict'];
  reviewer: string;
  at: string;
  note?: string;
  evidence?: string[];
  /** the earlier claim whose verdict this one applies (a claim seen before) */
  sameAs?: string;
  /** which fields of the extractor's reading a reviewer corrected before this verdict (none: the extractor's reading was ruled on as it was) */
  corrected: string[];
}

export const VERDICT_EVENT_SOURCE = 'quote-factcheck';
export const VERDICT_EVENT_TYPE = 'Verdict recorded';

export function verdictEventOf(claim: Claim, entry: VerdictEntry): VerdictEvent {
  return {
    schemaVersion: 1,
    claimId: claim.claimId,
    articleId: claim.articleId,
    claimVersion: claim.version,
    text: claim.text,
    speaker: claim.speaker,
    verdict: entry.verdict,
    reviewer: entry.reviewer,
    at: entry.at,
    ...(entry.note ? { note: entry.note } : {}),
    ...(entry.evidence?.length ? { evidence: entry.evidence } : {}),
    ...(entry.sameAs ? { sameAs: entry.sameAs } : {}),
    corrected: claim.corrected ?? [],
  };
}

/** Where verdict events go: EventBridge in AWS, a log and a webhook locally. */
export type PublishVerdict = (event: VerdictEvent) => Promise<void>;
