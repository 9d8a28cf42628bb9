import { DeleteCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Claim } from '../api/schemas.ts';
import { lastVerdict } from '../publishing/claim-review.ts';
import { seenAmong, signatureOf, type RuledEntry, type SeenBefore } from '../review/seen-before.ts';
import { readBands } from './band-partitions.ts';
import { batchWriteAll, type WriteRequest } from './batch-write.ts';
import { getClaim } from './claims.ts';
import { conditionally } from './conditional-write.ts';
import { LEGACY_SEEN_PK_PREFIX, seenKey } from './keys.ts';

type Store = { client: DynamoDBDocumentClient; table: string };

/**
 * Files a ruled claim under its seen-before keys, in each key's partition beside the claims filed
 * there for clusters (band-partitions.ts), with what a later claim needs to show its verdict, so
 * that finding it never reads the claim itself. Written again with each verdict.
 */
export async function fileRuledClaim(store: Store, claim: Claim): Promise<void> {
  const entry = ruledEntry(claim);
  if (!entry) return;
  const { bands } = signatureOf(claim.text);
  await batchWriteAll(store.client, store.table, filings(bands, entry));
}

/**
 * Brings a claim's seen-before filing up to the claim as it is now, for work done after its verdict
 * was answered (verdict-follow-up.ts), which may run late, twice, or beside a dismissal or a
 * re-cut of the same claim. A claim ruled now is filed as now ruled; then it is read again, and
 * filed again until the two reads agree: a dismissal (or a re-cut, a retraction) whose own unfiling
 * ran before this filing landed is then undone here, so the claim is never left offered under
 * words or a verdict it no longer has. A claim not ruled now is left to whoever unruled it.
 * Returns whether the claim exists.
 */
export async function refileAsNowRuled(store: Store, claimId: string): Promise<boolean> {
  let filed: Filing | undefined;
  let exists = false;
  for (let read = 0; read < MAX_REFILE_READS; read++) {
    const claim = await getClaim(store, claimId);
    exists ||= claim !== null;
    const entry = claim ? ruledEntry(claim) : undefined;
    const now = entry && { bands: signatureOf(claim!.text).bands, entry };
    if (JSON.stringify(filed) === JSON.stringify(now)) return exists;
    await batchWriteAll(store.client, store.table, [
      ...unfilings(filed?.bands.filter((band) => !now?.bands.includes(band)) ?? [], claimId),
      ...(now ? filings(now.bands, now.entry) : []),
    ]);
    filed = now;
  }
  throw new Error(`claim ${claimId} kept changing while it was filed for seen-before: try again`);
}

type Filing = { bands: string[]; entry: RuledEntry };

/** The writes that file a ruled claim's entry under its keys, and those that take a claim out from under some. */
const filings = (bands: string[], entry: RuledEntry): WriteRequest[] => bands.map((band) => ({ PutRequest: { Item: { ...seenKey(band, entry.claimId), ...entry } } }));
const unfilings = (bands: string[], claimId: string): WriteRequest[] => bands.map((band) => ({ DeleteRequest: { Key: seenKey(band, claimId) } }));

/** Reads of a claim while refiling it before giving up: each extra one means the claim changed meanwhile. */
const MAX_REFILE_READS = 5;

/** What a ruled claim is filed with; none for a claim whose verdict no later claim is offered: pending, dismissed, or retracted (its article no longer says it). */
function ruledEntry(claim: Claim): RuledEntry | undefined {
  const verdict = lastVerdict(claim);
  if ((claim.status !== 'verified' && claim.status !== 'disputed') || !verdict || claim.retracted) return undefined;
  const { words, numbers } = signatureOf(claim.text);
  return { claimId: claim.claimId, articleId: claim.articleId, status: claim.status, reviewer: verdict.reviewer, at: verdict.at, words, numbers };
}

/**
 * Takes a claim out of seen-before, as `text` filed it: a dismissed claim's verdict is offered to no
 * later claim, and re-cut words are filed again under their own keys.
 */
export async function unfileClaim(store: Store, claim: Pick<Claim, 'claimId' | 'text'>): Promise<void> {
  const { bands } = signatureOf(claim.text);
  await batchWriteAll(store.client, store.table, unfilings(bands, claim.claimId));
}

/**
 * The ruled claims, other than `claimId`, that say what `text` says: one small query per key. A
 * claim joining a cluster has them from its join's read of the same partitions (clusters.ts).
 */
export async function findSeenBefore(store: Store, claimId: string, text: string): Promise<SeenBefore[]> {
  const signature = signatureOf(text);
  const read = await readBands(store, signature.bands, { ruledOnly: true });
  return seenAmong(claimId, signature, [...read.values()].flatMap((entries) => entries.ruled));
}

/**
 * Moves one entry a version before 2026.12.03.2 (the extractor version it stamps on claims) filed under a seen-before partition of its own
 * (`SIG#<band>`) into its key's partition, where a new claim's one read finds it: only while the
 * claim is still ruled under these words (a verdict, a dismissal or a re-cut since the deploy has
 * filed or unfiled it under the new keys already), never over an entry filed since. Then the old
 * entry is deleted. Safe to run again, and beside a live API. Returns whether an entry was moved.
 */
export async function moveLegacySeenEntry(store: Store, item: Record<string, unknown>): Promise<boolean> {
  const band = String(item.pk).slice(LEGACY_SEEN_PK_PREFIX.length);
  const stillRuled = async () => {
    const claim = await getClaim(store, String(item.claimId));
    return claim && signatureOf(claim.text).bands.includes(band) ? ruledEntry(claim) : undefined;
  };
  const entry = await stillRuled();
  const key = entry && seenKey(band, entry.claimId);
  let moved = key ? await conditionally(() => store.client.send(new PutCommand({ TableName: store.table, Item: { ...key, ...entry }, ConditionExpression: 'attribute_not_exists(pk)' }))) : false;
  // a dismissal, a re-cut or a retraction between the read and the move unfiled the claim before
  // the moved entry was there to unfile: read again, and take the entry back (only as moved: a
  // verdict given since has filed its own); one after this read finds the entry and unfiles it itself
  if (moved && !(await stillRuled())) {
    await conditionally(() => store.client.send(new DeleteCommand({ TableName: store.table, Key: key, ConditionExpression: '#at = :at', ExpressionAttributeNames: { '#at': 'at' }, ExpressionAttributeValues: { ':at': entry!.at } })));
    moved = false;
  }
  await store.client.send(new DeleteCommand({ TableName: store.table, Key: { pk: item.pk, sk: item.sk } }));
  return moved;
}
