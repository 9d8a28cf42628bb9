import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createServer, type AddressInfo } from 'node:net';
import { CreateTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { tableDefinition } from '#shared/store/table-definition.ts';
import type { DynamoServer } from '../../local/embedded-servers.ts';

/**
 * The official DynamoDB Local (the jar that the registry package amplify-dynamodb-simulator
 * ships), in memory on a free port, with the table created. It enforces what dynalite does not:
 * the 400 KB item limit and key validation as AWS does. Needs Java 17 (Debian's
 * openjdk-17-jre-headless; .ci/run installs it).
 *
 * Telemetry off, both ways the jar reads it: -disableTelemetry stops the sending, but only
 * DDB_LOCAL_TELEMETRY=0 stops it writing dynamodb-local-metadata.json (an installation id) into
 * its working directory, which is a temporary one here, removed on close, so nothing lands in the
 * project whatever a later version of the jar writes.
 */
export async function startDynamoDbLocal(tableName: string): Promise<DynamoServer> {
  if (spawnSync('java', ['-version']).status !== 0) throw new Error('DynamoDB Local needs Java: apt-get install openjdk-17-jre-headless');
  const dir = join(dirname(createRequire(import.meta.url).resolve('amplify-dynamodb-simulator/package.json')), 'emulator');
  const port = await freePort();
  const workDir = mkdtempSync(join(tmpdir(), 'dynamodb-local-'));
  const java = spawn('java', [`-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`, '-jar', join(dir, 'DynamoDBLocal.jar'), '-inMemory', '-sharedDb', '-disableTelemetry', '-port', String(port)], {
    cwd: workDir,
    env: { ...process.env, DDB_LOCAL_TELEMETRY: '0' },
    stdio: 'ignore',
  });
  const removeWorkDir = () => rmSync(workDir, { recursive: true, force: true });
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await client.send(new ListTablesCommand({}));
      break;
    } catch (error) {
      if (Date.now() > deadline || java.exitCode !== null) {
        java.kill();
        removeWorkDir();
        throw new Error(`DynamoDB Local did not start: ${(error as Error).message}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await client.send(new CreateTableCommand(tableDefinition(tableName)));
  client.destroy();
  return {
    endpoint,
    close: () =>
      new Promise((resolve) => {
        java.once('exit', () => {
          removeWorkDir();
          resolve();
        });
        java.kill();
      }),
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
