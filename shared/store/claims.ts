import { DeleteCommand, GetCommand, QueryCommand, ScanCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { Claim, ClaimStatus, ClusterLeftEntry, HistoryEntry } from '../api/schemas.ts';
import type { Review } from '../review/verdicts.ts';
import { keepingCorrections, type Correction, type Dismissal, type Reopening } from '../review/corrections.ts';
import { NotFound, StateConflict, VersionConflict } from '../errors.ts';
import { batchGetAll } from './batch-get.ts';
import { batchWriteAll } from './batch-write.ts';
import { conditionally } from './conditional-write.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { MAX_CLAIM_CHARS, MAX_HISTORY_IN_ITEM, MAX_SPAN_CHARS } from './dynamodb-limits.ts';
import { queryAll } from './query-all.ts';
import { ARTICLE_PK, articleKey, claimKey, CLAIM_SK, CLAIM_SK_PREFIX, GSI4, historyKey, queueKey, REVIEW_LIST_SK, reviewListKey, REVIEWS_PARTITION, speakerClaimKey } from './keys.ts';

export interface ClaimStore {
  client: DynamoDBDocumentClient;
  table: string;
}

/** What an extraction reads of a claim: everything but its review. */
export type Reading = Pick<Claim, 'claimId' | 'articleId' | 'text' | 'kind' | 'speaker' | 'content' | 'source' | 'cue' | 'confidence' | 'checkworthiness' | 'signals' | 'seenBefore'> & { extractorVersion: string };

/**
 * A claim's place in its cluster, as its item keeps it (store/clusters.ts): the cluster, and whether
 * the pending queue shows it for the cluster (`lead`, ranked by the cluster's most check-worthy
 * pending member) or not (`member`). The API shows `cluster: { id, size }` instead.
 */
export interface ClusterPlace {
  clusterId?: string;
  clusterRole?: 'lead' | 'member';
  clusterCheckworthiness?: number;
  /** on a pending lead only: how many articles carry the claim, so that the queue shows it without reading the cluster */
  clusterSize?: number;
  /**
   * set once another claim has shared its cluster: only then does showing the claim read the
   * cluster's size, so a page of claims no other article carries reads nothing more
   */
  sharesCluster?: boolean;
}

/** A claim as the store keeps it, less its keys: what a write is decided from. */
export type ClaimRecord = Claim & ClusterPlace & { leftCluster?: string };

/** A claim as read back for a decision: with the sequencer of the upload that last wrote it. */
export type StoredClaim = ClaimRecord & { seq?: string };

/**
 * A claim's words are stored once (`text`; the content span keeps only its offsets) and bounded,
 * so that no claim can pass DynamoDB's item limit: a longer one keeps its first MAX_CLAIM_CHARS and
 * says `truncated`, while its offsets and the article's text keep every word.
 */
function readingAttributes(reading: Reading): Record<string, unknown> {
  const truncated = reading.text.length > MAX_CLAIM_CHARS;
  const bound = (span: Claim['source']) => span && { ...span, text: span.text.slice(0, MAX_SPAN_CHARS) };
  return {
    claimId: reading.claimId,
    articleId: reading.articleId,
    text: reading.text.slice(0, MAX_CLAIM_CHARS),
    kind: reading.kind,
    speaker: reading.speaker,
    content: contentAttribute(reading.content),
    source: bound(reading.source),
    cue: bound(reading.cue),
    confidence: reading.confidence,
    ...(reading.checkworthiness !== undefined ? { checkworthiness: reading.checkworthiness, signals: reading.signals ?? [] } : {}),
    extractorVersion: reading.extractorVersion,
    seenBefore: reading.seenBefore ?? [],
    ...(truncated ? { truncated: true } : {}),
  };
}

/**
 * A content's offsets; when a reporting clause splits it, its pieces' offsets too and the words it
 * spans (bounded as a source's are: the article's text holds them all), since the claim's `text`
 * is then the pieces' words alone and no longer what the span holds.
 */
const contentAttribute = ({ start, end, text, pieces }: Claim['content']) =>
  pieces ? { start, end, text: text.slice(0, MAX_SPAN_CHARS), pieces: pieces.map((p) => ({ start: p.start, end: p.end })) } : { start, end };

export const fromItem = (item: Record<string, unknown>): StoredClaim => {
  const { pk, sk, gsi1pk, gsi1sk, gsi2pk, gsi2sk, gsi3pk, gsi3sk, gsi4pk, gsi4sk, ...claim } = item as Record<string, unknown> & { text: string; content: { start: number; end: number; text?: string } };
  return { ...claim, content: { ...claim.content, text: claim.content.text ?? claim.text } } as StoredClaim;
};
export const publicClaim = ({ seq, ...claim }: StoredClaim): ClaimRecord => claim;
/** A claim's item as the API shows the claim: how a stream's image of it is read. */
export const claimFromItem = (item: Record<string, unknown>): ClaimRecord => publicClaim(fromItem(item));

/** An article's claims in reading order. */
export async function listArticleClaims(store: ClaimStore, articleId: string): Promise<ClaimRecord[]> {
  return (await listStoredClaims(store, articleId)).map(publicClaim);
}

/** An article's claims as stored, read strongly consistently: ingest decides from them. */
export async function listStoredClaims({ client, table }: ClaimStore, articleId: string): Promise<StoredClaim[]> {
  const items = await queryAll(client, {
    TableName: table,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :claim)',
    ExpressionAttributeValues: { ':pk': articleKey(articleId).pk, ':claim': CLAIM_SK_PREFIX },
    ConsistentRead: true,
  });
  return items.map(fromItem).sort((a, b) => a.content.start - b.content.start);
}

