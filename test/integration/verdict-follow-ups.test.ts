import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { Claim } from '#shared/api/schemas.ts';
import { followUpVerdict } from '#shared/follow-ups/verdict-follow-up.ts';
import { redoFollowUps } from '#shared/follow-ups/redo-follow-ups.ts';
import { ingestObject } from '#shared/ingest/ingest-object.ts';
import { getClaim, listArticleClaims, type ClaimRecord } from '#shared/store/claims.ts';
import { articleIdFor, claimKey } from '#shared/store/keys.ts';
import { findSeenBefore } from '#shared/store/seen-before.ts';
import { lambdaContext } from '../../local/lambda-context.ts';
import type { ApiDeps } from '../../functions/api/routes.ts';
import { BUCKET, startLocalServers, type LocalServers } from '../support/local-servers.ts';
import { seedText } from '../support/seed.ts';

/** EventBridge's PutEvents on the wire, as far as the SDK needs it: what it was sent, and whether to refuse. */
let bus: Server;
const putEvents: Array<{ Detail: string; EventBusName: string }> = [];
let busRefuses = false;

let servers: LocalServers;
let handler: (event: DynamoDBStreamEvent, context: ReturnType<typeof lambdaContext>) => Promise<{ batchItemFailures: Array<{ itemIdentifier: string }> }>;
const ruled: ClaimRecord[] = [];
let deps: ApiDeps;
// imported once the environment is set: the handlers' modules read it (metrics off) on import
let routes: typeof import('../../functions/api/routes.ts').routes;

beforeAll(async () => {
  bus = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const { Entries } = JSON.parse(body) as { Entries: Array<{ Detail: string; EventBusName: string }> };
      if (!busRefuses) putEvents.push(...Entries);
      res.setHeader('content-type', 'application/x-amz-json-1.1');
      res.end(JSON.stringify(busRefuses ? { FailedEntryCount: 1, Entries: [{ ErrorCode: 'InternalFailure', ErrorMessage: 'the bus is down' }] } : { FailedEntryCount: 0, Entries: Entries.map((_, i) => ({ EventId: `e${i}` })) }));
    });
  });
  await new Promise<void>((resolve) => bus.listen(0, '127.0.0.1', resolve));
  servers = await startLocalServers();
  Object.assign(process.env, {
    EVENT_BUS_NAME: 'verdicts-test',
    AWS_ENDPOINT_URL_EVENTBRIDGE: `http://127.0.0.1:${(bus.address() as AddressInfo).port}`,
    AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? 'test',
    AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? 'test',
  });
  ({ handler } = (await import('../../functions/verdict-follow-ups/handler.ts')) as unknown as { handler: typeof handler });
  ({ routes } = await import('../../functions/api/routes.ts'));
  await servers.put('seed.txt', seedText);
  await ingestObject({ s3: servers.s3, store: servers.store, maxBytes: 10 * 1024 * 1024 }, { bucket: BUCKET, key: 'seed.txt' });
  deps = { store: servers.store, bucket: BUCKET, now: () => new Date(), publisher: { name: 'test', url: 'https://example.org', reviewUrlTemplate: 'https://example.org/claims/{claimId}' }, afterVerdict: (claims) => void ruled.push(...claims) };
});
afterAll(async () => {
  await servers.close();
  bus.close();
});

const seedClaims = () => listArticleClaims(servers.store, articleIdFor(BUCKET, 'seed.txt'));
const request = (routeKey: string, claimId: string, body: unknown) =>
  ({
    routeKey,
    rawQueryString: '',
    pathParameters: { claimId },
    body: JSON.stringify(body),
    isBase64Encoded: false,
    requestContext: { authorizer: { jwt: { claims: { sub: 'alice', 'cognito:groups': '[reviewers]' }, scopes: [] } } },
  }) as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
