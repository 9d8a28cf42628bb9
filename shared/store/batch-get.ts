import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { MAX_BATCH_GET } from './dynamodb-limits.ts';

const MAX_ATTEMPTS = 8;

type Key = Record<string, unknown>;

/**
 * Reads every item of `keys` that exists, 100 at a time, retrying what DynamoDB hands back as
 * UnprocessedKeys (throttling, or a response over 16 MB) with exponential backoff; in no order.
 * Throws if some are still unread after MAX_ATTEMPTS.
 */
export async function batchGetAll(
  client: DynamoDBDocumentClient,
  table: string,
  keys: Key[],
  { consistent = false, projection, baseDelayMs = 25 }: { consistent?: boolean; projection?: { expression: string; names?: Record<string, string> }; baseDelayMs?: number } = {},
): Promise<Array<Record<string, unknown>>> {
  const items: Array<Record<string, unknown>> = [];
  for (let i = 0; i < keys.length; i += MAX_BATCH_GET) {
    let pending = keys.slice(i, i + MAX_BATCH_GET);
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > MAX_ATTEMPTS) throw new Error(`${pending.length} reads still unprocessed after ${MAX_ATTEMPTS} attempts`);
      if (attempt > 1) await new Promise((r) => setTimeout(r, Math.min(2000, baseDelayMs * 2 ** attempt)));
      const out = await client.send(new BatchGetCommand({
        RequestItems: {
          [table]: {
            Keys: pending,
            ConsistentRead: consistent,
            ...(projection ? { ProjectionExpression: projection.expression, ...(projection.names ? { ExpressionAttributeNames: projection.names } : {}) } : {}),
          },
        },
      }));
      items.push(...(out.Responses?.[table] ?? []));
      pending = out.UnprocessedKeys?.[table]?.Keys ?? [];
    }
  }
  return items;
}
