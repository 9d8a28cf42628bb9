import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

export interface AfterAnswerOptions<T> {
  /** the work for one item; it may run again for the same item, after a failure or a restart */
  run: (item: T) => Promise<void>;
  /** items with the same key run one at a time, in the order given, as a stream's records of one item do */
  keyOf: (item: T) => string;
  /** whether a value read back from the journal is an item (a hand-edited or foreign line is passed over) */
  isItem: (value: unknown) => value is T;
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
  /** schedules what the journal holds undone (a stop before it was done); returns how many, and how many lines were no item */
  replay(): { undone: number; unreadable: number };
  /** starts no more items and resolves once those running are over: what is left stays in the journal, for the next start */
  stop(): Promise<void>;
}

type Line<T> = { id: string; item: T } | { done: string };

/**
 * Work that follows an answer in the same process, where AWS hands it to another function (a
 * DynamoDB stream's consumer): the local stack's stand-in for the stream. Like the stream it keeps
 * each key's items in order, retries, and loses nothing to a stop: items are journalled before the
 * answer, crossed off when done, and the journal is cut back (written whole, then renamed over the
 * old one) to what is still undone whenever nothing is running.
 */
export function afterAnswer<T>({ run, keyOf, isItem, journalPath, concurrency = 2, attempts = 4, firstRetryDelayMs = 100, onGiveUp }: AfterAnswerOptions<T>): AfterAnswer<T> {
  const chains = new Map<string, Promise<void>>();
  const slots = { free: concurrency, waiting: [] as Array<() => void> };
  const slot = () => (slots.free > 0 ? (slots.free--, Promise.resolve()) : new Promise<void>((resolve) => slots.waiting.push(resolve)));
  const freeSlot = () => (slots.waiting.length ? slots.waiting.shift()!() : slots.free++);
  /** what is not done: given up, or not run because the queue stopped */
  const undone = new Map<string, T>();
  let running = 0;
  let stopped = false;
  const waiters: Array<() => void> = [];

  const write = (line: Line<T>) => journalPath && appendFileSync(journalPath, `${JSON.stringify(line)}\n`);

  async function attempt(id: string, item: T): Promise<void> {
    for (let tried = 1; !stopped; tried++) {
      try {
        await run(item);
        write({ done: id });
        return;
      } catch (error) {
        if (tried >= attempts) {
          onGiveUp?.(error as Error, item);
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, firstRetryDelayMs * 2 ** (tried - 1)));
      }
    }
    undone.set(id, item);
  }

  function settled(key: string, chain: Promise<void>) {
    if (chains.get(key) === chain) chains.delete(key);
    if (--running > 0) return;
    if (journalPath) {
      writeFileSync(`${journalPath}.next`, [...undone].map(([id, item]) => `${JSON.stringify({ id, item })}\n`).join(''));
      renameSync(`${journalPath}.next`, journalPath);
    }
    for (const wake of waiters.splice(0)) wake();
  }

  function enqueue(id: string, item: T) {
    const key = keyOf(item);
    running++;
    const chain: Promise<void> = (chains.get(key) ?? Promise.resolve())
      .then(slot)
      .then(() => (stopped ? void undone.set(id, item) : attempt(id, item)))
      .finally(() => {
        freeSlot();
        settled(key, chain);
      });
    chains.set(key, chain);
  }

  const idle = () => (running === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve)));

  return {
    schedule(items) {
      for (const item of items) {
        const id = randomUUID();
        write({ id, item });
        enqueue(id, item);
      }
    },
    idle,
    replay() {
      if (!journalPath || !existsSync(journalPath)) return { undone: 0, unreadable: 0 };
      let unreadable = 0;
      const lines = readFileSync(journalPath, 'utf8').split('\n').filter(Boolean).flatMap((text): Array<Line<T>> => {
        try {
          const line = JSON.parse(text) as Partial<{ id: unknown; item: unknown; done: unknown }> | null;
          if (typeof line?.done === 'string') return [{ done: line.done }];
          if (typeof line?.id === 'string' && isItem(line.item)) return [{ id: line.id, item: line.item }];
        } catch {
          // a line cut short by a stop: its item was never answered
        }
        unreadable++;
        return [];
      });
      const done = new Set(lines.flatMap((line) => ('done' in line ? [line.done] : [])));
      // run under their journalled ids, the lines left where they are, so that a stop while these run loses none
      const left = lines.flatMap((line) => ('id' in line && !done.has(line.id) ? [line] : []));
      for (const { id, item } of left) enqueue(id, item);
      return { undone: left.length, unreadable };
    },
    async stop() {
      stopped = true;
      await idle();
    },
  };
}
