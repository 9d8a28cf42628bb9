import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServers, type LocalServers } from '../support/local-servers.ts';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { makeDocumentClient } from '#shared/aws/clients.ts';
import { LockTimeout, withKeyLocks } from '#shared/store/key-locks.ts';

let servers: LocalServers;
beforeAll(async () => {
  servers = await startLocalServers();
});
afterAll(() => servers.close());

const keys = (...names: string[]) => names.map((n) => ({ pk: `CKEY#${n}`, sk: 'LOCK' }));

describe('locks on keys', () => {
  it('lets one holder at a time work under keys two holders share', async () => {
    const log: string[] = [];
    const work = (who: string) => async () => {
      log.push(`${who} in`);
      await new Promise((r) => setTimeout(r, 50));
      log.push(`${who} out`);
    };
    await Promise.all([withKeyLocks(servers.store, keys('a', 'b'), 'one', work('one')), withKeyLocks(servers.store, keys('b', 'c'), 'two', work('two'))]);
    // whoever went first was out before the other came in
    const first = log[0].split(' ')[0];
    const second = first === 'one' ? 'two' : 'one';
    expect(log).toEqual([`${first} in`, `${first} out`, `${second} in`, `${second} out`]);
  });

  it('holds, while it waits for a key, only the keys before it in key order, and lets the rest go', async () => {
    let releaseF!: () => void;
    const holdingF = withKeyLocks(servers.store, keys('f'), 'slow', () => new Promise<void>((r) => (releaseF = r)));
    await new Promise((r) => setTimeout(r, 50));
    const waiting = withKeyLocks(servers.store, keys('ab', 'f', 'fz'), 'waiting', async () => 'all three');
    await new Promise((r) => setTimeout(r, 50));
    // `fz` comes after `f`, which `waiting` waits for: it is free for anyone else; `ab` comes before, and `waiting` keeps it
    await expect(withKeyLocks(servers.store, keys('fz'), 'passing', async () => 'fz', { waitMs: 1000 })).resolves.toBe('fz');
    await expect(withKeyLocks(servers.store, keys('ab'), 'blocked', async () => 'ab', { waitMs: 100 })).rejects.toThrow(LockTimeout);
    releaseF();
    await holdingF;
    await expect(waiting).resolves.toBe('all three');
  });

  it('lets every holder of a burst through when many share some of their keys, one at a time under each key', async () => {
    // forty holders, each with twelve keys, four of them drawn from six popular ones: letting every
    // key go on any miss, most missed forever; in key order each waits only behind holders ahead of it
    const random = (seed: number) => () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const next = random(7);
    const inside = new Map<string, string>();
    let overlaps = 0;
    const holders = Array.from({ length: 40 }, (_, h) => {
      const own = Array.from({ length: 8 }, (_, k) => `burst-${h}-${k}`);
      const popular = Array.from({ length: 4 }, () => `burst-popular-${Math.floor(next() * 6)}`);
      const names = [...new Set([...own, ...popular])];
      return withKeyLocks(servers.store, keys(...names), `holder-${h}`, async () => {
        for (const n of names) if (inside.has(n)) overlaps++;
        for (const n of names) inside.set(n, `holder-${h}`);
        await new Promise((r) => setTimeout(r, 5));
        for (const n of names) inside.delete(n);
        return h;
      }, { waitMs: 60_000 });
    });
    expect((await Promise.all(holders)).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, h) => h));
    expect(overlaps).toBe(0);
  }, 120_000);

  it('renews the leases it holds while it waits, so that no one takes a held key whose first lease ran out', async () => {
    let releaseB!: () => void;
    const holdingB = withKeyLocks(servers.store, keys('rb'), 'slow', () => new Promise<void>((r) => (releaseB = r)), { leaseMs: 10_000 });
    await new Promise((r) => setTimeout(r, 50));
    // `ra` is held with a lease of 1 s while its holder waits for `rb` longer than that
    const waiting = withKeyLocks(servers.store, keys('ra', 'rb'), 'waiting', async () => 'both', { leaseMs: 1000, waitMs: 10_000 });
    await new Promise((r) => setTimeout(r, 1600));
    await expect(withKeyLocks(servers.store, keys('ra'), 'intruder', async () => 'ra', { waitMs: 50 })).rejects.toThrow(LockTimeout);
    releaseB();
    await holdingB;
    await expect(waiting).resolves.toBe('both');
  });

  it('lets go every key it took when taking another fails, so no one waits out a lease for nothing', async () => {
    const client = makeDocumentClient({ AWS_REGION: 'us-east-1', DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT });
    const send = client.send.bind(client) as (command: unknown) => Promise<unknown>;
    (client as { send: unknown }).send = async (command: unknown) => {
      if (command instanceof UpdateCommand && command.input.Key?.pk === 'CKEY#tc') throw new Error('the network failed');
      return send(command);
    };
    await expect(withKeyLocks({ client, table: servers.store.table }, keys('ta', 'tb', 'tc'), 'failing', async () => 'never')).rejects.toThrow('the network failed');
    await expect(withKeyLocks(servers.store, keys('ta', 'tb'), 'next', async () => 'free', { waitMs: 100 })).resolves.toBe('free');
  });

  it('releases them when the work fails, and takes over a lock whose holder died once its lease is over', async () => {
    await expect(withKeyLocks(servers.store, keys('d'), 'one', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await withKeyLocks(servers.store, keys('d'), 'two', async () => undefined, { waitMs: 100 });

    // a holder that never comes back: its lease runs out
    const dead = withKeyLocks(servers.store, keys('e'), 'dead', () => new Promise(() => undefined), { leaseMs: 200 });
    void dead;
    await new Promise((r) => setTimeout(r, 50));
    await expect(withKeyLocks(servers.store, keys('e'), 'impatient', async () => 'late', { waitMs: 20 })).rejects.toThrow(LockTimeout);
    await expect(withKeyLocks(servers.store, keys('e'), 'patient', async () => 'in', { waitMs: 2000 })).resolves.toBe('in');
  });

  it('lets a late holder release only the keys still its own, never one another took after its lease', async () => {
    let tookOver!: () => void;
    const taken = new Promise<void>((r) => (tookOver = r));
    let done!: () => void;
    const successorDone = new Promise<void>((r) => (done = r));
    // the slow holder works past its lease; meanwhile another takes the key and is still working when the slow one lets go
    const slow = withKeyLocks(servers.store, keys('g'), 'slow', () => new Promise((r) => setTimeout(r, 400)), { leaseMs: 150 });
    await new Promise((r) => setTimeout(r, 200));
    const successor = withKeyLocks(servers.store, keys('g'), 'successor', async () => {
      tookOver();
      await successorDone;
    }, { waitMs: 1000 });
    await taken;
    await slow;
    await expect(withKeyLocks(servers.store, keys('g'), 'third', async () => 'in', { waitMs: 50 })).rejects.toThrow(LockTimeout);
    done();
    await successor;
    await expect(withKeyLocks(servers.store, keys('g'), 'third', async () => 'in', { waitMs: 1000 })).resolves.toBe('in');
  });
});
