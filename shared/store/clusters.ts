import { randomUUID } from 'node:crypto';
import { DeleteCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Claim } from '../api/schemas.ts';
import { clusterKeys, clusterToJoin, settle, signed, type FiledClaim, type Signed } from '../review/clusters.ts';
import { seenAmong, type SeenBefore } from '../review/seen-before.ts';
import { readBands } from './band-partitions.ts';
import { batchWriteAll, type WriteRequest } from './batch-write.ts';
import { getStoredClaims, placeInCluster, type ClaimRecord, type ClusterPlace, type StoredClaim } from './claims.ts';
import { conditionally } from './conditional-write.ts';
import { batchGetAll } from './batch-get.ts';
import { withKeyLocks } from './key-locks.ts';
import { claimKey, clusterBandKey, clusterIdFor, founderOf, clusterKey, clusterLockKey, clusterMemberKey, CLUSTER_MEMBER_SK_PREFIX } from './keys.ts';
import { queryAll } from './query-all.ts';

type Store = { client: DynamoDBDocumentClient; table: string };

/**
 * Clusters of claims across articles (review/clusters.ts says when two claims are one), kept so
 * that copies of a story ingested at the same moment land in one cluster, never two.
 *
 * A claim is filed under each of its LSH keys with its cluster. To join or found a cluster a claim
 * first takes a lock on each of its keys (key-locks.ts: one conditional write per key; an
 * article's claims take theirs together), then reads what is filed under them, decides, and files
 * itself. Two claims that say the same share a key (that is how either finds the other), so the
 * second to take it reads what the first filed: the join is serialised wherever it can matter, and
 * claims that share no key never wait on each other.
 *
 * A cluster's item holds its size and its lead, the member the pending queue shows for it; its
 * members are items of the same partition, in order of appearance. `settleCluster` re-decides the
 * lead and the places in the queue from the members after any change; it is idempotent, so a step
 * lost to a crash is made good by the next change or the redelivered ingest.
 */
export interface Joining {
  claimId: string;
  articleId: string;
  text: string;
  speaker: { name: string };
  createdAt: string;
  checkworthiness?: number;
}

export interface Joined {
  clusterId: string;
  /** whether it founded the cluster (and leads it), or joined one that must then be settled */
  founded: boolean;
  /** the ruled claims that say the same, found by the same read of its keys (seen-before.ts) */
  seenBefore: SeenBefore[];
}

/** Claims that join under one set of locks: enough to spare requests, few enough (8 keys each) that an article does not wait long for all its keys to be free at once. */
const JOIN_TOGETHER = 25;

/**
 * Joins or founds the cluster of each of an article's claims. The claims of one article never
 * cluster with one another, so they decide together from one read of every key any of them has,
 * under one set of locks, file themselves in batches and let the keys go in batches: about 16
 * requests a claim rather than 26, and no claim of the article waits on another for a key they
 * share. The same read finds the verdicts each has seen before, filed in the same partitions. A
 * claim with no key (no words to sign) is in no cluster, and has seen nothing before.
 */
export async function joinClusters(store: Store, claims: Joining[]): Promise<Map<string, Joined>> {
  const joined = new Map<string, Joined>();
  const signedClaims = claims.map(signed).filter((claim) => clusterKeys(claim).length > 0);
  for (let i = 0; i < signedClaims.length; i += JOIN_TOGETHER) {
    const group = signedClaims.slice(i, i + JOIN_TOGETHER);
    const keys = [...new Set(group.flatMap(clusterKeys))];
    const decided = await withKeyLocks(store, keys.map(clusterLockKey), `${group[0].claimId}:${randomUUID()}`, async () => {
      const read = await readBands(store, keys, { consistent: true });
      const decisions = group.map((claim) => {
        const entries = clusterKeys(claim).map((key) => read.get(key) ?? { filed: [], ruled: [] });
        return { claim, ...decide(claim, entries.flatMap((e) => e.filed)), seenBefore: seenAmong(claim.claimId, claim.signature, entries.flatMap((e) => e.ruled)) };
      });
      // before a joiner can be seen: a verdict on the founder from here on settles the cluster (settleClusterOf)
      await Promise.all([...new Set(decisions.filter((d) => !d.founded).map((d) => d.clusterId))].map((clusterId) => markSharing(store, founderOf(clusterId), clusterId)));
      // a claim filed before is filed again, as it was: the delivery that filed it may have stopped
      // between two batches; only its cluster's item, which others' joins have changed since, is kept
      await batchWriteAll(store.client, store.table, decisions.flatMap(({ claim, clusterId, founded, again }) => filing(claim, clusterId, founded && !again)));
      await Promise.all(decisions.filter((d) => d.founded && d.again).map((d) => keepClusterItem(store, d.claim, d.clusterId)));
      return decisions;
    });
    for (const { claim, clusterId, founded, seenBefore } of decided) joined.set(claim.claimId, { clusterId, founded, seenBefore });
  }
  return joined;
}