const item = async (claimId: string) => (await servers.store.client.send(new GetCommand({ TableName: servers.store.table, Key: claimKey(claimId), ConsistentRead: true }))).Item!;
/** The record DynamoDB Streams sends for a change to a claim's item: its keys, what it was and what it became. */
const streamRecord = (before: Record<string, unknown>, after: Record<string, unknown>, sequence: string): DynamoDBRecord => ({
  eventName: 'MODIFY',
  eventSource: 'aws:dynamodb',
  dynamodb: {
    Keys: marshall({ pk: after.pk, sk: after.sk }) as never,
    OldImage: marshall(before, { removeUndefinedValues: true }) as never,
    NewImage: marshall(after, { removeUndefinedValues: true }) as never,
    SequenceNumber: sequence,
    StreamViewType: 'NEW_AND_OLD_IMAGES',
  },
});
/** A claim's verdict given through the API's route, with its item as it was before and after. */
async function ruleThroughApi(claim: Claim, verdict: 'verified' | 'disputed') {
  const before = await item(claim.claimId);
  await routes['PUT /claims/{claimId}/verdict'](request('PUT /claims/{claimId}/verdict', claim.claimId, { verdict, expectedVersion: claim.version }), deps);
  return { before, after: await item(claim.claimId) };
}
const seenBy = (claim: Claim) => findSeenBefore(servers.store, 'someone-else', claim.text);

describe('the verdict follow-ups, from the table’s stream', () => {
  it('answers a verdict without filing it, then files it for seen-before and puts its event on the bus from the stream’s record', async () => {
    const [claim] = await seedClaims();
    const { before, after } = await ruleThroughApi(claim, 'disputed');
    expect(await seenBy(claim)).toEqual([]);
    const out = await handler({ Records: [streamRecord(before, after, '1')] }, lambdaContext('follow-ups'));
    expect(out.batchItemFailures).toEqual([]);
    expect(await seenBy(claim)).toMatchObject([{ claimId: claim.claimId, status: 'disputed', reviewer: 'alice' }]);
    expect(putEvents.map((e) => ({ bus: e.EventBusName, ...JSON.parse(e.Detail) }))).toMatchObject([{ bus: 'verdicts-test', claimId: claim.claimId, claimVersion: 1, verdict: 'disputed', reviewer: 'alice' }]);
  });

  it('lets go a change to a ruled claim that records no verdict: the record of the same write again, a move, a correction', async () => {
    const claim = (await seedClaims())[0];
    const now = await item(claim.claimId);
    putEvents.length = 0;
    const out = await handler({ Records: [streamRecord(now, { ...now, clusterRole: 'lead' }, '2')] }, lambdaContext('follow-ups'));
    expect(out.batchItemFailures).toEqual([]);
    expect(putEvents).toEqual([]);
  });

  it('reports the record whose event the bus refuses, for the stream to retry from it, and files it all the same', async () => {
    const [, claim] = await seedClaims();
    const { before, after } = await ruleThroughApi(claim, 'verified');
    const passing = await item((await seedClaims())[0].claimId);
    busRefuses = true;
    try {
      const out = await handler({ Records: [streamRecord(passing, passing, '2'), streamRecord(before, after, '3')] }, lambdaContext('follow-ups'));
      expect(out.batchItemFailures).toEqual([{ itemIdentifier: '3' }]);
    } finally {
      busRefuses = false;
    }
    expect(await seenBy(claim)).toMatchObject([{ claimId: claim.claimId, status: 'verified' }]);
    // the retry sends the event
    expect((await handler({ Records: [streamRecord(before, after, '3')] }, lambdaContext('follow-ups'))).batchItemFailures).toEqual([]);
    expect(putEvents.map((e) => JSON.parse(e.Detail).claimId)).toContain(claim.claimId);
  });
});

