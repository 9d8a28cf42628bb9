import { parentPort, Worker } from 'node:worker_threads';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { lambdaContext } from './lambda-context.ts';

/**
 * The ingest handler on a thread of its own, as Lambda runs it apart from the API: extraction is
 * CPU work (seconds for a 5 MB article), and on the API's thread it would hold up every request
 * and the desk meanwhile. The thread imports the same handler module, with the environment the
 * local stack set (workers share process.env as it was when they started).
 */
if (parentPort) {
  const port = parentPort;
  const { handler } = await import('../functions/ingest/handler.ts');
  port.on('message', ({ id, event, timeoutMs }: { id: number; event: SQSEvent; timeoutMs: number }) => {
    handler(event, lambdaContext('ingest-local', timeoutMs)).then(
      (response) => port.postMessage({ id, response }),
      (error: Error) => port.postMessage({ id, error: error.message }),
    );
  });
  port.postMessage({ ready: true });
}

type IngestHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

/** Starts the thread; the handler it returns posts each event to it and resolves with its answer. */
export async function startIngestWorker(): Promise<{ handler: IngestHandler; close(): Promise<void> }> {
  // the thread registers tsx's loader first, as `tsx` does for the main thread, then loads this file
  const worker = new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`, { eval: true });
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
