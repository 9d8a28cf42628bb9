import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAnswer } from '#shared/follow-ups/after-answer.ts';

const dir = mkdtempSync(join(tmpdir(), 'after-answer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Item = { key: string; n: number };
const keyOf = (item: Item) => item.key;
const isItem = (value: unknown): value is Item => typeof (value as Item | null)?.key === 'string' && typeof (value as Item).n === 'number';
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('work after the answer', () => {
  it('returns at once, then runs one key’s items one at a time in the order given, other keys beside them', async () => {
    const log: string[] = [];
    const queue = afterAnswer<Item>({
      keyOf,
      isItem,
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
      isItem,
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
      isItem,
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
      isItem,
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
    const next = afterAnswer<Item>({ keyOf, isItem, journalPath, run: async ({ n }) => void ran.push(n) });
    expect(next.replay()).toEqual({ undone: 2, unreadable: 0 });
    await next.idle();
    expect(ran.sort()).toEqual([2, 3]);
    // once nothing runs, the journal holds only what is undone: nothing
    expect(readFileSync(journalPath, 'utf8')).toBe('');
    release();
  });

  it('keeps an item that failed every try in the journal once idle, for the next start', async () => {
    const journalPath = join(dir, 'failed.jsonl');
    const queue = afterAnswer<Item>({ keyOf, isItem, journalPath, attempts: 1, run: async ({ n }) => { if (n === 1) throw new Error('fails'); } });
    queue.schedule([{ key: 'a', n: 1 }, { key: 'b', n: 2 }]);
    await queue.idle();
    const lines = readFileSync(journalPath, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual([{ id: expect.any(String), item: { key: 'a', n: 1 } }]);
  });

  it('passes over, and counts, a journal line cut short by a stop and lines that hold no item, and runs the rest', async () => {
    const journalPath = join(dir, 'cut.jsonl');
    const item = (id: string, n: number) => JSON.stringify({ id, item: { key: id, n } });
    writeFileSync(journalPath, [item('one', 1), 'null', '42', '"x"', '{"id":"x"}', '{"id":"y","item":null}', '{"id":"z","item":{}}', item('two', 2), '{"id":"three","it'].join('\n'));
    const ran: number[] = [];
    const queue = afterAnswer<Item>({ keyOf, isItem, journalPath, run: async ({ n }) => void ran.push(n) });
    expect(queue.replay()).toEqual({ undone: 2, unreadable: 7 });
    await queue.idle();
    expect(ran.sort()).toEqual([1, 2]);
  });

  it('leaves the journal as it was while it replays it, so that a stop then loses nothing', async () => {
    const journalPath = join(dir, 'replaying.jsonl');
    const lines = [1, 2, 3].map((n) => JSON.stringify({ id: `i${n}`, item: { key: `k${n}`, n } })).join('\n');
    writeFileSync(journalPath, `${lines}\n`);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const queue = afterAnswer<Item>({ keyOf, isItem, journalPath, concurrency: 1, run: () => held });
    queue.replay();
    await wait(10);
    // the process could stop here: the next start would find all three
    expect(readFileSync(journalPath, 'utf8')).toBe(`${lines}\n`);
    release();
    await queue.idle();
    expect(readFileSync(journalPath, 'utf8')).toBe('');
  });

  it('stops without waiting for what has not started, nor for retries, and keeps it for the next start', async () => {
    const journalPath = join(dir, 'stopping.jsonl');
    const ran: number[] = [];
    const queue = afterAnswer<Item>({
      keyOf,
      isItem,
      journalPath,
      concurrency: 1,
      attempts: 100,
      firstRetryDelayMs: 5,
      run: async ({ n }) => {
        ran.push(n);
        throw new Error('the table is down');
      },
    });
    queue.schedule(Array.from({ length: 50 }, (_, n) => ({ key: `k${n}`, n })));
    await wait(20);
    await queue.stop();
    expect(ran.length).toBeLessThan(50);
    const kept = readFileSync(journalPath, 'utf8').trim().split('\n');
    expect(kept).toHaveLength(50);
  });
});