export async function getClaim(store: ClaimStore, claimId: string): Promise<ClaimRecord | null> {
  const claim = await getStoredClaim(store, claimId);
  return claim && publicClaim(claim);
}

/** Claims as stored, read strongly consistently in as few requests as DynamoDB allows; those that exist, in no order. */
export async function getStoredClaims({ client, table }: ClaimStore, claimIds: string[]): Promise<StoredClaim[]> {
  return (await batchGetAll(client, table, [...new Set(claimIds)].map(claimKey), { consistent: true })).map(fromItem);
}

export async function getStoredClaim({ client, table }: ClaimStore, claimId: string): Promise<StoredClaim | null> {
  const out = await client.send(new GetCommand({ TableName: table, Key: claimKey(claimId), ConsistentRead: true }));
  return out.Item ? fromItem(out.Item) : null;
}

/**
 * Every write an upload makes to a claim is fenced by the upload's sequencer: it holds only while
 * no later upload of the article has written the claim (`seq`), so an older upload still running
 * can never change what a newer one wrote. Items from before the fence have no `seq`.
 */
const FENCE = '(attribute_not_exists(seq) OR seq <= :seq)';

export type WriteOutcome = 'created' | 'written' | 'superseded';

/** Conditional writes to one claim retried from a fresh read: each retry means another writer moved first. */
const MAX_ATTEMPTS = 5;

/**
 * Stores an upload's reading of a claim. `prior` is the claim as ingest last read it (absent if it
 * was not there); the write holds only if the claim is still as read, and is re-decided from a
 * fresh read otherwise. A new claim arrives pending; a claim already there keeps its status and
 * history, and comes back into the lists if it was retracted. When the words or the speaker of a
 * ruled claim change (a newer extractor's reading handed its id, review/claim-identity.ts), its
 * version moves on and its history says so, so that a reviewer who read the old words must look
 * again. `superseded` when a later upload has written the claim.
 */
