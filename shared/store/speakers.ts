import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Claim, ClaimStatus, SpeakerSummary } from '../api/schemas.ts';
import { canonicalName } from '../review/speaker-identity.ts';
import { fromItem, publicClaim } from './claims.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { queryAll } from './query-all.ts';
import { ARTICLE_PK, CLAIM_SK, GSI1, GSI3, keyableName, SPEAKER_CLAIM_SK, SPEAKER_LIST_SK, SPEAKER_PK, speakerKey, speakerListKey, speakerNamePrefix, SPEAKERS_PARTITION } from './keys.ts';

type Store = { client: DynamoDBDocumentClient; table: string };
type Speaker = Claim['speaker'];

/**
 * The speakers an upload's claims name, one item each, kept as the latest reading names them
 * (its title and type). Named speakers are listed by canonical name (GET /speakers); an unnamed
 * source, whose id is its article's, is not listed but its claims are found all the same.
 */
export async function recordSpeakers({ client, table }: Store, speakers: Speaker[]): Promise<void> {
  const unique = new Map(speakers.map((s) => [s.id, s]));
  await Promise.all(
    [...unique.values()].map((s) => {
      const listed = s.type !== 'anonymous' ? speakerListKey(canonicalName(s.name), s.id) : {};
      const values = { ':id': s.id, ':name': s.name, ':type': s.type ?? 'person', ...(s.title ? { ':title': s.title } : {}), ...prefixed(listed) };
      const sets = ['speakerId = :id', '#name = :name', '#type = :type', ...(s.title ? ['title = :title'] : []), ...Object.keys(listed).map((k) => `${k} = :${k}`)];
      return client.send(
        new UpdateCommand({
          TableName: table,
          Key: speakerKey(s.id),
          UpdateExpression: `SET ${sets.join(', ')}`,
          ExpressionAttributeNames: { '#name': 'name', '#type': 'type' },
          ExpressionAttributeValues: values,
        }),
      );
    }),
  );
}

const prefixed = (keys: Record<string, string>) => Object.fromEntries(Object.entries(keys).map(([k, v]) => [`:${k}`, v]));

/**
 * Named speakers by name, those whose canonical name starts with `q` when it is given, each with
 * their claims counted by status. A list key holds only the start of a name (keys.ts
 * SPEAKER_NAME_KEY_BYTES), so a search longer than that reads the speakers who share its start
 * and keeps those whose whole name goes on as the search does: such a page may hold fewer than
 * `limit` speakers while `nextCursor` is not null.
 */
export async function listSpeakers(store: Store, query: { q?: string }, limit: number, cursor?: string): Promise<{ items: SpeakerSummary[]; nextCursor: string | null }> {
  const wanted = query.q ? keyableName(canonicalName(query.q)) : '';
  const prefix = speakerNamePrefix(wanted);
  const shape = {
    query: `speakers:${wanted}`,
    // DynamoDB refuses a start key outside begins_with(gsi1sk, prefix)
    keys: { pk: SPEAKER_PK, sk: 'SPEAKER', gsi1pk: SPEAKERS_PARTITION, gsi1sk: (sk: string) => SPEAKER_LIST_SK.test(sk) && sk.startsWith(prefix) },
  };
  const out = await store.client.send(
    new QueryCommand({
      TableName: store.table,
      IndexName: GSI1,
      KeyConditionExpression: prefix ? 'gsi1pk = :p AND begins_with(gsi1sk, :q)' : 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': SPEAKERS_PARTITION, ...(prefix ? { ':q': prefix } : {}) },
      Limit: limit,
      ExclusiveStartKey: decodeCursor(shape, cursor),
    }),
  );
  const found = (out.Items ?? []).filter((item) => wanted === prefix || keyableName(canonicalName(String(item.name))).startsWith(wanted));
  const items = await Promise.all(found.map((item) => withCounts(store, item)));
  return { items, nextCursor: encodeCursor(shape, out.LastEvaluatedKey) };
}

export async function getSpeaker(store: Store, speakerId: string): Promise<SpeakerSummary | null> {
  const out = await store.client.send(new GetCommand({ TableName: store.table, Key: speakerKey(speakerId) }));
  return out.Item ? withCounts(store, out.Item) : null;
}

/**
 * A speaker's record, counted from their claims so that it cannot drift from them: a claim many
 * articles carry (a cluster) counts once. It reads the
 * status of each of the speaker's claims: for a speaker with thousands of claims a counter kept on
 * each verdict would be cheaper, at the price of keeping it right through re-extraction.
 */
async function withCounts(store: Store, item: Record<string, unknown>): Promise<SpeakerSummary> {
  const claims = await queryAll(store.client, {
    TableName: store.table,
    IndexName: GSI3,
    KeyConditionExpression: 'gsi3pk = :p',
    ProjectionExpression: '#status, claimId, clusterId',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':p': `SPEAKER#${item.speakerId}` },
  });
  const counts: SpeakerSummary['counts'] = { pending: 0, verified: 0, disputed: 0 };
  // a dismissed claim leaves its speaker's claims when it is dismissed: none is counted here; the
  // copies of one claim in a cluster of articles are one claim of theirs
  const counted = new Set<string>();
  for (const c of claims) {
    const one = `${c.status}:${c.clusterId ?? c.claimId}`;
    if (!(String(c.status) in counts) || counted.has(one)) continue;
    counted.add(one);
    counts[c.status as keyof typeof counts] += 1;
  }
  return { speakerId: item.speakerId as string, name: item.name as string, type: item.type as SpeakerSummary['type'], ...(item.title ? { title: item.title as string } : {}), counts };
}

/** Every claim a speaker made, in any article, newest first; of one status when asked. */
export async function listSpeakerClaims(store: Store, query: { speakerId: string; status?: ClaimStatus }, limit: number, cursor?: string): Promise<{ items: Claim[]; nextCursor: string | null }> {
  const partition = `SPEAKER#${query.speakerId}`;
  const shape = { query: `speaker-claims:${query.speakerId}:${query.status ?? ''}`, keys: { pk: ARTICLE_PK, sk: CLAIM_SK, gsi3pk: partition, gsi3sk: SPEAKER_CLAIM_SK } };
  const out = await store.client.send(
    new QueryCommand({
      TableName: store.table,
      IndexName: GSI3,
      KeyConditionExpression: 'gsi3pk = :p',
      ...(query.status ? { FilterExpression: '#status = :status', ExpressionAttributeNames: { '#status': 'status' } } : {}),
      ExpressionAttributeValues: { ':p': partition, ...(query.status ? { ':status': query.status } : {}) },
      ScanIndexForward: false,
      Limit: limit,
      ExclusiveStartKey: decodeCursor(shape, cursor),
    }),
  );
  return { items: (out.Items ?? []).map(fromItem).map(publicClaim), nextCursor: encodeCursor(shape, out.LastEvaluatedKey) };
}
