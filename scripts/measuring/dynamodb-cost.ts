/**
 * The DynamoDB section of `npm run bench`: requests and consumed units per article ingested, per
 * claim, per queue page and per verdict, on dynalite (the local stack's store) and on DynamoDB
 * Local (the official emulator, which computes units as AWS does), side by side. The code under
 * count is the real one (ingestObject, the API's routes) called in-process with a counting client;
 * only the store differs. Alone: `npm run bench -- --only=dynamodb`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { makeDocumentClient, makeS3Client } from '#shared/aws/clients.ts';
import { ingestObject } from '#shared/ingest/ingest-object.ts';
import { followUpVerdict } from '#shared/follow-ups/verdict-follow-up.ts';
import type { ClaimRecord } from '#shared/store/claims.ts';
import { articleIdFor, articleKey, CLAIM_SK_PREFIX } from '#shared/store/keys.ts';
import { routes, type ApiDeps } from '../../functions/api/routes.ts';
import { startDynamo, startS3 } from '../../local/embedded-servers.ts';
import { startDynamoDbLocal } from '../../test/support/dynamodb-local.ts';
import { countDynamoDb, describeRequests, type DynamoDbCounts } from './dynamodb-counts.ts';

const TABLE = 'bench-counts';
const BUCKET = 'bench-counts';
/** articles of 50 claims each behind the seed, so that a queue page of 20 is full on every shard layout */
const LOAD_ARTICLES = 4;
const PAGE = 20;
const VERDICTS = 20;

export interface StoreFigures {
  store: string;
  seedClaims: number;
  article: DynamoDbCounts;
  /** the same upload read again, as a reprocess after an extractor upgrade reads it */
  reread: DynamoDbCounts;
  loadClaims: number;
  load: DynamoDbCounts;
  baselineQuery: DynamoDbCounts;
  queuePage: DynamoDbCounts;
  verdicts: DynamoDbCounts;
  /** the verdicts' follow-ups, as the stream's consumer runs them after the answers */
  followUps: DynamoDbCounts;
}

const event = (routeKey: string, options: { rawQueryString?: string; claimId?: string; body?: string }) =>
  ({
    routeKey,
    rawQueryString: options.rawQueryString ?? '',
    pathParameters: options.claimId ? { claimId: options.claimId } : {},
    body: options.body,
    isBase64Encoded: false,
    requestContext: { authorizer: { jwt: { claims: { sub: 'bench', 'cognito:groups': '[reviewers]' }, scopes: [] } } },
  }) as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;

async function measureOn(storeName: string, dynamoEndpoint: string, s3Endpoint: string, seed: Uint8Array, loadText: string): Promise<StoreFigures> {
  const s3 = makeS3Client({ AWS_REGION: 'us-east-1', S3_ENDPOINT: s3Endpoint });
  const client = makeDocumentClient({ AWS_REGION: 'us-east-1', DYNAMODB_ENDPOINT: dynamoEndpoint });
  const counter = countDynamoDb(client);
  const store = { client, table: TABLE };
  const ingest = { s3, store, maxBytes: 10 * 1024 * 1024 };
  const prefix = storeName.replace(/\W+/g, '-');

  // the seed article, first upload: what one article costs
  await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: `${prefix}/seed.txt`, Body: seed }));
  counter.reset();
  const seedOutcome = await ingestObject(ingest, { bucket: BUCKET, key: `${prefix}/seed.txt` });
  const article = counter.counts();
  const seedClaims = seedOutcome.status === 'ready' ? seedOutcome.claimCount : 0;
  counter.reset();
  await ingestObject(ingest, { bucket: BUCKET, key: `${prefix}/seed.txt` });
  const reread = counter.counts();

  // articles of 50 short claims each: what a claim costs when claims dominate the article
  let loadClaims = 0;
  for (let a = 0; a < LOAD_ARTICLES; a++) await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: `${prefix}/load-${a}.txt`, Body: Buffer.from(loadText.replaceAll('analyst', `analyst ${a}`)) }));
  counter.reset();
  for (let a = 0; a < LOAD_ARTICLES; a++) {
    const outcome = await ingestObject(ingest, { bucket: BUCKET, key: `${prefix}/load-${a}.txt` });
    loadClaims += outcome.status === 'ready' ? outcome.claimCount : 0;
  }
  const load = counter.counts();

  // the baseline: one Query of a page's size from one partition, eventually consistent as the queue's index reads are
  counter.reset();
  await client.send(new QueryCommand({
    TableName: TABLE,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :claim)',
    ExpressionAttributeValues: { ':pk': articleKey(articleIdFor(BUCKET, `${prefix}/load-0.txt`)).pk, ':claim': CLAIM_SK_PREFIX },
    Limit: PAGE,
  }));
  const baselineQuery = counter.counts();

  const ruled: ClaimRecord[] = [];
  const deps: ApiDeps = { store, bucket: BUCKET, now: () => new Date(), publisher: { name: 'bench', url: 'https://example.org', reviewUrlTemplate: 'https://example.org/claims/{claimId}' }, afterVerdict: (claims) => void ruled.push(...claims) };
  counter.reset();
  const page = (await routes['GET /claims'](event('GET /claims', { rawQueryString: `status=pending&limit=${PAGE}` }), deps)) as { items: Array<{ claimId: string }> };
  const queuePage = counter.counts();
  if (page.items.length !== PAGE) throw new Error(`the queue page held ${page.items.length} claims, not ${PAGE}`);

  counter.reset();
  for (const { claimId } of page.items.slice(0, VERDICTS)) {
    await routes['PUT /claims/{claimId}/verdict'](event('PUT /claims/{claimId}/verdict', { claimId, body: JSON.stringify({ verdict: 'verified', expectedVersion: 0 }) }), deps);
  }
  const verdicts = counter.counts();
  // what the stream's consumer does for each of them after the answer
  counter.reset();
  for (const claim of ruled) await followUpVerdict({ store }, claim);
  const followUps = counter.counts();
  client.destroy();
  s3.destroy();
  return { store: storeName, seedClaims, article, reread, loadClaims, load, baselineQuery, queuePage, verdicts, followUps };
}

