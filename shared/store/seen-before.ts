import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Claim } from '../api/schemas.ts';
import { lastVerdict } from '../publishing/claim-review.ts';
import { saysTheSame, signatureOf } from '../review/seen-before.ts';
import { batchWriteAll } from './batch-write.ts';
import { signatureKey } from './keys.ts';

type Store = { client: DynamoDBDocumentClient; table: string };

export interface SeenBefore {
  claimId: string;
  articleId: string;
  status: Claim['status'];
  reviewer?: string;
  at: string;
}

/** Earlier verdicts shown on a new claim: the latest few are enough to act on. */
const MAX_SEEN = 5;

/**
 * Files a ruled claim under its seen-before keys, with what a later claim needs to show its
 * verdict, so that finding it never reads the claim itself. Written again with each verdict.
 */
export async function fileRuledClaim(store: Store, claim: Claim): Promise<void> {
  const verdict = lastVerdict(claim);
  if (claim.status === 'pending' || !verdict) return;
  const { words, numbers, bands } = signatureOf(claim.text);
  const seen: SeenBefore = { claimId: claim.claimId, articleId: claim.articleId, status: claim.status, reviewer: verdict.reviewer, at: verdict.at };
  await batchWriteAll(store.client, store.table, bands.map((band) => ({ PutRequest: { Item: { ...signatureKey(band, claim.claimId), ...seen, words, numbers } } })));
}

/**
 * Takes a claim out of seen-before, as `text` filed it: a dismissed claim's verdict is offered to no
 * later claim, and re-cut words are filed again under their own keys.
 */
export async function unfileClaim(store: Store, claim: Pick<Claim, 'claimId' | 'text'>): Promise<void> {
  const { bands } = signatureOf(claim.text);
  await batchWriteAll(store.client, store.table, bands.map((band) => ({ DeleteRequest: { Key: signatureKey(band, claim.claimId) } })));
}

/** The ruled claims, other than `claimId`, that say what `text` says: one small query per key. */
export async function findSeenBefore(store: Store, claimId: string, text: string): Promise<SeenBefore[]> {
  const signature = signatureOf(text);
  const found = new Map<string, SeenBefore>();
  await Promise.all(
    signature.bands.map(async (band) => {
      const out = await store.client.send(new QueryCommand({ TableName: store.table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': signatureKey(band, '').pk } }));
      for (const item of out.Items ?? []) {
        const other = item as SeenBefore & { words: string[]; numbers: string[] };
        if (other.claimId === claimId || found.has(other.claimId) || !saysTheSame(signature, other)) continue;
        found.set(other.claimId, { claimId: other.claimId, articleId: other.articleId, status: other.status, ...(other.reviewer ? { reviewer: other.reviewer } : {}), at: other.at });
      }
    }),
  );
  return [...found.values()].sort((a, b) => b.at.localeCompare(a.at)).slice(0, MAX_SEEN);
}