export async function writeReading(store: ClaimStore, reading: Reading, sequencer: string, prior: StoredClaim | undefined, now: Date, uploadedAt: Date = now, place: ClusterPlace = {}): Promise<WriteOutcome> {
  const { client, table } = store;
  const at = now.toISOString();
  // a new claim dates from its upload, as its article does: read again after a lost write, it keeps its place in the queue
  const created = uploadedAt.toISOString();
  for (let attempt = 1; ; attempt++) {
    if (prior?.seq !== undefined && prior.seq > sequencer) return 'superseded';
    // what a reviewer corrected stays as they left it, whatever this extraction reads
    const read: Reading & { original?: ClaimRecord['original'] } = prior ? keepingCorrections(reading, prior) : reading;
    // a reviewer's spans moved with the text: the extractor's first reading moves with them
    const attributes = { ...readingAttributes(read), ...(read.original ? { original: read.original } : {}), seq: sequencer, updatedAt: at };
    let wrote: boolean;
    if (!prior) {
      const fresh = { ...attributes, ...place, status: 'pending', version: 0, history: [], createdAt: created, ...queueKey('pending', { ...reading, ...place, createdAt: created }), ...speakerClaimKey({ ...reading, createdAt: created }) };
      wrote = await conditionally(() => client.send(new UpdateCommand({ TableName: table, Key: claimKey(reading.claimId), ...assignments(fresh), ConditionExpression: 'attribute_not_exists(pk)' })));
    } else {
      const reread = rereadEntry(prior, read, at);
      const history = reread ? await withEntry(store, prior, reread) : undefined;
      // a dismissed claim stays out of its speaker's claims and record
      const dismissed = prior.status === 'dismissed';
      // a claim stored before it was clustered takes the place it joins now
      const placed = place.clusterId ? place : clusterPlaceOf(prior);
      const update = {
        ...attributes,
        ...(place.clusterId ? place : {}),
        ...queueKey(prior.status, { ...read, ...placed, createdAt: prior.createdAt }),
        ...(dismissed ? {} : speakerClaimKey({ ...read, createdAt: prior.createdAt })),
        ...(history ? { history, version: prior.version + 1 } : {}),
      };
      const { UpdateExpression, ExpressionAttributeNames, ExpressionAttributeValues } = assignments(update);
      const expected = prior.version;
      const removals = ['retracted', 'retractedReason', ...(read.text.length > MAX_CLAIM_CHARS ? [] : ['truncated']), ...(dismissed ? ['gsi3pk', 'gsi3sk'] : [])];
      wrote = await conditionally(() =>
        client.send(new UpdateCommand({
          TableName: table,
          Key: claimKey(reading.claimId),
          UpdateExpression: `${UpdateExpression} REMOVE ${removals.map((_, i) => `#r${i}`).join(', ')}`,
          ConditionExpression: `${FENCE} AND version = :expected`,
          ExpressionAttributeNames: { ...ExpressionAttributeNames, ...Object.fromEntries(removals.map((name, i) => [`#r${i}`, name])) },
          ExpressionAttributeValues: { ...ExpressionAttributeValues, ':expected': expected, ':seq': sequencer },
        })),
      );
    }
    if (wrote) return prior ? 'written' : 'created';
    if (attempt === MAX_ATTEMPTS) throw new Error(`claim ${reading.claimId} kept changing under ${MAX_ATTEMPTS} attempts to write it`);
    prior = (await getStoredClaim(store, reading.claimId)) ?? undefined;
  }
}

const clusterPlaceOf = ({ clusterId, clusterRole, clusterCheckworthiness }: ClusterPlace): ClusterPlace => ({ clusterId, clusterRole, clusterCheckworthiness });

/**
 * Moves a pending claim to its place in its cluster's queue (store/clusters.ts settles who leads),
 * or out of any cluster with `place` empty. Only if the claim is still at `claim.version` and
 * pending: a claim ruled meanwhile has left the pending queue, and is left as it is.
 */
