import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { FiledClaim } from '../review/clusters.ts';
import type { RuledEntry } from '../review/seen-before.ts';
import { BAND_LOCK_SK, bandPartition, FILED_SK_PREFIX, SEEN_SK_PREFIX } from './keys.ts';
import { queryAll } from './query-all.ts';

type Store = { client: DynamoDBDocumentClient; table: string };

/** What one LSH key's partition holds: the claims filed under it for clusters, and the ruled claims filed under it for seen-before. */
export interface BandEntries {
  filed: FiledClaim[];
  ruled: RuledEntry[];
}

/**
 * Reads the partitions of some LSH keys, one query each (keys.ts `bandPartition`): every entry, as a
 * claim joining a cluster reads them, so that the same read finds the verdicts it has seen before
 * (`ruledOnly` for a claim already in its cluster, which wants those alone). Strongly consistent
 * when asked: a join reads under the keys' locks, and must see what the last holder filed.
 */
export async function readBands({ client, table }: Store, bands: string[], { consistent = false, ruledOnly = false }: { consistent?: boolean; ruledOnly?: boolean } = {}): Promise<Map<string, BandEntries>> {
  const read = new Map<string, BandEntries>();
  await Promise.all(
    [...new Set(bands)].map(async (band) => {
      const items = await queryAll(client, {
        TableName: table,
        KeyConditionExpression: ruledOnly ? 'pk = :pk AND begins_with(sk, :seen)' : 'pk = :pk AND sk < :lock',
        ExpressionAttributeValues: { ':pk': bandPartition(band), ...(ruledOnly ? { ':seen': SEEN_SK_PREFIX } : { ':lock': BAND_LOCK_SK }) },
        ...(consistent ? { ConsistentRead: true } : {}),
      });
      read.set(band, {
        filed: items.filter((i) => String(i.sk).startsWith(FILED_SK_PREFIX)) as unknown as FiledClaim[],
        ruled: items.filter((i) => String(i.sk).startsWith(SEEN_SK_PREFIX)) as unknown as RuledEntry[],
      });
    }),
  );
  return read;
}
