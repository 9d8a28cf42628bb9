import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyStructuredResultV2, SQSBatchResponse } from 'aws-lambda';
import { BUCKET, TABLE, notificationFor, sqsEventFor, sqsEventOf, startLocalServers, type LocalServers } from '../support/local-servers.ts';
import { seedGold, seedText } from '../support/seed.ts';
import { beginProcessing, getArticle } from '#shared/store/articles.ts';
import { listArticleClaims } from '#shared/store/claims.ts';
import { articleIdFor, claimKey } from '#shared/store/keys.ts';
import { findSeenBefore } from '#shared/store/seen-before.ts';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { Claim } from '#shared/api/schemas.ts';
import { synthesizeFunctions, type SynthesizedFunction } from './support/synthesized-functions.ts';
import { copyAwsSdk } from './support/aws-sdk-runtime.ts';
import { INGEST_QUEUE, localStackWiring, startFunction, type RunningFunction } from './support/lambda-function.ts';
import { startAwsJsonServices, type RecordedCall } from './support/aws-json-services.ts';
import { apiGatewayEvent } from './support/api-gateway-event.ts';
import { startXRayDaemon, type TraceDocument } from './support/xray-daemon.ts';
import { poll } from '../support/poll.ts';

/**
 * The functions as they ship: the stack synthesized once, and each function's bundle (what CDK
 * uploads, cdk.out/asset.*) run in a fresh Node 24 process with nothing beside it but the AWS
 * SDK v3, as the Lambda runtime provides it, given the event Lambda would give it. S3 and
 * DynamoDB are s3rver and dynalite in this process; SQS and EventBridge a recorder of calls.
 * What the handler tests cannot see shows here: a module esbuild left out or a file read from
 * node_modules, code that only fails minified or as CommonJS, settings the stack gives wrong.
 */
const work = mkdtempSync(join(tmpdir(), 'factcheck-bundles-'));
let functions: Map<string, SynthesizedFunction>;
let servers: LocalServers;
let aws: Awaited<ReturnType<typeof startAwsJsonServices>>;
let sdk: string;
const running: RunningFunction[] = [];

beforeAll(async () => {
  [functions, servers, aws] = await Promise.all([synthesizeFunctions(join(work, 'cdk.out')), startLocalServers(), startAwsJsonServices()]);
  sdk = copyAwsSdk(join(work, 'runtime'));
}, 300_000);

