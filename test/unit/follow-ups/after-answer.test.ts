import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAnswer } from '#shared/follow-ups/after-answer.ts';

const dir = mkdtempSync(join(tmpdir(), 'after-answer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Item = { key: string; n: number };
const keyOf = (item: Item) => item.key;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('work after the answer', () => {
  it('returns at once, then runs one key’s items one at a time in the order given, other keys beside them', async () => {
    const log: string[] = [];
    const queue = afterAnswer<Item>({
      keyOf,
      run: async ({ key, n }) => {
        log.push(`start ${key}${n}`);
        await wait(key === 'a' && n === 1 ? 30 : 1);
        log.push(`end ${key}${n}`);
      },
    });
    queue.schedule([{ key: 'a', n: 1 }, { key: 'b', n: 1 }, { key: 'a', n: 2 }]);
    expect(log).toEqual([]);
    await queue.idle();
    expect(log.indexOf('end a1')).toBeLessThan(log.indexOf('start a2'));
    // b did not wait for a's slow first item
    expect(log.indexOf('end b1')).toBeLessThan(log.indexOf('end a1'));
  });

  it('runs no more items at once than it is given, however many keys wait', async () => {
    let running = 0;
    let most = 0;
    const queue = afterAnswer<Item>({
      keyOf,
      concurrency: 3,
      run: async () => {
        most = Math.max(most, ++running);
        await wait(2);
        running--;
      },
    });
    queue.schedule(Array.from({ length: 20 }, (_, n) => ({ key: `k${n}`, n })));
    await queue.idle();
    expect(most).toBe(3);
  });

  it('retries a failing item, and tells of one that fails every try', async () => {
    const tries = new Map<number, number>();
    const givenUp: number[] = [];
    const queue = afterAnswer<Item>({
      keyOf,
      attempts: 3,
      firstRetryDelayMs: 1,
      run: async ({ n }) => {
        tries.set(n, (tries.get(n) ?? 0) + 1);
        if (n === 2 || tries.get(n)! < 2) throw new Error(`not yet ${n}`);
      },
      onGiveUp: (_, item) => givenUp.push(item.n),
    });
    queue.schedule([{ key: 'x', n: 1 }, { key: 'y', n: 2 }]);
    await queue.idle();
    expect(Object.fromEntries(tries)).toEqual({ 1: 2, 2: 3 });
    expect(givenUp).toEqual([2]);
  });

  it('finds at its next start what a stop left undone, and what failed every try, and nothing it finished', async () => {
    const journalPath = join(dir, 'stopped.jsonl');
    let release!: () => void;
    const stuck = new Promise<void>((resolve) => (release = resolve));
    const first = afterAnswer<Item>({
      keyOf,
      journalPath,
      attempts: 1,
      run: async ({ n }) => {
        if (n === 2) await stuck; // the process stops while this one runs
        if (n === 3) throw new Error('fails');
      },
    });
    first.schedule([{ key: 'a', n: 1 }, { key: 'b', n: 2 }, { key: 'c', n: 3 }]);
    await wait(20);
    const ran: number[] = [];
    const next = afterAnswer<Item>({ keyOf, journalPath, run: async ({ n }) => void ran.push(n) });
    expect(next.replay()).toBe(2);
    await next.idle();
    expect(ran.sort()).toEqual([2, 3]);
    // once nothing runs, the journal holds only what is undone: nothing
    expect(readFileSync(journalPath, 'utf8')).toBe('');
    release();
  });

  it('keeps an item that failed every try in the journal once idle, for the next start', async () => {
    const journalPath = join(dir, 'failed.jsonl');
    const queue = afterAnswer<Item>({ keyOf, journalPath, attempts: 1, run: async ({ n }) => { if (n === 1) throw new Error('fails'); } });
    queue.schedule([{ key: 'a', n: 1 }, { key: 'b', n: 2 }]);
    await queue.idle();
    const lines = readFileSync(journalPath, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual([{ id: expect.any(String), item: { key: 'a', n: 1 } }]);
  });

  it('passes over a journal line cut short by a stop', async () => {
    const journalPath = join(dir, 'cut.jsonl');
    writeFileSync(journalPath, `${JSON.stringify({ id: 'one', item: { key: 'a', n: 1 } })}\n{"id":"two","it`);
    const ran: number[] = [];
    const queue = afterAnswer<Item>({ keyOf, journalPath, run: async ({ n }) => void ran.push(n) });
    expect(queue.replay()).toBe(1);
    await queue.idle();
    expect(ran).toEqual([1]);
  });
});