export async function placeInCluster({ client, table }: ClaimStore, claim: ClaimRecord, place: ClusterPlace): Promise<boolean> {
  const placed = { ...claim, ...place };
  const set = { ...Object.fromEntries(Object.entries(place).filter(([, v]) => v !== undefined)), ...queueKey(claim.status, placed) };
  const removals = (['clusterId', 'clusterRole', 'clusterCheckworthiness', 'clusterSize'] as const).filter((k) => place[k] === undefined);
  const { UpdateExpression, ExpressionAttributeNames, ExpressionAttributeValues } = assignments(set);
  return conditionally(() =>
    client.send(new UpdateCommand({
      TableName: table,
      Key: claimKey(claim.claimId),
      UpdateExpression: `${UpdateExpression}${removals.length ? ` REMOVE ${removals.map((_, i) => `#r${i}`).join(', ')}` : ''}`,
      ConditionExpression: 'attribute_exists(pk) AND version = :v AND #status = :status AND attribute_not_exists(retracted)',
      ExpressionAttributeNames: { ...ExpressionAttributeNames, '#status': 'status', ...Object.fromEntries(removals.map((name, i) => [`#r${i}`, name])) },
      ExpressionAttributeValues: { ...ExpressionAttributeValues, ':v': claim.version, ':status': claim.status },
    })),
  );
}

function rereadEntry(prior: StoredClaim, reading: Reading, at: string): HistoryEntry | undefined {
  if (prior.status === 'pending' || prior.status === 'dismissed') return undefined;
  if (prior.text === readingAttributes(reading).text && prior.speaker.name === reading.speaker.name) return undefined;
  return {
    verdict: prior.status,
    reviewer: 'extractor',
    note: `re-read by extractor ${reading.extractorVersion}: the verdict stands on the new reading`,
    at,
    reread: { extractorVersion: reading.extractorVersion, previous: { text: prior.text, speaker: prior.speaker.name } },
  };
}

/**
 * Takes a claim an upload no longer says out of review. A pending claim is deleted; a claim with a
 * verdict is kept, marked `retracted` with the reason, and leaves the status lists, so the
 * reviewer's work stays on the record. An already retracted claim is fenced all the same, so that
 * an older upload cannot bring it back.
 */
export async function retireClaim(store: ClaimStore, claim: StoredClaim, sequencer: string, reason: string, now: Date): Promise<WriteOutcome> {
  const { client, table } = store;
  let prior: StoredClaim | null = claim;
  for (let attempt = 1; prior; attempt++) {
    if (prior.seq !== undefined && prior.seq > sequencer) return 'superseded';
    // retracted and fenced by this upload already: a redelivery
    if (prior.retracted && prior.seq === sequencer) return 'written';
    const version = prior.version;
    // a claim a reviewer corrected is kept like a ruled one: their reading is on the record
    const done =
      prior.status === 'pending' && !prior.retracted && !prior.corrected?.length
        ? await conditionally(() =>
            client.send(new DeleteCommand({
              TableName: table,
              Key: claimKey(claim.claimId),
              ConditionExpression: `${FENCE} AND #status = :pending AND version = :v`,
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':pending': 'pending', ':v': version, ':seq': sequencer },
            })),
          )
        : await conditionally(() =>
            client.send(new UpdateCommand({
              TableName: table,
              Key: claimKey(claim.claimId),
              UpdateExpression: 'SET retracted = :true, retractedReason = if_not_exists(retractedReason, :reason), seq = :seq, updatedAt = :at REMOVE gsi1pk, gsi1sk, gsi2pk, gsi2sk, gsi3pk, gsi3sk',
              ConditionExpression: `${FENCE} AND version = :v`,
              ExpressionAttributeValues: { ':true': true, ':reason': reason, ':at': now.toISOString(), ':v': version, ':seq': sequencer },
            })),
          );
    if (done) return 'written';
    if (attempt === MAX_ATTEMPTS) throw new Error(`claim ${claim.claimId} kept changing under ${MAX_ATTEMPTS} attempts to retire it`);
    prior = await getStoredClaim(store, claim.claimId);
  }
  return 'written';
}

