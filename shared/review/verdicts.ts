import { VersionConflict, Forbidden, StateConflict } from '../errors.ts';
import type { ClaimStatus, Verdict, VerdictEntry } from '../api/schemas.ts';

export interface Reviewer {
  /** the token's subject: the only name a verdict is ever recorded under */
  id: string;
  canWrite: boolean;
}

export interface Review {
  status: ClaimStatus;
  version: number;
  entry: VerdictEntry;
}

/**
 * The rules of a verdict, before any write: only a reviewer who may write rules; the ruling is
 * made against the version the reviewer saw, and a ruling always moves the version on, so that
 * two reviewers who saw the same version cannot both win. A reviewer may change a verdict later:
 * the history keeps every step.
 */
export function review(
  current: { version: number; status?: ClaimStatus },
  request: { verdict: Verdict; note?: string; evidence?: string[]; sameAs?: string; expectedVersion: number },
  reviewer: Reviewer,
  at: Date,
): Review {
  if (!reviewer.canWrite) throw new Forbidden('this token may read but not rule on claims');
  if (current.version !== request.expectedVersion) throw new VersionConflict(current.version, request.expectedVersion);
  // a dismissed claim is out of review: a reviewer who thinks it a claim after all reopens it first
  if (current.status === 'dismissed') throw new StateConflict('the claim is dismissed: reopen it (DELETE /claims/{claimId}/dismissal) before ruling on it');
  const note = request.note?.trim();
  return {
    status: request.verdict,
    version: current.version + 1,
    entry: {
      verdict: request.verdict,
      reviewer: reviewer.id,
      ...(note ? { note } : {}),
      ...(request.evidence?.length ? { evidence: request.evidence } : {}),
      ...(request.sameAs ? { sameAs: request.sameAs } : {}),
      at: at.toISOString(),
    },
  };
}