/** What a claim joins, from what is filed under its keys: its own entry again (a redelivery), the cluster of the earliest claim that says the same, or a cluster of its own. */
function decide(claim: Joining & Signed, filed: FiledClaim[]): Omit<Joined, 'seenBefore'> & { again: boolean } {
  const own = filed.find((f) => f.claimId === claim.claimId);
  if (own) return { clusterId: own.clusterId, founded: own.clusterId === clusterIdFor(claim.claimId), again: true };
  const existing = clusterToJoin(claim, filed);
  return { clusterId: existing ?? clusterIdFor(claim.claimId), founded: !existing, again: false };
}

/** A claim's entries: under each of its keys, as a member of its cluster, and for a founder the cluster itself. */
function filing(claim: Joining & Signed, clusterId: string, founded: boolean): WriteRequest[] {
  const keys = clusterKeys(claim);
  const entry: FiledClaim = { claimId: claim.claimId, articleId: claim.articleId, clusterId, createdAt: claim.createdAt, words: claim.signature.words, numbers: claim.signature.numbers, speaker: claim.speaker.name };
  return [
    ...keys.map((key) => ({ PutRequest: { Item: { ...clusterBandKey(key, claim.claimId), ...entry } } })),
    { PutRequest: { Item: { ...clusterMemberKey(clusterId, claim.createdAt, claim.claimId), claimId: claim.claimId, articleId: claim.articleId, keys, at: new Date().toISOString() } } },
    ...(founded ? [{ PutRequest: { Item: clusterItem(claim, clusterId) } }] : []),
  ];
}

/** A founder's cluster item as its first filing wrote it, unless it is there already. */
const keepClusterItem = ({ client, table }: Store, claim: Joining, clusterId: string) =>
  conditionally(() => client.send(new PutCommand({ TableName: table, Item: clusterItem(claim, clusterId), ConditionExpression: 'attribute_not_exists(pk)' })));

const clusterItem = (claim: Joining, clusterId: string) => ({ ...clusterKey(clusterId), clusterId, size: 1, lead: claim.claimId, checkworthiness: claim.checkworthiness ?? 0, createdAt: claim.createdAt });

/** The place in the queue a claim takes as it is written: a founder leads; a joiner waits until its cluster is settled. */
export const placeOnJoining = (joined: Joined | undefined, checkworthiness: number | undefined): ClusterPlace =>
  !joined ? {} : joined.founded ? { clusterId: joined.clusterId, clusterRole: 'lead', clusterCheckworthiness: checkworthiness ?? 0, clusterSize: 1 } : { clusterId: joined.clusterId, clusterRole: 'member', sharesCluster: true };

interface ClusterItem {
  clusterId: string;
  size: number;
  lead?: string;
  checkworthiness?: number;
}

