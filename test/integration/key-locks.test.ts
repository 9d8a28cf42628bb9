import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServers, type LocalServers } from '../support/local-servers.ts';
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

  it('holds none of the keys while it waits for one another holder has', async () => {
    let releaseF!: () => void;
    const holdingF = withKeyLocks(servers.store, keys('f'), 'slow', () => new Promise<void>((r) => (releaseF = r)));
    await new Promise((r) => setTimeout(r, 50));
    const waiting = withKeyLocks(servers.store, keys('ab', 'f'), 'waiting', async () => 'both');
    await new Promise((r) => setTimeout(r, 50));
    // `ab` is free for anyone else while `waiting` waits for `f`, though it asks for `ab` too, and first in key order
    await expect(withKeyLocks(servers.store, keys('ab'), 'passing', async () => 'ab', { waitMs: 1000 })).resolves.toBe('ab');
    releaseF();
    await holdingF;
    await expect(waiting).resolves.toBe('both');
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
