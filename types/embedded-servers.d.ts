// Just the parts of dynalite and s3rver the local stack and tests use; neither ships types.
declare module 'dynalite' {
  import type { Server } from 'node:http';
  interface DynaliteOptions {
    path?: string;
    createTableMs?: number;
    deleteTableMs?: number;
    updateTableMs?: number;
  }
  export default function dynalite(options?: DynaliteOptions): Server;
}

declare module 's3rver' {
  import type { AddressInfo } from 'node:net';
  import type { EventEmitter } from 'node:events';
  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory: string;
    configureBuckets?: Array<{ name: string }>;
  }
  export interface S3rverEvent {
    Records: Array<{
      eventName: string;
      eventTime: string;
      s3: { bucket: { name: string }; object: { key: string; size?: number; eTag?: string; sequencer?: string } };
      [field: string]: unknown;
    }>;
  }
  export default class S3rver extends EventEmitter {
    constructor(options: S3rverOptions);
    run(): Promise<AddressInfo>;
    /** what run() does before it listens */
    configureBuckets(): Promise<void>;
    /** Node's server.listen arguments: a port, or `{ path }` for a Unix socket */
    listen(options: { path: string }): Promise<import('node:http').Server>;
    /** the server listen() started, which close() closes */
    httpServer?: import('node:http').Server;
    close(): Promise<void>;
    on(event: 'event', listener: (event: S3rverEvent) => void): this;
  }
}
