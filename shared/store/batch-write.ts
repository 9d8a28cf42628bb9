import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { MAX_BATCH_WRITE } from './dynamodb-limits.ts';

export type WriteRequest = { PutRequest: { Item: Record<string, unknown> } } | { DeleteRequest: { Key: Record<string, unknown> } };

const MAX_ATTEMPTS = 8;

/**
 * Writes every request, 25 at a time, retrying what DynamoDB hands back as UnprocessedItems
 * (throttling) with exponential backoff. Throws if some are still unwritten after MAX_ATTEMPTS.
 */
export async function batchWriteAll(
  client: DynamoDBDocumentClient,
  table: string,
  requests: WriteRequest[],
  { baseDelayMs = 25 }: { baseDelayMs?: number } = {},
): Promise<void> {
  for (let i = 0; i < requests.length; i += MAX_BATCH_WRITE) {
    let pending = requests.slice(i, i + MAX_BATCH_WRITE);
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > MAX_ATTEMPTS) throw new Error(`${pending.length} writes still unprocessed after ${MAX_ATTEMPTS} attempts`);
      if (attempt > 1) await new Promise((r) => setTimeout(r, Math.min(2000, baseDelayMs * 2 ** attempt)));
      const out = await client.send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
      pending = (out.UnprocessedItems?.[table] ?? []) as WriteRequest[];
    }
  }
}
