import { EventEmitter } from 'node:events';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { S3rverEvent } from 's3rver';
import { bucketNameRefusal, objectKeyRefusal } from './s3-object-keys.ts';

/**
 * s3rver on a thread of its own. s3rver writes an upload through a file stream it gives no error
 * listener, so a file-system error there (a name too long, a folder where the file goes, a full
 * disk) is thrown out of the event loop: on the local stack's main thread it would stop S3,
 * DynamoDB, the API and the desk together. On this thread it stops only s3rver: the door
 * (signed-requests.ts) answers 500 to the requests it was serving, and the thread is started
 * again on the same folder and socket (s3rver keeps nothing in memory that it needs back).
 */
interface ThreadSettings {
  directory: string;
  buckets: string[];
  socketPath: string;
}

export interface S3rverThread {
  /** s3rver's `event` notifications (ObjectCreated and the rest), as s3rver emits them */
  events: EventEmitter<{ event: [S3rverEvent] }>;
  close(): Promise<void>;
}

if (!isMainThread && (workerData as { s3rverThread?: ThreadSettings } | null)?.s3rverThread) {
  await serve((workerData as { s3rverThread: ThreadSettings }).s3rverThread);
}

async function serve({ directory, buckets, socketPath }: ThreadSettings): Promise<void> {
  const { default: S3rver } = await import('s3rver');
  const server = new S3rver({ silent: true, directory, configureBuckets: buckets.map((name) => ({ name })) });
  refuseUnstorableKeys(server as unknown as { store: ResourcePaths });
  await server.configureBuckets();
  rmSync(socketPath, { force: true }); // left by a thread that stopped
  server.httpServer = await server.listen({ path: socketPath });
  server.on('event', (event) => parentPort!.postMessage({ event }));
  parentPort!.postMessage({ ready: true });
}

interface ResourcePaths {
  getResourcePath(bucket: string, key?: unknown, resource?: string): string;
}

/**
 * Every file s3rver reads or writes for an object is named by getResourcePath, including the keys
 * no URL carries (a multi-object delete's, a copy's source): the door checks the URL's key first,
 * with a clear answer, and this catches the rest with the same rules and S3's error codes.
 */
function refuseUnstorableKeys(server: { store: ResourcePaths }): void {
  const store = server.store;
  const original = store.getResourcePath.bind(store);
  // s3rver's own error class, so the answer is S3's XML; its status table lacks InvalidObjectName
  const S3Error = createRequire(import.meta.url)('s3rver/lib/models/error.js') as new (code: string, message: string) => Error & { status: number; expose: boolean };
  store.getResourcePath = (bucket, key, resource) => {
    // a bucket's own files (its configuration, multipart uploads) are named without a key
    const why = bucketNameRefusal(bucket) ?? (key === undefined || key === '' ? null : objectKeyRefusal(String(key)));
    if (why) throw Object.assign(new S3Error(why.code, why.message), { status: 400, expose: true });
    return original(bucket, key, resource);
  };
}

/** Starts s3rver on its thread, listening on `socketPath`; resolves once it answers. */
export async function startS3rverThread(settings: ThreadSettings): Promise<S3rverThread> {
  const events = new EventEmitter<{ event: [S3rverEvent] }>();
  // the thread last started: the one serving, or the one starting after a failure
  let latest: Worker;
  let closing = false;

  const launch = () =>
    new Promise<void>((resolve, reject) => {
      // the thread registers tsx's loader, as `tsx` does for the main thread, then loads this file
      const worker = new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`, {
        eval: true,
        workerData: { s3rverThread: settings },
      });
      latest = worker;
      let ready = false;
      let failure: Error | null = null;
      worker.on('message', (message: { ready?: true; event?: S3rverEvent }) => {
        if (message.event) events.emit('event', message.event);
        else if (message.ready) {
          ready = true;
          resolve();
        }
      });
      worker.on('error', (error) => {
        failure = error;
        if (!ready) reject(error);
      });
      worker.on('exit', () => {
        if (!ready) return reject(failure ?? new Error('the local S3 stopped before it was ready'));
        if (closing) return;
        console.error(`the local S3 stopped on an unexpected error (${failure?.message ?? 'it exited'}); starting it again`);
        launch().catch((error: Error) => closing || console.error(`the local S3 could not start again: ${error.message}`));
      });
    });

  await launch();
  return {
    events,
    close: async () => {
      closing = true;
      await latest.terminate();
      rmSync(settings.socketPath, { force: true });
    },
  };
}