/** A cluster's members still in it, in order of appearance, as stored; with its item. */
export async function readCluster(store: Store, clusterId: string): Promise<{ cluster: ClusterItem; members: StoredClaim[] } | null> {
  const items = await queryAll(store.client, { TableName: store.table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': clusterKey(clusterId).pk }, ConsistentRead: true });
  const head = items.find((i) => i.sk === clusterKey(clusterId).sk);
  if (!head) return null;
  const memberItems = items.filter((i) => String(i.sk).startsWith(CLUSTER_MEMBER_SK_PREFIX));
  const claims = new Map((await getStoredClaims(store, memberItems.map((m) => String(m.claimId)))).map((c) => [c.claimId, c]));
  // a member whose claim is gone (an article re-read without it) or that left the cluster is no member
  const members = memberItems.map((m) => claims.get(String(m.claimId))).filter((c): c is StoredClaim => c !== undefined && c.clusterId === clusterId && !c.retracted);
  return { cluster: head as unknown as ClusterItem, members };
}

/** Re-decides who leads the cluster in the pending queue, and its size, from its members as they are now. */
export async function settleCluster(store: Store, clusterId: string): Promise<void> {
  const read = await readCluster(store, clusterId);
  if (!read) return;
  const { members } = read;
  const { lead, checkworthiness, size, moves } = settle(members);
  const byId = new Map(members.map((m) => [m.claimId, m]));
  await Promise.all(moves.map((move) => placeInCluster(store, byId.get(move.claimId)!, { clusterId, clusterRole: move.clusterRole, clusterCheckworthiness: move.clusterCheckworthiness, clusterSize: move.clusterSize })));
  await store.client.send(new UpdateCommand({
    TableName: store.table,
    Key: clusterKey(clusterId),
    UpdateExpression: `SET #size = :size${lead ? ', #lead = :lead, checkworthiness = :cw' : ' REMOVE #lead'}`,
    ExpressionAttributeNames: { '#size': 'size', '#lead': 'lead' },
    ExpressionAttributeValues: { ':size': size, ...(lead ? { ':lead': lead, ':cw': checkworthiness } : {}) },
  }));
}

/**
 * Settles the cluster of a claim a reviewer changed, unless the claim is alone in it: a claim no
 * other has joined leads its cluster of one from its founding to its verdict and after, and a
 * copy that joins later settles the cluster itself.
 */
export async function settleClusterOf(store: Store, claim: ClusterPlace): Promise<void> {
  if (claim.clusterId && claim.sharesCluster) await settleCluster(store, claim.clusterId);
}

/**
 * Marks a member as sharing its cluster with others, if it is still in it (whatever its version:
 * the mark is no reviewer's change). A joiner carries the mark from its first write; the founder
 * is marked by the first copy that joins, before that copy is written.
 */
const markSharing = ({ client, table }: Store, claimId: string, clusterId: string) =>
  conditionally(() =>
    client.send(new UpdateCommand({
      TableName: table,
      Key: claimKey(claimId),
      UpdateExpression: 'SET sharesCluster = :yes',
      ConditionExpression: 'clusterId = :cluster',
      ExpressionAttributeValues: { ':yes': true, ':cluster': clusterId },
    })),
  );

/**
 * Takes a claim out of its cluster (a reviewer found it was not the same claim after all): it is
 * filed under its keys no more, so no later copy joins the cluster through it, and the cluster is
 * settled without it. The claim's own item is changed by the caller, with its history.
 */
export async function leaveCluster(store: Store, claim: ClaimRecord): Promise<void> {
  const { clusterId } = claim;
  if (!clusterId) return;
  const member = await store.client.send(new QueryCommand({
    TableName: store.table,
    KeyConditionExpression: 'pk = :pk AND sk = :sk',
    ExpressionAttributeValues: { ':pk': clusterKey(clusterId).pk, ':sk': clusterMemberKey(clusterId, claim.createdAt, claim.claimId).sk },
    ConsistentRead: true,
  }));
  const keys = (member.Items?.[0]?.keys as string[] | undefined) ?? [];
  await batchWriteAll(store.client, store.table, keys.map((key) => ({ DeleteRequest: { Key: clusterBandKey(key, claim.claimId) } })));
  await store.client.send(new DeleteCommand({ TableName: store.table, Key: clusterMemberKey(clusterId, claim.createdAt, claim.claimId) }));
  await settleCluster(store, clusterId);
}

/**
 * Claims as the API shows them: `cluster: { id, size }` when another claim in another article says
 * the same (a cluster of one is no cluster), and none of the store's bookkeeping of the queue.
 */
export async function presentClaims<C extends ClaimRecord>(store: Store, claims: C[]): Promise<Claim[]> {
  // a pending lead carries its cluster's size (settleCluster keeps it); other members read their cluster's item
  const carried = (c: ClaimRecord) => (c.status === 'pending' && c.clusterRole === 'lead' ? c.clusterSize : undefined);
  const ids = [...new Set(claims.filter((c) => c.sharesCluster && carried(c) === undefined).map((c) => c.clusterId).filter((id): id is string => id !== undefined))];
  const sizes = await clusterSizes(store, ids);
  return claims.map((c) => {
    const { clusterId, clusterRole, clusterCheckworthiness, clusterSize, sharesCluster, ...claim } = c;
    const size = !clusterId ? 0 : carried(c) ?? sizes.get(clusterId) ?? 0;
    return { ...claim, ...(clusterId && size > 1 ? { cluster: { id: clusterId, size } } : {}) };
  });
}

/** How many articles a cluster's item says carry its claim (what a claim's `cluster.size` shows); 0 for no cluster. */
export const clusterSize = async (store: Store, clusterId: string): Promise<number> => (await clusterSizes(store, [clusterId])).get(clusterId) ?? 0;

export const presentClaim = async <C extends ClaimRecord>(store: Store, claim: C): Promise<Claim> => (await presentClaims(store, [claim]))[0];

async function clusterSizes({ client, table }: Store, ids: string[]): Promise<Map<string, number>> {
  const items = await batchGetAll(client, table, ids.map(clusterKey), { projection: { expression: 'clusterId, #size', names: { '#size': 'size' } } });
  return new Map(items.map((item) => [String(item.clusterId), Number(item.size)]));
}
