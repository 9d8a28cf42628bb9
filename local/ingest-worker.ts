import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { lambdaContext } from './lambda-context.ts';

/**
 * The ingest handler on a thread of its own, as Lambda runs it apart from the API: extraction is
 * CPU work (seconds for a 5 MB article), and on the API's thread it would hold up every request
 * and the desk meanwhile. The thread imports the same handler module, with the environment the
 * local stack set (workers share process.env as it was when they started).
 *
 * The thread runs one message at a time, and a message's time limit starts when the thread takes
 * it up, as a Lambda invocation's does: handed every message of a burst at once, the messages
 * would share the one thread, and an article read late in the burst would find its time already
 * spent on the others' extraction ("too long to read within the function's time limit").
 */
interface Job {
  id: number;
  event: SQSEvent;
  timeoutMs: number;
}

if (parentPort && (workerData as { ingestHandler?: string } | null)?.ingestHandler) {
  const port = parentPort;
  const { handler } = (await import((workerData as { ingestHandler: string }).ingestHandler)) as { handler: IngestHandler };
  const waiting: Job[] = [];
  let busy = false;
  const next = async () => {
    if (busy) return;
    busy = true;
    for (let job = waiting.shift(); job; job = waiting.shift()) {
      const { id, event, timeoutMs } = job;
      await Promise.resolve(lambdaContext('ingest-local', timeoutMs)).then((context) => handler(event, context)).then(
        (response) => port.postMessage({ id, response }),
        (error: Error) => port.postMessage({ id, error: error.message }),
      );
    }
    busy = false;
  };
  port.on('message', (job: Job) => {
    waiting.push(job);
    void next();
  });
  port.postMessage({ ready: true });
}

type IngestHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

/**
 * Starts the thread; the handler it returns posts each event to it and resolves with its answer.
 * `handlerModule` is the module whose `handler` the thread runs: the ingest Lambda's unless a test
 * names another.
 */
export async function startIngestWorker(handlerModule = new URL('../functions/ingest/handler.ts', import.meta.url).href): Promise<{ handler: IngestHandler; close(): Promise<void> }> {
  // the thread registers tsx's loader first, as `tsx` does for the main thread, then loads this file
  const worker = new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`, {
    eval: true,
    workerData: { ingestHandler: handlerModule },
  });
  const waiting = new Map<number, { resolve: (r: SQSBatchResponse) => void; reject: (e: Error) => void }>();
  let next = 0;
  await new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (message: { ready?: true; id?: number; response?: SQSBatchResponse; error?: string }) => {
      if (message.ready) return resolve();
      const pending = waiting.get(message.id!);
      waiting.delete(message.id!);
      if (message.error !== undefined) pending?.reject(new Error(message.error));
      else pending?.resolve(message.response!);
    });
  });
  return {
    // the time limit travels with the message; its clock starts on the thread (see above)
    handler: (event, context) =>
      new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, event, timeoutMs: context.getRemainingTimeInMillis() });
      }),
    close: async () => {
      await worker.terminate();
    },
  };
}
