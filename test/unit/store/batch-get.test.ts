import { describe, expect, it } from 'vitest';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchGetAll } from '#shared/store/batch-get.ts';

type Input = { input: { RequestItems: Record<string, { Keys: Array<{ pk: string }>; ConsistentRead?: boolean }> } };

/** dynalite never throttles, so a stand-in client shows what DynamoDB does under load: it hands keys back. */
function throttlingClient(handBackFirst: number, handBackAlways = false) {
  const batches: number[] = [];
  const consistent: Array<boolean | undefined> = [];
  let handedBack = false;
  const client = {
    send: async (command: Input) => {
      const { Keys, ConsistentRead } = command.input.RequestItems.t;
      batches.push(Keys.length);
      consistent.push(ConsistentRead);
      const back = handBackAlways || !handedBack ? Keys.slice(0, handBackFirst) : [];
      handedBack = true;
      return { Responses: { t: Keys.slice(back.length).map((k) => ({ ...k, found: true })) }, UnprocessedKeys: back.length ? { t: { Keys: back } } : {} };
    },
  };
  return { client: client as unknown as DynamoDBDocumentClient, batches, consistent };
}

const keys = (n: number) => Array.from({ length: n }, (_, i) => ({ pk: `p${i}` }));

describe('batchGetAll', () => {
  it('asks for at most 100 keys per request, consistently when told to, and returns every item', async () => {
    const { client, batches, consistent } = throttlingClient(0);
    const items = await batchGetAll(client, 't', keys(230), { consistent: true });
    expect(batches).toEqual([100, 100, 30]);
    expect(consistent).toEqual([true, true, true]);
    expect(new Set(items.map((i) => i.pk)).size).toBe(230);
  });

  it('asks again for the keys DynamoDB handed back unprocessed', async () => {
    const { client, batches } = throttlingClient(7);
    const items = await batchGetAll(client, 't', keys(30));
    expect(batches).toEqual([30, 7]);
    expect(items).toHaveLength(30);
  });

  it('gives up after repeated throttling instead of returning part of what was asked for', async () => {
    const { client } = throttlingClient(3, true);
    await expect(batchGetAll(client, 't', keys(3), { baseDelayMs: 1 })).rejects.toThrow(/unprocessed/);
  });
});