/**
 * Undoes the claims an upload created once a later upload has overtaken it: the later one never
 * saw them. A claim someone ruled on meanwhile is retracted rather than deleted.
 */
export async function withdrawCreated(store: ClaimStore, claimIds: string[], sequencer: string, now: Date): Promise<void> {
  const { client, table } = store;
  for (const claimId of claimIds) {
    const deleted = await conditionally(() =>
      client.send(new DeleteCommand({
        TableName: table,
        Key: claimKey(claimId),
        ConditionExpression: 'seq = :seq AND #status = :pending AND version = :zero',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':seq': sequencer, ':pending': 'pending', ':zero': 0 },
      })),
    );
    if (deleted) continue;
    await conditionally(() =>
      client.send(new UpdateCommand({
        TableName: table,
        Key: claimKey(claimId),
        UpdateExpression: 'SET retracted = :true, retractedReason = :reason, updatedAt = :at REMOVE gsi1pk, gsi1sk, gsi2pk, gsi2sk, gsi3pk, gsi3sk',
        ConditionExpression: 'seq = :seq',
        ExpressionAttributeValues: { ':true': true, ':reason': 'read from an upload that a newer upload of the article replaced', ':at': now.toISOString(), ':seq': sequencer },
      })),
    );
  }
}

/** `SET a = :a, …` for an update that assigns every attribute given. */
function assignments(attributes: Record<string, unknown>) {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets = Object.entries(attributes).map(([name, value], i) => {
    names[`#a${i}`] = name;
    values[`:a${i}`] = value;
    return `#a${i} = :a${i}`;
  });
  return { UpdateExpression: `SET ${sets.join(', ')}`, ExpressionAttributeNames: names, ExpressionAttributeValues: values };
}

/**
 * The claim's history with `entry` added, as its item keeps it: the newest MAX_HISTORY_IN_ITEM.
 * Entries that leave the item are first written to items of their own, keyed by their place in
 * the whole history (entry i moved the claim to version i + 1), so writing them again is harmless
 * and none is lost if the claim's own write then fails.
 */
async function withEntry({ client, table }: ClaimStore, claim: Claim, entry: HistoryEntry): Promise<HistoryEntry[]> {
  const history = [...claim.history, entry];
  const overflow = history.length - MAX_HISTORY_IN_ITEM;
  if (overflow <= 0) return history;
  const firstIndex = claim.version - claim.history.length;
  await batchWriteAll(client, table, history.slice(0, overflow).map((e, i) => ({ PutRequest: { Item: { ...historyKey(claim.claimId, firstIndex + i), entry: e } } })));
  return history.slice(overflow);
}

/**
 * Stores one step of a claim's review in one conditional write: the attributes it sets and removes,
 * the new version and the history with its entry change together, and only if the claim is still
 * at the version the reviewer saw (and the version `claim` was read at) and still in review.
 */