/** Runs the counts on dynalite and, when Java is there, on DynamoDB Local, and prints them. */
export async function measureDynamoDbCost(seed: Uint8Array): Promise<StoreFigures[]> {
  const loadText = Array.from({ length: 50 }, (_, i) => `The analyst said that prices rose ${i} percent.`).join('\n\n');
  const dir = mkdtempSync(join(tmpdir(), 'bench-counts-'));
  const s3 = await startS3(join(dir, 's3'), 0, [BUCKET]);
  const figures: StoreFigures[] = [];
  const dynalite = await startDynamo(null, 0, TABLE);
  try {
    figures.push(await measureOn('dynalite', dynalite.endpoint, s3.endpoint, seed, loadText));
  } finally {
    await dynalite.close();
  }
  let local;
  try {
    local = await startDynamoDbLocal(TABLE);
  } catch (error) {
    console.log(`  (DynamoDB Local not run: ${(error as Error).message})`);
  }
  if (local) {
    try {
      figures.push(await measureOn('DynamoDB Local', local.endpoint, s3.endpoint, seed, loadText));
    } finally {
      await local.close();
    }
  }
  await s3.close();
  rmSync(dir, { recursive: true, force: true });
  printFigures(figures);
  return figures;
}

const units = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

function printFigures(figures: StoreFigures[]): void {
  console.log('DynamoDB requests and consumed units (ReturnConsumedCapacity TOTAL, the real code in-process; a refused write is billed by AWS but reports no units)');
  for (const f of figures) {
    const base = f.baselineQuery.total.readUnits;
    const perVerdict = (n: number) => n / VERDICTS;
    console.log(`  on ${f.store}`);
    console.log(`    one Query of ${PAGE} claims        ${f.baselineQuery.total.requests} request, ${units(base)} RCU  (baseline)`);
    console.log(`    queue page (GET /claims, ${PAGE})    ${f.queuePage.total.requests} requests (${describeRequests(f.queuePage)}) = ${units(f.queuePage.total.readUnits)} RCU = ${(f.queuePage.total.readUnits / base).toFixed(2)}× the baseline (target ≤ 2×)`);
    console.log(`    verdict (PUT, mean of ${VERDICTS})         ${units(perVerdict(f.verdicts.total.requests))} requests (${describeRequests(f.verdicts, VERDICTS)}), ${units(perVerdict(f.verdicts.total.readUnits))} RCU, ${units(perVerdict(f.verdicts.total.writeUnits))} WCU`);
    console.log(`      its follow-up, after the answer ${units(perVerdict(f.followUps.total.requests))} requests (${describeRequests(f.followUps, VERDICTS)}), ${units(perVerdict(f.followUps.total.readUnits))} RCU, ${units(perVerdict(f.followUps.total.writeUnits))} WCU`);
    console.log(`    seed article, first upload  ${f.article.total.requests} requests (${describeRequests(f.article)}) = ${units(f.article.total.readUnits)} RCU, ${units(f.article.total.writeUnits)} WCU; ${f.seedClaims} claims`);
    console.log(`      per claim                 ${(f.article.total.requests / f.seedClaims).toFixed(2)} requests, ${(f.article.total.readUnits / f.seedClaims).toFixed(2)} RCU, ${(f.article.total.writeUnits / f.seedClaims).toFixed(2)} WCU (target ≤ 3 WCU)`);
    console.log(`    seed article, read again    ${f.reread.total.requests} requests (${describeRequests(f.reread)}) = ${units(f.reread.total.readUnits)} RCU, ${units(f.reread.total.writeUnits)} WCU: per claim ${(f.reread.total.requests / f.seedClaims).toFixed(2)} requests, ${(f.reread.total.writeUnits / f.seedClaims).toFixed(2)} WCU (what a reprocess costs)`);
    console.log(`    ${LOAD_ARTICLES} articles of 50 short claims  per claim ${describeRequests(f.load, f.loadClaims)}; in all per claim ${(f.load.total.writeUnits / f.loadClaims).toFixed(2)} WCU, ${(f.load.total.readUnits / f.loadClaims).toFixed(2)} RCU`);
  }
}
