import { describe, expect, it } from 'vitest';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchWriteAll } from '#shared/store/batch-write.ts';

/** dynalite never throttles, so a stand-in client shows what DynamoDB does under load: it hands writes back. */
function throttlingClient(handBackFirst: number) {
  const batches: number[] = [];
  let handedBack = false;
  const client = {
    send: async (command: { input: { RequestItems: Record<string, unknown[]> } }) => {
      const writes = command.input.RequestItems.t;
      batches.push(writes.length);
      if (!handedBack) {
        handedBack = true;
        return { UnprocessedItems: { t: writes.slice(0, handBackFirst) } };
      }
      return { UnprocessedItems: {} };
    },
  };
  return { client: client as unknown as DynamoDBDocumentClient, batches };
}

const puts = (n: number) => Array.from({ length: n }, (_, i) => ({ PutRequest: { Item: { pk: `p${i}` } } }));

describe('batchWriteAll', () => {
  it('sends at most 25 writes per request', async () => {
    const { client, batches } = throttlingClient(0);
    await batchWriteAll(client, 't', puts(60));
    expect(batches).toEqual([25, 25, 10]);
  });

  it('sends again the writes DynamoDB handed back unprocessed', async () => {
    const { client, batches } = throttlingClient(7);
    await batchWriteAll(client, 't', puts(30));
    expect(batches).toEqual([25, 7, 5]);
  });

  it('gives up after repeated throttling instead of looping forever', async () => {
    const client = { send: async (c: { input: { RequestItems: Record<string, unknown[]> } }) => ({ UnprocessedItems: c.input.RequestItems }) };
    await expect(batchWriteAll(client as unknown as DynamoDBDocumentClient, 't', puts(3), { baseDelayMs: 1 })).rejects.toThrow(/unprocessed/);
  });
});
