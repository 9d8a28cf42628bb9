import { randomBytes } from 'node:crypto';
import { startLocalServers, sqsEventFor, type LocalServers } from './local-servers.ts';
import { lambdaContext } from '../../local/lambda-context.ts';
import { startGateway } from '../../local/gateway.ts';
import { signReviewerToken } from '../../local/reviewer-tokens.ts';
import { seedText } from './seed.ts';

export interface ApiUnderTest {
  servers: LocalServers;
  url: string;
  /** the key the gateway checks tokens with */
  key: Uint8Array;
  /** a reviewer who may write, and one who may only read */
  alice: string;
  reader: string;
  /** resolves once every verdict answered so far has been followed up (seen-before, cluster, event) */
  followedUp(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The API handler behind the local gateway, on in-process s3rver and dynalite, with the seed
 * article uploaded as `seed.txt` and ingested by the real ingest handler.
 */
export async function startApiUnderTest(): Promise<ApiUnderTest> {
  const servers = await startLocalServers();
  const ingest = await import('../../functions/ingest/handler.ts');
  const { handler, followUps } = await import('../../functions/api/handler.ts');
  const key = randomBytes(32);
  const gateway = await startGateway({ port: 0, signingKey: key, handler });
  await servers.put('seed.txt', seedText);
  await ingest.handler(sqsEventFor('seed.txt'), lambdaContext('ingest-test'));
  return {
    servers,
    url: gateway.url,
    key,
    alice: await signReviewerToken(key, 'alice'),
    reader: await signReviewerToken(key, 'rita', { readOnly: true }),
    followedUp: async () => followUps?.idle(),
    close: async () => {
      await followUps?.idle();
      await gateway.close();
      await servers.close();
    },
  };
}