afterAll(async () => {
  await Promise.all(running.map((fn) => fn.close()));
  await aws?.close();
  await servers?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The function at `path` in the stack, started on the local servers; traced when given an X-Ray daemon's address. */
async function start(path: string, xrayDaemon?: string): Promise<RunningFunction> {
  const fn = functions.get(path);
  if (!fn) throw new Error(`the stack has no function ${path}; it has ${[...functions.keys()].join(', ')}`);
  const name = `${path.replace(/\//g, '-')}${xrayDaemon ? '-traced' : ''}`;
  const dir = join(work, name);
  mkdirSync(dir);
  const started = await startFunction(fn, {
    name,
    dir,
    sdkNodeModules: sdk,
    ...localStackWiring(aws.url, TABLE, BUCKET),
    xrayDaemon,
  });
  running.push(started);
  return started;
}

const callsTo = (target: string): RecordedCall[] => aws.calls.filter((call) => call.target === target);
const rawClaimItem = async (claimId: string) => (await servers.store.client.send(new GetCommand({ TableName: TABLE, Key: claimKey(claimId), ConsistentRead: true }))).Item!;

describe('the stack', () => {
  it('bundles five functions of its own, each index.handler on nodejs24.x', () => {
    expect([...functions.keys()].sort()).toEqual(['Api/Function', 'Ingest/DeadLetterFunction', 'Ingest/Function', 'Reprocess/Function', 'VerdictFollowUps/Function']);
    for (const fn of functions.values()) expect(fn).toMatchObject({ runtime: 'nodejs24.x', handler: 'index.handler' });
  });
});

describe('the ingest bundle', () => {
  it('reads the seed article from S3 into its 10 claims, given the SQS message of its upload', async () => {
    await servers.put('seed.txt', seedText);
    const ingest = await start('Ingest/Function');
    const response = await ingest.invoke<SQSBatchResponse>(sqsEventFor('seed.txt'));
    expect(response).toEqual({ batchItemFailures: [] });
    const articleId = articleIdFor(BUCKET, 'seed.txt');
    expect(await getArticle(servers.store, articleId)).toMatchObject({ status: 'ready', claimCount: 10 });
    const claims = await listArticleClaims(servers.store, articleId);
    expect(claims.map((c) => [c.text, c.speaker.name])).toEqual(seedGold.claims.map((c) => [c.content.text, c.speaker.name]));
  });
});

describe('the API bundle, and the follow-ups bundle after it', () => {
  it('answers GET /claims with the review queue, and takes a verdict that the follow-ups function, given its stream record, files and sends to EventBridge', async () => {
    const api = await start('Api/Function');
    const queue = await api.invoke<APIGatewayProxyStructuredResultV2>(apiGatewayEvent('GET', '/claims?status=pending&limit=100', { reviewer: 'alice' }));
    expect(queue.statusCode).toBe(200);
    const { items } = JSON.parse(queue.body!) as { items: Claim[] };
    expect(items).toHaveLength(10);

    const [claim] = items;
    const before = await rawClaimItem(claim.claimId);
    const ruled = await api.invoke<APIGatewayProxyStructuredResultV2>(apiGatewayEvent('PUT', `/claims/${claim.claimId}/verdict`, { reviewer: 'alice', body: { verdict: 'verified', expectedVersion: claim.version } }));
    expect(ruled.statusCode).toBe(200);
    expect(JSON.parse(ruled.body!)).toMatchObject({ claimId: claim.claimId, status: 'verified', history: [{ verdict: 'verified', reviewer: 'alice' }] });
    // in AWS the API leaves the follow-up to the table's stream
    expect(callsTo('AWSEvents.PutEvents')).toEqual([]);
    expect(await findSeenBefore(servers.store, 'a later claim', claim.text)).toEqual([]);

    const followUps = await start('VerdictFollowUps/Function');
    const after = await rawClaimItem(claim.claimId);
    const record = { eventName: 'MODIFY', eventSource: 'aws:dynamodb', dynamodb: { Keys: marshall({ pk: after.pk, sk: after.sk }), OldImage: marshall(before), NewImage: marshall(after), SequenceNumber: '1', StreamViewType: 'NEW_AND_OLD_IMAGES' } };
    expect(await followUps.invoke<{ batchItemFailures: unknown[] }>({ Records: [record] })).toEqual({ batchItemFailures: [] });
    const [put] = callsTo('AWSEvents.PutEvents');
    expect(put.input.Entries).toEqual([expect.objectContaining({ EventBusName: 'verdicts', Detail: expect.stringContaining(claim.claimId) })]);
    expect(await findSeenBefore(servers.store, 'a later claim', claim.text)).toMatchObject([{ claimId: claim.claimId, status: 'verified' }]);
  });
});

describe('the API bundle with active tracing', () => {
  // the X-Ray SDK is loaded only where tracing is on (shared/aws/powertools.ts): on, it records as before
  it('sends the handler and its DynamoDB requests to the X-Ray daemon as subsegments of the invocation', async () => {
    const daemon = await startXRayDaemon();
    try {
      const api = await start('Api/Function', daemon.address);
      const queue = await api.invoke<APIGatewayProxyStructuredResultV2>(apiGatewayEvent('GET', '/claims?status=pending&limit=5', { reviewer: 'alice' }));
      expect(queue.statusCode).toBe(200);
      const named = (name: string) => poll(`a ${name} subsegment`, async () => daemon.documents.find((d: TraceDocument) => d.name === name), 10_000);
      expect(await named('## index.handler')).toMatchObject({ annotations: { ColdStart: true, Service: 'quote-factcheck' } });
      expect(await named('DynamoDB')).toMatchObject({ aws: { operation: 'Query' } });
    } finally {
      await daemon.close();
    }
  });
});

describe('the reprocess bundle', () => {
  it('sends every upload of the bucket to the ingest queue, given a message naming the whole bucket', async () => {
    const reprocess = await start('Reprocess/Function');
    await reprocess.invoke(sqsEventOf(JSON.stringify({})));
    const sent = callsTo('AmazonSQS.SendMessageBatch');
    expect(sent.map((call) => call.input.QueueUrl)).toEqual([`${aws.url}/${INGEST_QUEUE}`]);
    const bodies = (sent[0].input.Entries as Array<{ MessageBody: string }>).map((entry) => JSON.parse(entry.MessageBody));
    expect(bodies).toEqual([{ Records: [expect.objectContaining({ eventName: 'ObjectCreated:Reprocess', s3: expect.objectContaining({ object: expect.objectContaining({ key: 'seed.txt' }) }) })] }]);
    // one page: no message for a next one
    expect(callsTo('AmazonSQS.SendMessage')).toEqual([]);
  });
});

describe('the dead-letter bundle', () => {
  it('marks failed the article of an upload that used up its deliveries, given its message', async () => {
    const stuck = { articleId: articleIdFor(BUCKET, 'stuck.txt'), bucket: BUCKET, key: 'stuck.txt', sequencer: `${'0'.repeat(30)}0A` };
    await beginProcessing(servers.store, stuck, new Date());
    const deadLetters = await start('Ingest/DeadLetterFunction');
    await deadLetters.invoke(sqsEventOf(notificationFor('stuck.txt', { sequencer: '0A' })));
    expect(await getArticle(servers.store, stuck.articleId)).toMatchObject({ status: 'failed', error: expect.stringContaining('could not be processed in 5 deliveries') });
  });
});
