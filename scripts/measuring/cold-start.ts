/**
 * Cold start from the bundles as `cdk deploy` ships them (issue 31): the stack synthesized as
 * `npx cdk synth` does (test/bundle/support/synth-functions.ts: each NodejsFunction bundled by
 * esbuild with the stack's options), each function's bundle loaded in a fresh Node process with
 * only the AWS SDK beside it and Lambda's environment (test/bundle/support/lambda-function.ts),
 * then invoked twice: the first invocation a cold environment's, the second a warm one's.
 *   ingest   the seed article (examples/), uploaded to s3rver, as its SQS message (the second
 *            invocation: the same text under another key)
 *   api      GET /claims?status=pending&limit=20, as API Gateway hands it, on the claims the ingest runs stored
 * The baseline is a bare function in the same setting that loads only the AWS SDK clients the
 * functions use (DynamoDB, its document client, S3) and, invoked, reads one item and one object:
 * what any function here pays before any code of ours. Tracing is off, as the bundle tests run
 * (no X-Ray daemon here); with it on in AWS the tracer also loads the X-Ray SDK.
 * Run alone: npm run bench -- --only=cold
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { LOCAL_DYNAMODB_CREDENTIALS } from '#shared/aws/clients.ts';
import { tableDefinition } from '#shared/store/table-definition.ts';
import { BUCKET, TABLE, sqsEventFor, startLocalServers } from '../../test/support/local-servers.ts';
import { seedText } from '../../test/support/seed.ts';
import { synthesizeFunctions, type SynthesizedFunction } from '../../test/bundle/support/synthesized-functions.ts';
import { copyAwsSdk } from '../../test/bundle/support/aws-sdk-runtime.ts';
import { localStackWiring, startFunction, type RunningFunction } from '../../test/bundle/support/lambda-function.ts';
import { startAwsJsonServices } from '../../test/bundle/support/aws-json-services.ts';
import { apiGatewayEvent } from '../../test/bundle/support/api-gateway-event.ts';

/** Fresh processes per function; the figures are their medians. */
const RUNS = 11;

/** The baseline function: the SDK clients alone, and one read from each store when invoked. */
const BARE_FUNCTION = `
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocumentClient, GetCommand } = require('@aws-sdk/lib-dynamodb');
const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3');
const region = process.env.AWS_REGION;
const local = { accessKeyId: 'local', secretAccessKey: 'local' };
const dynamodb = DynamoDBDocumentClient.from(new DynamoDBClient({ region, endpoint: process.env.DYNAMODB_ENDPOINT, credentials: local }));
const s3 = new S3Client({ region, endpoint: process.env.S3_ENDPOINT, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
exports.handler = async () => {
  await dynamodb.send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: { pk: 'none', sk: 'none' } }));
  const object = await s3.send(new GetObjectCommand({ Bucket: process.env.BUCKET_NAME, Key: 'seed.txt' }));
  return (await object.Body.transformToString()).length;
};
`;

