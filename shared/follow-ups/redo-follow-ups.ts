import { lastVerdict } from '../publishing/claim-review.ts';
import { scanRuledSince } from '../store/claims.ts';
import { followUpVerdict, type FollowUpDeps } from './verdict-follow-up.ts';

/**
 * Follows up again every verdict given since `since` (an ISO time) on a claim still ruled: what a
 * stream's dead-letter message, or a stop the local journal could not cover, leaves undone is
 * done; what was done already is done again to the same end, and its event sent again. Reads the
 * whole table once, so that no claim is missed: a copy ruled through its cluster is not in the
 * ClaimReviews list, and the claim it was ruled through may have been dismissed since. Returns
 * how many.
 */
export async function redoFollowUps(deps: FollowUpDeps, since: string): Promise<number> {
  let done = 0;
  for await (const claims of scanRuledSince(deps.store, since)) {
    for (const claim of claims) {
      if ((lastVerdict(claim)?.at ?? '') < since) continue;
      await followUpVerdict(deps, claim);
      done++;
    }
  }
  return done;
}
