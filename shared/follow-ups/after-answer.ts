import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

export interface AfterAnswerOptions<T> {
  /** the work for one item; it may run again for the same item, after a failure or a restart */
  run: (item: T) => Promise<void>;
  /** items with the same key run one at a time, in the order given, as a stream's records of one item do */
  keyOf: (item: T) => string;
  /** where items are written down before the answer and crossed off once done, so that a process that stops between the two finds them at its next start (`replay`) */
  journalPath?: string;
  /**
   * items run at once at most, as a stream's consumer takes a shard's records a batch at a time: in
   * one process the answers come first, and what follows them catches up after a burst
   */
  concurrency?: number;
  /** tries of one item, the first included; the wait before each retry doubles from the first */
  attempts?: number;
  firstRetryDelayMs?: number;
  /** told of an item whose every try failed; it stays in the journal, for the next start */
  onGiveUp?: (error: Error, item: T) => void;
}

export interface AfterAnswer<T> {
  /** takes the items and returns at once, once they are written down */
  schedule(items: T[]): void;
  /** resolves once every item scheduled so far is done or given up */
  idle(): Promise<void>;
  /** schedules what the journal holds undone (a stop before it was done); returns how many */
  replay(): number;
}

type Line<T> = { id: string; item: T } | { done: string };

/**
 * Work that follows an answer in the same process, where AWS hands it to another function (a
 * DynamoDB stream's consumer): the local stack's stand-in for the stream. Like the stream it keeps
 * each key's items in order, retries, and loses nothing to a stop: items are journalled before the
 * answer, and the journal is cut back to what is still undone whenever nothing is running.
 */
export function afterAnswer<T>({ run, keyOf, journalPath, concurrency = 2, attempts = 4, firstRetryDelayMs = 100, onGiveUp }: AfterAnswerOptions<T>): AfterAnswer<T> {
  const chains = new Map<string, Promise<void>>();
  const slots = { free: concurrency, waiting: [] as Array<() => void> };
  const slot = () => (slots.free > 0 ? (slots.free--, Promise.resolve()) : new Promise<void>((resolve) => slots.waiting.push(resolve)));
  const freeSlot = () => (slots.waiting.length ? slots.waiting.shift()!() : slots.free++);
  const givenUp = new Map<string, T>();
  let running = 0;
  const waiters: Array<() => void> = [];

  const write = (line: Line<T>) => journalPath && appendFileSync(journalPath, `${JSON.stringify(line)}\n`);

  async function attempt(id: string, item: T): Promise<void> {
    for (let tried = 1; ; tried++) {
      try {
        await run(item);
        write({ done: id });
        return;
      } catch (error) {
        if (tried >= attempts) {
          givenUp.set(id, item);
          onGiveUp?.(error as Error, item);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, firstRetryDelayMs * 2 ** (tried - 1)));
      }
    }
  }

  function settled(key: string, chain: Promise<void>) {
    if (chains.get(key) === chain) chains.delete(key);
    if (--running > 0) return;
    if (journalPath) writeFileSync(journalPath, [...givenUp].map(([id, item]) => `${JSON.stringify({ id, item })}\n`).join(''));
    for (const wake of waiters.splice(0)) wake();
  }

  function schedule(items: T[]) {
    for (const item of items) {
      const id = randomUUID();
      write({ id, item });
      const key = keyOf(item);
      running++;
      const chain: Promise<void> = (chains.get(key) ?? Promise.resolve())
        .then(slot)
        .then(() => attempt(id, item))
        .finally(() => {
          freeSlot();
          settled(key, chain);
        });
      chains.set(key, chain);
    }
  }

  return {
    schedule,
    idle: () => (running === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    replay() {
      if (!journalPath || !existsSync(journalPath)) return 0;
      const lines = readFileSync(journalPath, 'utf8').split('\n').filter(Boolean).flatMap((text): Array<Line<T>> => {
        try {
          return [JSON.parse(text) as Line<T>];
        } catch {
          return []; // a line cut short by the stop: its item was never answered
        }
      });
      const done = new Set(lines.flatMap((line) => ('done' in line ? [line.done] : [])));
      const undone = lines.flatMap((line) => ('id' in line && !done.has(line.id) ? [line.item] : []));
      writeFileSync(journalPath, '');
      givenUp.clear();
      schedule(undone);
      return undone.length;
    },
  };
}