async function recordStep(store: ClaimStore, claim: ClaimRecord, expectedVersion: number, step: { version: number; entry: HistoryEntry; set: Record<string, unknown>; remove?: string[] }): Promise<ClaimRecord> {
  const { client, table } = store;
  if (claim.retracted) throw retractedConflict(claim);
  if (claim.version !== expectedVersion) throw new VersionConflict(claim.version, expectedVersion);
  try {
    const history = await withEntry(store, claim, step.entry);
    const { UpdateExpression, ExpressionAttributeNames, ExpressionAttributeValues } = assignments({ ...step.set, version: step.version, history, updatedAt: step.entry.at });
    const removals = step.remove ?? [];
    const out = await client.send(
      new UpdateCommand({
        TableName: table,
        Key: claimKey(claim.claimId),
        UpdateExpression: `${UpdateExpression}${removals.length ? ` REMOVE ${removals.map((_, i) => `#r${i}`).join(', ')}` : ''}`,
        ConditionExpression: 'attribute_exists(pk) AND version = :expected AND attribute_not_exists(retracted)',
        ExpressionAttributeNames: { ...ExpressionAttributeNames, ...Object.fromEntries(removals.map((name, i) => [`#r${i}`, name])) },
        ExpressionAttributeValues: { ...ExpressionAttributeValues, ':expected': expectedVersion },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return publicClaim(fromItem(out.Attributes!));
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    const current = await getClaim(store, claim.claimId);
    if (!current) throw new NotFound(`no claim ${claim.claimId}`);
    if (current.retracted) throw retractedConflict(current);
    throw new VersionConflict(current.version, expectedVersion);
  }
}

/** A retracted claim is on the record as it was: no step changes it until its article says it again. */
const retractedConflict = (claim: ClaimRecord) => new StateConflict(`claim ${claim.claimId} was retracted (${claim.retractedReason ?? 'its article no longer says it'}): it can be changed again if its article says it again`);

/**
 * Stores a verdict: the claim moves to its status's queue and into the ClaimReviews by time,
 * unless `listed` is false (a member of a cluster ruled through another: the cluster's one
 * ClaimReview, of the claim it was ruled through, lists every appearance).
 */
export function recordReview(store: ClaimStore, claim: ClaimRecord, expectedVersion: number, review: Review, { listed = true } = {}): Promise<ClaimRecord> {
  return recordStep(store, claim, expectedVersion, {
    version: review.version,
    entry: review.entry,
    set: { status: review.status, ...queueKey(review.status, claim), ...(listed ? reviewListKey(review.entry.at, claim.claimId) : {}) },
    remove: listed ? [] : ['gsi4pk', 'gsi4sk'],
  });
}

/**
 * Stores a reviewer's correction: the claim's reading becomes theirs, with the extractor's kept as
 * `original`; it keeps its status, and moves to its new speaker's claims and its new place in the
 * article's reading order.
 */
export function recordCorrection(store: ClaimStore, claim: ClaimRecord, expectedVersion: number, correction: Correction): Promise<ClaimRecord> {
  const { reading } = correction;
  const moved = { ...claim, ...reading };
  const truncated = reading.text.length > MAX_CLAIM_CHARS;
  return recordStep(store, claim, expectedVersion, {
    version: correction.version,
    entry: correction.entry,
    set: {
      text: reading.text.slice(0, MAX_CLAIM_CHARS),
      content: contentAttribute(reading.content),
      speaker: reading.speaker,
      cue: reading.cue && { ...reading.cue, text: reading.cue.text.slice(0, MAX_SPAN_CHARS) },
      kind: reading.kind,
      corrected: correction.corrected,
      original: { ...correction.original, text: correction.original.text.slice(0, MAX_CLAIM_CHARS), ...(correction.original.content.pieces ? { content: contentAttribute(correction.original.content) } : {}) },
      ...queueKey(claim.status, moved),
      ...speakerClaimKey(moved),
      ...(truncated ? { truncated: true } : {}),
    },
    remove: truncated ? [] : ['truncated'],
  });
}

/** Stores a dismissal: the claim leaves every queue but the dismissed one, its speaker's claims and the ClaimReviews. */
export function recordDismissal(store: ClaimStore, claim: ClaimRecord, expectedVersion: number, dismissal: Dismissal): Promise<ClaimRecord> {
  const { entry } = dismissal;
  return recordStep(store, claim, expectedVersion, {
    version: dismissal.version,
    entry,
    set: { status: 'dismissed', dismissal: { reason: entry.reason, ...(entry.duplicateOf ? { duplicateOf: entry.duplicateOf } : {}), reviewer: entry.reviewer, at: entry.at }, ...queueKey('dismissed', claim) },
    remove: ['gsi3pk', 'gsi3sk', 'gsi4pk', 'gsi4sk'],
  });
}

/** Stores a reopening: the claim is pending again, in the queue and its speaker's claims. */
export function recordReopening(store: ClaimStore, claim: ClaimRecord, expectedVersion: number, reopening: Reopening): Promise<ClaimRecord> {
  return recordStep(store, claim, expectedVersion, {
    version: reopening.version,
    entry: reopening.entry,
    set: { status: 'pending', ...queueKey('pending', claim), ...speakerClaimKey(claim) },
    remove: ['dismissal'],
  });
}

/**
 * A claim's whole history, oldest first, a page at a time: the entries that left the claim's item
 * (their own items) and then the newest ones in it. The cursor is the index of the next entry.
 */
export async function listClaimHistory(store: ClaimStore, claimId: string, limit: number, cursor?: string): Promise<{ items: HistoryEntry[]; nextCursor: string | null }> {
  const claim = await getClaim(store, claimId);
  if (!claim) throw new NotFound(`no claim ${claimId}`);
  const shape = { query: `history:${claimId}`, keys: { index: /^\d{1,9}$/ } };
  const from = Number(decodeCursor(shape, cursor)?.index ?? 0);
  const archived = claim.version - claim.history.length;
  const items: HistoryEntry[] = [];
  if (from < archived) {
    const out = await store.client.send(new QueryCommand({
      TableName: store.table,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': articleKey(claim.articleId).pk, ':from': historyKey(claimId, from).sk, ':to': historyKey(claimId, archived - 1).sk },
      Limit: limit,
      ConsistentRead: true,
    }));
    items.push(...(out.Items ?? []).map((i) => i.entry as HistoryEntry));
  }
  // a page of archived entries can stop short at DynamoDB's 1 MB: then the next page goes on from there
  if (from + items.length >= archived) {
    const inItemFrom = from + items.length - archived;
    items.push(...claim.history.slice(inItemFrom, inItemFrom + limit - items.length));
  }
  const next = from + items.length;
  return { items, nextCursor: next < claim.version && items.length > 0 ? encodeCursor(shape, { index: String(next) }) : null };
}

/** One article's claims of one status (and speaker), from the article's own partition. */
export async function listArticleClaimsByStatus(
  { client, table }: ClaimStore,
  query: { articleId: string; status: ClaimStatus; speaker?: string; minCheckworthiness?: number },
  limit: number,
  cursor?: string,
): Promise<{ items: Claim[]; nextCursor: string | null }> {
  const pk = articleKey(query.articleId).pk;
  const min = query.minCheckworthiness;
  const shape = { query: `article-claims:${query.status}:${query.speaker ?? ''}:${min ?? ''}`, keys: { pk, sk: CLAIM_SK } };
  const out = await client.send(
    new QueryCommand({
      TableName: table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :claim)',
      FilterExpression: `#status = :status AND attribute_not_exists(retracted)${query.speaker ? ' AND speaker.#name = :speaker' : ''}${min !== undefined ? ' AND checkworthiness >= :min' : ''}`,
      ExpressionAttributeNames: { '#status': 'status', ...(query.speaker ? { '#name': 'name' } : {}) },
      ExpressionAttributeValues: { ':pk': pk, ':claim': CLAIM_SK_PREFIX, ':status': query.status, ...(query.speaker ? { ':speaker': query.speaker } : {}), ...(min !== undefined ? { ':min': min } : {}) },
      Limit: limit,
      ExclusiveStartKey: decodeCursor(shape, cursor),
    }),
  );
  return { items: (out.Items ?? []).map(fromItem).map(publicClaim).sort((a, b) => a.content.start - b.content.start), nextCursor: encodeCursor(shape, out.LastEvaluatedKey) };
}

/** Claims of an article by status, counted from the claims themselves so the figures cannot drift. */
export async function countClaimsByStatus({ client, table }: ClaimStore, articleId: string): Promise<Record<ClaimStatus, number>> {
  const counts: Record<ClaimStatus, number> = { pending: 0, verified: 0, disputed: 0, dismissed: 0 };
  const items = await queryAll(client, {
    TableName: table,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :claim)',
    ProjectionExpression: '#status, retracted',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':pk': articleKey(articleId).pk, ':claim': CLAIM_SK_PREFIX },
  });
  for (const item of items) if (!item.retracted) counts[item.status as ClaimStatus] += 1;
  return counts;
}


