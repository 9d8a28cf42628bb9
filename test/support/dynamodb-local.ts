import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
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
 */
export async function startDynamoDbLocal(tableName: string): Promise<DynamoServer> {
  if (spawnSync('java', ['-version']).status !== 0) throw new Error('DynamoDB Local needs Java: apt-get install openjdk-17-jre-headless');
  const dir = join(dirname(createRequire(import.meta.url).resolve('amplify-dynamodb-simulator/package.json')), 'emulator');
  const port = await freePort();
  const java = spawn('java', [`-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`, '-jar', join(dir, 'DynamoDBLocal.jar'), '-inMemory', '-sharedDb', '-port', String(port)], { stdio: 'ignore' });
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
        java.once('exit', () => resolve());
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