interface Figures {
  load: number;
  first: number;
  second: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${Math.round(x).toLocaleString('en').padStart(5)} ms`;

export async function measureColdStart(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'bench-cold-'));
  try {
    const [functions, servers, aws] = await Promise.all([synthesizeFunctions(join(work, 'cdk.out')), startLocalServers(), startAwsJsonServices()]);
    const sdk = copyAwsSdk(join(work, 'runtime'));
    await servers.put('seed.txt', seedText);
    const bare: SynthesizedFunction = { ...functions.get('Api/Function')!, assetDir: join(work, 'bare'), environment: { TABLE_NAME: TABLE, BUCKET_NAME: BUCKET } };
    mkdirSync(bare.assetDir);
    writeFileSync(join(bare.assetDir, 'index.js'), BARE_FUNCTION);

    let started = 0;
    const start = async (fn: SynthesizedFunction, name: string, table = TABLE): Promise<RunningFunction> => {
      const dir = join(work, `${name}-${++started}`);
      mkdirSync(dir);
      return startFunction(fn, {
        name,
        dir,
        sdkNodeModules: sdk,
        ...localStackWiring(aws.url, table, BUCKET),
      });
    };
    const tables = new DynamoDBClient({ endpoint: process.env.DYNAMODB_ENDPOINT, region: 'us-east-1', credentials: LOCAL_DYNAMODB_CREDENTIALS });
    /** One fresh process: its load, then two invocations. */
    const coldThenWarm = async (fn: SynthesizedFunction, name: string, events: [unknown, unknown], check: (result: unknown) => void, table?: string): Promise<Figures> => {
      const running = await start(fn, name, table);
      try {
        for (const event of events) check(await running.invoke(event));
        return { load: running.loadMs, first: running.invocationMs[0], second: running.invocationMs[1] };
      } finally {
        await running.close();
      }
    };

    const runs: Record<'bare' | 'ingest' | 'api', Figures[]> = { bare: [], ingest: [], api: [] };
    const queue = () => apiGatewayEvent('GET', '/claims?status=pending&limit=20', { reviewer: 'bench' });
    for (let run = 0; run < RUNS; run++) {
      // the three take turns, run by run, so that the machine's drift falls on each alike
      runs.bare.push(await coldThenWarm(bare, 'bare', [{}, {}], (length) => expectThat(length === seedText.length, 'the bare function read the seed')));
      const keys = [`cold/${run}-a.txt`, `cold/${run}-b.txt`];
      await Promise.all(keys.map((key) => servers.put(key, seedText)));
      // a table of its own each run: the first seed is the first copy of its story the store sees,
      // as a new article is, not the latest of a cluster every earlier run's copies grew
      const table = `cold-${run}`;
      await tables.send(new CreateTableCommand(tableDefinition(table)));
      runs.ingest.push(
        await coldThenWarm(functions.get('Ingest/Function')!, 'ingest', [sqsEventFor(keys[0]), sqsEventFor(keys[1])], (response) =>
          expectThat(JSON.stringify(response) === '{"batchItemFailures":[]}', `ingest answered ${JSON.stringify(response)}`),
        table),
      );
      runs.api.push(
        await coldThenWarm(functions.get('Api/Function')!, 'api', [queue(), queue()], (response) =>
          expectThat((response as { statusCode: number }).statusCode === 200, `the API answered ${JSON.stringify(response).slice(0, 300)}`),
        table),
      );
    }
    const medians = (figures: Figures[]): Figures => ({ load: median(figures.map((f) => f.load)), first: median(figures.map((f) => f.first)), second: median(figures.map((f) => f.second)) });
    const base = medians(runs.bare);
    /** What the function loads: its code and the JSON beside it (the source map is read only for a stack trace). */
    const size = (fn: SynthesizedFunction) => readdirSync(fn.assetDir).filter((f) => !f.endsWith('.map')).reduce((n, f) => n + statSync(join(fn.assetDir, f)).size, 0) / 1024 / 1024;
    console.log(`cold start (the bundles as cdk synth builds them, each in a fresh Node ${process.versions.node} process with only the AWS SDK beside it, tracing off; median of ${RUNS} processes each)`);
    console.log(`                               load  1st invocation  2nd invocation`);
    console.log(`  SDK clients alone        ${ms(base.load)}        ${ms(base.first)}        ${ms(base.second)}   (baseline: load the DynamoDB and S3 clients; invoked, one GetItem and one GetObject)`);
    for (const [name, label, figures, targets] of [
      ['Ingest/Function', 'ingest (seed article)', medians(runs.ingest), 'targets: load ≤ 500 ms, 1st ≤ 450 ms'],
      ['Api/Function', 'api (GET /claims, 20)', medians(runs.api), 'target: load ≤ 250 ms'],
    ] as const) {
      console.log(
        `  ${label.padEnd(22)} ${ms(figures.load)} = ${(figures.load / base.load).toFixed(1).padStart(4)}×  ${ms(figures.first)} = ${(figures.first / base.first).toFixed(1).padStart(4)}×  ${ms(figures.second)} = ${(figures.second / base.second).toFixed(1).padStart(4)}×   (${size(functions.get(name)!).toFixed(1)} MB; ${targets})`,
      );
    }
    tables.destroy();
    await aws.close();
    await servers.close();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function expectThat(condition: boolean, what: string): void {
  if (!condition) throw new Error(`cold start: ${what}`);
}