/**
 * Ruled claims by the time of their last verdict, oldest first, from `since`: what a CMS pulls
 * as ClaimReviews, a page at a time.
 */
export async function listRuledClaims({ client, table }: ClaimStore, since: string | undefined, limit: number, cursor?: string): Promise<{ items: Claim[]; nextCursor: string | null }> {
  // a cursor from before `since` would ask DynamoDB to start outside the key condition: refused as not issued
  const shape = { query: `reviews:${since ?? ''}`, keys: { pk: ARTICLE_PK, sk: CLAIM_SK, gsi4pk: REVIEWS_PARTITION, gsi4sk: (sk: string) => REVIEW_LIST_SK.test(sk) && (!since || sk >= since) } };
  const out = await client.send(
    new QueryCommand({
      TableName: table,
      IndexName: GSI4,
      KeyConditionExpression: since ? 'gsi4pk = :p AND gsi4sk >= :since' : 'gsi4pk = :p',
      ExpressionAttributeValues: { ':p': REVIEWS_PARTITION, ...(since ? { ':since': since } : {}) },
      Limit: limit,
      ExclusiveStartKey: decodeCursor(shape, cursor),
    }),
  );
  return { items: (out.Items ?? []).map(fromItem).map(publicClaim), nextCursor: encodeCursor(shape, out.LastEvaluatedKey) };
}

