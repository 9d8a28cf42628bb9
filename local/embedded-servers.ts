import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import dynalite from 'dynalite';
import { CreateTableCommand, DynamoDBClient, ResourceInUseException } from '@aws-sdk/client-dynamodb';
import { tableDefinition } from '#shared/store/table-definition.ts';
import { LOCAL_DYNAMODB_CREDENTIALS, LOCAL_S3_CREDENTIALS } from '#shared/aws/clients.ts';
import { startSignedDoor } from './signed-requests.ts';
import { startS3rverThread, type S3rverThread } from './s3rver-thread.ts';

export interface S3Server {
  endpoint: string;
  /** s3rver's notifications: `event` for each object created or removed */
  events: S3rverThread['events'];
  close(): Promise<void>;
}

/**
 * s3rver storing objects under `dir`, with the given buckets, on a thread of its own
 * (s3rver-thread.ts) behind the signed door on `port` (signed-requests.ts): it listens on a Unix
 * socket only the door reaches.
 */
export async function startS3(dir: string, port: number, buckets: string[]): Promise<S3Server> {
  mkdirSync(dir, { recursive: true });
  const sockets = mkdtempSync(join(tmpdir(), 's3-'));
  const socketPath = join(sockets, 'socket');
  const s3rver = await startS3rverThread({ directory: dir, buckets, socketPath });
  const door = await startSignedDoor({ service: 's3', credentials: LOCAL_S3_CREDENTIALS, region: 'us-east-1', socketPath, port });
  return {
    endpoint: door.endpoint,
    events: s3rver.events,
    close: async () => {
      await door.close();
      await s3rver.close();
      rmSync(sockets, { recursive: true, force: true });
    },
  };
}

export interface DynamoServer {
  endpoint: string;
  close(): Promise<void>;
}

/**
 * dynalite persisting under `dir` (or in memory when `dir` is null), with the table created,
 * behind the signed door on `port`: it listens on a Unix socket only the door reaches.
 */
export async function startDynamo(dir: string | null, port: number, tableName: string): Promise<DynamoServer> {
  if (dir) mkdirSync(dir, { recursive: true });
  const sockets = mkdtempSync(join(tmpdir(), 'dynamodb-'));
  const socketPath = join(sockets, 'socket');
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, ...(dir ? { path: join(dir, 'db') } : {}) });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  const door = await startSignedDoor({ service: 'dynamodb', credentials: LOCAL_DYNAMODB_CREDENTIALS, region: 'us-east-1', socketPath, port });
  const client = new DynamoDBClient({ endpoint: door.endpoint, region: 'us-east-1', credentials: LOCAL_DYNAMODB_CREDENTIALS });
  try {
    await client.send(new CreateTableCommand(tableDefinition(tableName)));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  } finally {
    client.destroy();
  }
  return {
    endpoint: door.endpoint,
    close: async () => {
      await door.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(sockets, { recursive: true, force: true });
    },
  };
}
