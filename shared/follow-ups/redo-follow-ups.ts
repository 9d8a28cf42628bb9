import { lastVerdict } from '../publishing/claim-review.ts';
import { listRuledClaims, type ClaimRecord } from '../store/claims.ts';
import { readCluster } from '../store/clusters.ts';
import { followUpVerdict, type FollowUpDeps } from './verdict-follow-up.ts';

const PAGE = 100;

/**
 * Follows up again every verdict given since `since` (an ISO time): each claim a reviewer ruled,
 * from the ClaimReviews by time, and each member of its cluster ruled through it. What a stream's
 * dead-letter message, or a stop the local journal could not cover, leaves undone is done; what
 * was done already is done again to the same end, and its event sent again. Returns how many.
 */
export async function redoFollowUps(deps: FollowUpDeps, since: string): Promise<number> {
  let done = 0;
  let cursor: string | undefined;
  do {
    const page = await listRuledClaims(deps.store, since, PAGE, cursor);
    for (const claim of page.items as ClaimRecord[]) {
      for (const ruled of [claim, ...(await ruledThrough(deps, claim))]) {
        await followUpVerdict(deps, ruled);
        done++;
      }
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return done;
}

/** The members of a claim's cluster whose latest verdict was given through it. */
async function ruledThrough(deps: FollowUpDeps, claim: ClaimRecord): Promise<ClaimRecord[]> {
  if (!claim.clusterId || !claim.sharesCluster) return [];
  const members = (await readCluster(deps.store, claim.clusterId))?.members ?? [];
  return members.filter((m) => m.claimId !== claim.claimId && lastVerdict(m)?.cluster?.via === claim.claimId);
}