/**
 * Every claim ruled now that was changed since `since` (an ISO time), a page at a time, in no
 * order: the whole table is read (a parallel scan), for a repair that must not miss a claim the
 * ClaimReviews list leaves out (a copy ruled through its cluster) or let go (dismissed since).
 */
export async function* scanRuledSince({ client, table }: ClaimStore, since: string, segments = 4): AsyncGenerator<ClaimRecord[]> {
  const pages = Array.from({ length: segments }, (_, segment) => ({ segment, start: undefined as Record<string, unknown> | undefined, over: false }));
  while (pages.some((p) => !p.over)) {
    const read = await Promise.all(
      pages.filter((p) => !p.over).map(async (p) => {
        const page = await client.send(new ScanCommand({
          TableName: table,
          Segment: p.segment,
          TotalSegments: segments,
          FilterExpression: 'begins_with(sk, :claim) AND #status IN (:verified, :disputed) AND updatedAt >= :since',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':claim': CLAIM_SK_PREFIX, ':verified': 'verified', ':disputed': 'disputed', ':since': since },
          ExclusiveStartKey: p.start,
        }));
        p.start = page.LastEvaluatedKey;
        p.over = !p.start;
        return (page.Items ?? []).map(claimFromItem);
      }),
    );
    yield read.flat();
  }
}

/**
 * Stores a claim's leaving its cluster: it is in the queue on its own again (as the lead of none),
 * and remembers the cluster it left, so that no re-reading of its article puts it back.
 */
export function recordClusterExit(store: ClaimStore, claim: ClaimRecord, expectedVersion: number, exit: { version: number; entry: ClusterLeftEntry }): Promise<ClaimRecord> {
  const alone = { ...claim, clusterId: undefined, clusterRole: undefined, clusterCheckworthiness: undefined, clusterSize: undefined, sharesCluster: undefined };
  return recordStep(store, claim, expectedVersion, {
    version: exit.version,
    entry: exit.entry,
    set: { leftCluster: exit.entry.clusterId, ...queueKey(claim.status, alone) },
    remove: ['clusterId', 'clusterRole', 'clusterCheckworthiness', 'clusterSize', 'sharesCluster'],
  });
}
