import { DeleteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchWriteAll } from './batch-write.ts';
import { conditionally } from './conditional-write.ts';

type Store = { client: DynamoDBDocumentClient; table: string };
type Key = { pk: string; sk: string };

export interface LockOptions {
  /** how long a lock holds if its holder dies: another takes it after that */
  leaseMs?: number;
  /** how long to wait for the locks before giving up (the caller's delivery is retried) */
  waitMs?: number;
}

/**
 * Runs `work` holding a lease on each key: a single-item conditional write per key, as DynamoDB
 * (and dynalite, which has no transactions) allows. All the keys are asked for at once, one round
 * trip rather than one per key; a holder that gets only some of them lets those go before it
 * waits, so no two holders ever wait on each other while holding keys the other wants. A lock
 * whose holder died expires after its lease. Released whatever `work` does. Many keys are fine:
 * a holder asks for all of them in one burst.
 */
export async function withKeyLocks<T>(store: Store, keys: Key[], owner: string, work: () => Promise<T>, { leaseMs = 15_000, waitMs = 60_000 }: LockOptions = {}): Promise<T> {
  const distinct = [...new Map(keys.map((k) => [`${k.pk}\u0000${k.sk}`, k])).values()];
  const giveUpAt = Date.now() + waitMs;
  for (let attempt = 0; ; attempt++) {
    const askedAt = Date.now();
    const withinLease = () => Date.now() - askedAt < leaseMs / 2;
    const taken = await Promise.all(distinct.map((key) => take(store, key, owner, leaseMs)));
    const held = distinct.filter((_, i) => taken[i]);
    if (held.length === distinct.length) {
      try {
        return await work();
      } finally {
        await releaseAll(store, held, owner, withinLease());
      }
    }
    await releaseAll(store, held, owner, withinLease());
    if (Date.now() > giveUpAt) throw new LockTimeout(distinct[taken.indexOf(false)]);
    // backoff with jitter: holders work for milliseconds, not seconds, and two that keep taking
    // half of what they both want each draw a different wait
    await new Promise((r) => setTimeout(r, Math.min(500, 10 * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random())));
  }
}

/**
 * Lets the keys go. Well within the lease, no one else can hold them (another takes a key only
 * once its lease is over), so they are deleted in batches of 25, one request each; later, a key
 * may have passed to another holder, and each is deleted only if still this holder's.
 */
const releaseAll = async (store: Store, keys: Key[], owner: string, withinLease: boolean) => {
  if (withinLease) await batchWriteAll(store.client, store.table, keys.map((key) => ({ DeleteRequest: { Key: key } })));
  else await Promise.all(keys.map((key) => release(store, key, owner)));
};

export class LockTimeout extends Error {
  constructor(key: Key) {
    super(`another writer held ${key.pk} too long`);
  }
}

const take = ({ client, table }: Store, key: Key, owner: string, leaseMs: number) => {
  const now = Date.now();
  return conditionally(() =>
    client.send(new UpdateCommand({
      TableName: table,
      Key: key,
      UpdateExpression: 'SET #owner = :owner, #until = :until',
      ConditionExpression: 'attribute_not_exists(#owner) OR #until < :now OR #owner = :owner',
      ExpressionAttributeNames: { '#owner': 'owner', '#until': 'until' },
      ExpressionAttributeValues: { ':owner': owner, ':until': now + leaseMs, ':now': now },
    })),
  );
};

const release = ({ client, table }: Store, key: Key, owner: string) =>
  conditionally(() => client.send(new DeleteCommand({ TableName: table, Key: key, ConditionExpression: '#owner = :owner', ExpressionAttributeNames: { '#owner': 'owner' }, ExpressionAttributeValues: { ':owner': owner } })));