describe('a verdict’s follow-up beside a dismissal of the same claim', () => {
  it('files nothing for a claim dismissed before its follow-up runs (a late retry)', async () => {
    const claim = (await seedClaims())[2];
    await ruleThroughApi(claim, 'verified');
    const answered = ruled.at(-1)!;
    const ruledNow = (await getClaim(servers.store, claim.claimId))!;
    await routes['PUT /claims/{claimId}/dismissal'](request('PUT /claims/{claimId}/dismissal', claim.claimId, { reason: 'not-checkable', expectedVersion: ruledNow.version }), deps);
    await followUpVerdict({ store: servers.store }, answered);
    expect(await seenBy(claim)).toEqual([]);
  });

  it('takes back its filing when the claim is dismissed while it files', async () => {
    const claim = (await seedClaims())[3];
    await ruleThroughApi(claim, 'disputed');
    const answered = ruled.at(-1)!;
    // the dismissal lands between the follow-up's read of the claim and its filing, and unfiles first
    let dismissed = false;
    const client = new Proxy(servers.store.client, {
      get: (target, name) =>
        name === 'send'
          ? async (command: { constructor: { name: string } }) => {
              if (command.constructor.name === 'BatchWriteCommand' && !dismissed) {
                dismissed = true;
                const current = (await getClaim(servers.store, claim.claimId))!;
                await routes['PUT /claims/{claimId}/dismissal'](request('PUT /claims/{claimId}/dismissal', claim.claimId, { reason: 'not-checkable', expectedVersion: current.version }), deps);
              }
              return target.send(command as never);
            }
          : Reflect.get(target, name),
    });
    await followUpVerdict({ store: { client, table: servers.store.table } }, answered);
    expect(dismissed).toBe(true);
    expect((await getClaim(servers.store, claim.claimId))!.status).toBe('dismissed');
    expect(await seenBy(claim)).toEqual([]);
  });
});

describe('npm run follow-up', () => {
  it('does again the follow-ups of the verdicts given since a time, those of copies ruled through a claim included (even once that claim is dismissed), and no earlier ones', async () => {
    const claims = await seedClaims();
    const [earlier, later] = [claims[4], claims[5]];
    await ruleThroughApi(earlier, 'verified');
    const since = new Date().toISOString();
    await ruleThroughApi(later, 'disputed');
    // neither followed up: the stream's retries ran out
    expect(await seenBy(earlier)).toEqual([]);
    expect(await seenBy(later)).toEqual([]);
    const published: string[] = [];
    const done = await redoFollowUps({ store: servers.store, publishVerdict: async (event) => void published.push(event.claimId) }, since);
    expect(done).toBe(1);
    expect(published).toEqual([later.claimId]);
    expect(await seenBy(later)).toMatchObject([{ claimId: later.claimId, status: 'disputed' }]);
    expect(await seenBy(earlier)).toEqual([]);

    // a copy of the article: a verdict given to a cluster rules the copy's claim through the seed's
    await servers.put('seed-copy.txt', seedText);
    await ingestObject({ s3: servers.s3, store: servers.store, maxBytes: 10 * 1024 * 1024 }, { bucket: BUCKET, key: 'seed-copy.txt' });
    const lead = (await getClaim(servers.store, claims[6].claimId))!;
    const copy = (await listArticleClaims(servers.store, articleIdFor(BUCKET, 'seed-copy.txt'))).find((c) => c.clusterId === lead.clusterId)!;
    const sinceCopy = new Date().toISOString();
    await routes['PUT /claims/{claimId}/verdict'](request('PUT /claims/{claimId}/verdict', lead.claimId, { verdict: 'verified', scope: 'cluster', expectedVersion: lead.version }), deps);
    published.length = 0;
    expect(await redoFollowUps({ store: servers.store, publishVerdict: async (event) => void published.push(event.claimId) }, sinceCopy)).toBe(2);
    expect(published.sort()).toEqual([lead.claimId, copy.claimId].sort());
    expect((await seenBy(lead)).map((s) => s.claimId).sort()).toEqual([lead.claimId, copy.claimId].sort());

    // the claim the cluster's verdict was given through dismissed since: its copy is followed up all the same
    const ruledLead = (await getClaim(servers.store, lead.claimId))!;
    await routes['PUT /claims/{claimId}/dismissal'](request('PUT /claims/{claimId}/dismissal', lead.claimId, { reason: 'not-checkable', expectedVersion: ruledLead.version }), deps);
    published.length = 0;
    expect(await redoFollowUps({ store: servers.store, publishVerdict: async (event) => void published.push(event.claimId) }, sinceCopy)).toBe(1);
    expect(published).toEqual([copy.claimId]);
    expect((await seenBy(lead)).map((s) => s.claimId)).toEqual([copy.claimId]);
  });

  it('sends no event for a claim that was never stored (a journal line made by hand)', async () => {
    const [claim] = await seedClaims();
    const published: string[] = [];
    await followUpVerdict({ store: servers.store, publishVerdict: async (event) => void published.push(event.claimId) }, { ...(await getClaim(servers.store, claim.claimId))!, claimId: `${claim.articleId}-000000000000` });
    expect(published).toEqual([]);
  });
});
