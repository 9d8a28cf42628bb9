import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { startIngestWorker } from '../../local/ingest-worker.ts';
import { lambdaContext } from '../../local/lambda-context.ts';

/**
 * The local stack's ingest thread gives each message the function's whole time limit from when it
 * takes the message up, as Lambda does: a 9 MB article failed "too long to read within the
 * function's time limit" in a burst of uploads but not alone (issue 27).
 */
const TIMEOUT_MS = 60_000;
/** How long each message holds the thread: a clock started at sending loses at least this much per message before it. */
const BUSY_MS = 300;
/** The clock's rounding: the context's deadline is in whole milliseconds, read back a millisecond or two apart. */
const ROUNDING_MS = 50;

/**
 * A stand-in for the ingest handler: it notes when it began and the deadline its context gives,
 * waits on I/O as ingest does before it reads an article, then holds the thread for 300 ms, as
 * extraction does.
 */
const handlerModule = `data:text/javascript,${encodeURIComponent(`
  export const handler = async (event, context) => {
    const remaining = context.getRemainingTimeInMillis();
    const deadline = Date.now() + remaining;
    await new Promise((resolve) => setImmediate(resolve));
    const busyUntil = Date.now() + ${BUSY_MS};
    while (Date.now() < busyUntil);
    return { batchItemFailures: [], id: event.Records[0].messageId, deadline, endedAt: Date.now() };
  };
`)}`;

type Answer = SQSBatchResponse & { id: string; deadline: number; endedAt: number };
let worker: Awaited<ReturnType<typeof startIngestWorker>>;

beforeAll(async () => {
  worker = await startIngestWorker(handlerModule);
});
afterAll(async () => {
  await worker.close();
});

const message = (id: string) => ({ Records: [{ messageId: id }] }) as unknown as SQSEvent;

describe('the local ingest thread, handed a burst of messages', () => {
  it('starts each message’s time limit when it takes the message up, not when it was sent', async () => {
    // all sent at once, each with a context made at the same moment, as a burst of uploads is
    const answers = (await Promise.all(['a', 'b', 'c'].map((id) => worker.handler(message(id), lambdaContext('ingest-local', TIMEOUT_MS))))) as Answer[];
    expect(answers.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    for (const [earlier, later] of [[answers[0], answers[1]], [answers[1], answers[2]]]) {
      // one at a time, and the whole limit for each: its clock started after the one before ended
      // (a clock started when the message was sent would fall short by BUSY_MS or more)
      expect(later.deadline - earlier.endedAt).toBeGreaterThanOrEqual(TIMEOUT_MS - ROUNDING_MS);
    }
  });

  it('goes on to the next message when one throws', async () => {
    const failing = `data:text/javascript,${encodeURIComponent(`export const handler = async (event) => { if (event.Records[0].messageId === 'bad') throw new Error('no'); return { batchItemFailures: [] }; };`)}`;
    const other = await startIngestWorker(failing);
    try {
      const [bad, good] = await Promise.allSettled(['bad', 'good'].map((id) => other.handler(message(id), lambdaContext('ingest-local', TIMEOUT_MS))));
      expect(bad).toMatchObject({ status: 'rejected', reason: { message: 'no' } });
      expect(good).toMatchObject({ status: 'fulfilled', value: { batchItemFailures: [] } });
    } finally {
      await other.close();
    }
  });
});
