import type { AddressInfo } from 'node:net';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import dynalite from 'dynalite';
import S3rver from 's3rver';
import { CreateTableCommand, DynamoDBClient, ResourceInUseException } from '@aws-sdk/client-dynamodb';
import { tableDefinition } from '#shared/store/table-definition.ts';

export interface S3Server {
  endpoint: string;
  server: S3rver;
  close(): Promise<void>;
}

/** s3rver on loopback, storing objects under `dir`, with the given buckets. */
export async function startS3(dir: string, port: number, buckets: string[]): Promise<S3Server> {
  mkdirSync(dir, { recursive: true });
  const server = new S3rver({ address: '127.0.0.1', port, silent: true, directory: dir, configureBuckets: buckets.map((name) => ({ name })) });
  const address = (await server.run()) as AddressInfo;
  return { endpoint: `http://127.0.0.1:${address.port}`, server, close: () => server.close() };
}

export interface DynamoServer {
  endpoint: string;
  close(): Promise<void>;
}

/** dynalite on loopback, persisting under `dir` (or in memory when `dir` is null), with the table created. */
export async function startDynamo(dir: string | null, port: number, tableName: string): Promise<DynamoServer> {
  if (dir) mkdirSync(dir, { recursive: true });
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, ...(dir ? { path: join(dir, 'db') } : {}) });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  try {
    await client.send(new CreateTableCommand(tableDefinition(tableName)));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  } finally {
    client.destroy();
  }
  return { endpoint, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
