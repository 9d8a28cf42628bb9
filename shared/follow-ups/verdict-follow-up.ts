import type { Claim } from '../api/schemas.ts';
import { lastVerdict } from '../publishing/claim-review.ts';
import { isVerdictEntry } from '../review/corrections.ts';
import { verdictEventOf, type PublishVerdict } from '../publishing/verdict-event.ts';
import type { ClaimRecord, ClaimStore } from '../store/claims.ts';
import { settleClusterOf } from '../store/clusters.ts';
import { refileAsNowRuled } from '../store/seen-before.ts';

export interface FollowUpDeps {
  store: ClaimStore;
  publishVerdict?: PublishVerdict;
}

/**
 * Whether a change to a stored claim recorded a verdict: it moved the claim's version on, and its
 * newest history entry is a reviewer's verdict. A re-read of a ruled claim's changed words, a
 * correction, a move between queues or a cluster's settling changes a ruled claim without ruling
 * it.
 */
export function recordsVerdict(before: Claim | undefined, after: Claim): boolean {
  const newest = after.history.at(-1);
  return newest !== undefined && isVerdictEntry(newest) && !newest.reread && after.version !== before?.version;
}

/**
 * What a stored verdict sets off beyond its claim's own write, run after the reviewer has the
 * answer: the claim filed for later claims that say the same (as it is when this runs, which may
 * be late or twice), its cluster settled (by the claim it was ruled through, once for the
 * cluster), and then its event published. Each step can run again: a follow-up that fails is
 * retried whole, and its event is sent at least once (receivers tell repeats apart by the claim
 * and its version).
 */
export async function followUpVerdict(deps: FollowUpDeps, claim: ClaimRecord): Promise<void> {
  const verdict = lastVerdict(claim);
  if (!verdict) return;
  const ruledThrough = verdict.cluster && verdict.cluster.via !== claim.claimId;
  const [exists] = await Promise.all([refileAsNowRuled(deps.store, claim.claimId), ruledThrough ? undefined : settleClusterOf(deps.store, claim)]);
  // a claim is never deleted once ruled (it is retracted): one that is not there was never stored
  if (exists) await deps.publishVerdict?.(verdictEventOf(claim, verdict));
}
