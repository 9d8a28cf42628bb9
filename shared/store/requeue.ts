import { ScanCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { conditionally } from './conditional-write.ts';
import { fromItem } from './claims.ts';
import { CLAIM_SK_PREFIX, LEGACY_SEEN_PK_PREFIX, queueKey } from './keys.ts';
import { moveLegacySeenEntry } from './seen-before.ts';

type Store = { client: DynamoDBDocumentClient; table: string };

export interface Requeued {
  /** claims read */
  claims: number;
  /** claims whose queue keys were rewritten */
  moved: number;
  /** seen-before entries moved from where an older version filed them (seen-before.ts `moveLegacySeenEntry`) */
  seenMoved: number;
}

/**
 * Puts every queued claim in the queue partition the running code gives it: after a deploy that
 * changed the queue's layout (keys.ts QUEUE_SHARDS), a claim written before it waits in a
 * partition the queue no longer reads until this moves it. One parallel scan; each move is one
 * conditional write that only swaps the keys it read, so a claim written meanwhile, which has its
 * new keys already, is left alone. The same scan moves the seen-before entries an older version
 * filed apart from the clusters' (keys.ts `legacySeenKey`), which no new claim reads until they
 * are moved. Safe to run again, or to stop and run from the start.
 */
export async function requeueClaims(store: Store, { segments = 4 }: { segments?: number } = {}): Promise<Requeued> {
  const done: Requeued = { claims: 0, moved: 0, seenMoved: 0 };
  await Promise.all(Array.from({ length: segments }, (_, segment) => requeueSegment(store, segment, segments, done)));
  return done;
}

async function requeueSegment({ client, table }: Store, segment: number, segments: number, done: Requeued): Promise<void> {
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(new ScanCommand({
      TableName: table,
      Segment: segment,
      TotalSegments: segments,
      FilterExpression: '(begins_with(sk, :claim) AND attribute_exists(gsi1pk)) OR begins_with(pk, :legacySeen)',
      ExpressionAttributeValues: { ':claim': CLAIM_SK_PREFIX, ':legacySeen': LEGACY_SEEN_PK_PREFIX },
      ExclusiveStartKey: start,
    }));
    for (const item of page.Items ?? []) {
      if (String(item.pk).startsWith(LEGACY_SEEN_PK_PREFIX)) {
        if (await moveLegacySeenEntry({ client, table }, item)) done.seenMoved++;
        continue;
      }
      done.claims++;
      const claim = fromItem(item);
      const wanted = queueKey(claim.status, claim);
      if (wanted.gsi1pk === item.gsi1pk && wanted.gsi2pk === item.gsi2pk) continue;
      const moved = await conditionally(() =>
        client.send(new UpdateCommand({
          TableName: table,
          Key: { pk: item.pk, sk: item.sk },
          UpdateExpression: 'SET gsi1pk = :p1, gsi1sk = :s1, gsi2pk = :p2, gsi2sk = :s2',
          ConditionExpression: 'gsi1pk = :was1 AND gsi2pk = :was2',
          ExpressionAttributeValues: { ':p1': wanted.gsi1pk, ':s1': wanted.gsi1sk, ':p2': wanted.gsi2pk, ':s2': wanted.gsi2sk, ':was1': item.gsi1pk, ':was2': item.gsi2pk },
        })),
      );
      if (moved) done.moved++;
    }
    start = page.LastEvaluatedKey;
  } while (start);
}
