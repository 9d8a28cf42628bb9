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
 * (and dynalite, which has no transactions) allows. Every holder takes its keys in one order (the
 * keys sorted): it asks for all it lacks at once, one round trip rather than one per key, keeps
 * those before the first it did not get and lets the rest go, then waits for that one. A holder
 * so only ever waits for a key after every key it holds, and no two holders wait on each other;
 * one that let every key go whenever it missed one could miss forever in a burst of articles
 * whose claims share popular keys. A lock whose holder died expires after
 * its lease; a waiting holder renews the leases it holds before half of them has gone by, and
 * `work` starts only on leases a quarter of their length old at most: it must end within the rest.
 * Released whatever `work` does, and whatever a take throws.
 */
export async function withKeyLocks<T>(store: Store, keys: Key[], owner: string, work: () => Promise<T>, { leaseMs = 15_000, waitMs = 60_000 }: LockOptions = {}): Promise<T> {
  const distinct = [...new Map(keys.map((k) => [JSON.stringify([k.pk, k.sk]), k])).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, k]) => k);
  const giveUpAt = Date.now() + waitMs;
  /** the keys distinct[0, held) are this holder's, their leases taken or renewed at `since` or later */
  let held = 0;
  let since = 0;
  /** whether the last round missed distinct[held]: the next asks for it alone */
  let waiting = false;
  const withinLease = () => Date.now() - since < leaseMs / 2;
  try {
    for (let attempt = 0; ; ) {
      const askedAt = Date.now();
      const renewing = held > 0 && askedAt - since > leaseMs / 4 ? held : 0;
      const asking: number[] = waiting ? [held] : distinct.map((_, i) => i).slice(held);
      const indices: number[] = [...Array.from({ length: renewing }, (_, i) => i), ...asking];
      const settled = await Promise.allSettled(indices.map((i) => take(store, distinct[i], owner, leaseMs)));
      const failure = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failure) {
        // a take that failed may or may not have been written: every key this holder may hold is
        // let go, each only if still its own, and the error stands
        const mayHold = new Set([...distinct.slice(0, held), ...indices.filter((_, n) => settled[n].status === 'rejected' || (settled[n] as PromiseFulfilledResult<boolean>).value).map((i) => distinct[i])]);
        held = 0;
        await Promise.all([...mayHold].map((key) => release(store, key, owner)));
        throw failure.reason;
      }
      const taken = settled.map((r) => r.status === 'fulfilled' && r.value);
      if (renewing > 0 || held === 0) since = askedAt;
      // the first key, in key order, this holder now lacks: it keeps those before, lets go those after
      const missed: number | undefined = indices.find((_, n) => !taken[n]);
      const got = missed ?? (waiting ? held + 1 : distinct.length);
      await releaseAll(store, indices.filter((i, n) => taken[n] && i > got).map((i) => distinct[i]), owner, true);
      const progressed = got > held;
      held = got;
      waiting = missed !== undefined;
      // work starts only on leases fresh enough to outlast it: a slow round may have aged them
      if (held === distinct.length && Date.now() - since < leaseMs / 4) return await work();
      if (Date.now() > giveUpAt) throw new LockTimeout(distinct[Math.min(held, distinct.length - 1)]);
      if (!waiting) continue;
      attempt = progressed ? 0 : attempt + 1;
      // backoff with jitter (holders work for milliseconds, not seconds), never so long that a held lease runs out before it is renewed
      await new Promise((r) => setTimeout(r, Math.min(500, leaseMs / 6, 10 * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random())));
    }
  } finally {
    await releaseAll(store, distinct.slice(0, held), owner, withinLease());
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
