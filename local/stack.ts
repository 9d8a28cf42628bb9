import { appendFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startDynamo, startS3 } from './embedded-servers.ts';
import { startGateway } from './gateway.ts';
import { signingKey } from './reviewer-tokens.ts';
import { forwardObjectCreated } from './s3-notifications.ts';
import { recoverUnfinished } from './recover-unfinished.ts';
import { requeueClaims } from '#shared/store/requeue.ts';
import { setAsideUnreadable } from './set-aside-unreadable.ts';
import { ensureDeskBuilt } from './desk.ts';
import { startIngestWorker } from './ingest-worker.ts';
import { markDeadLettered } from '#shared/ingest/dead-letters.ts';
import { makeDocumentClient, makeS3Client } from '#shared/aws/clients.ts';

/** Deliveries of one upload before it is dead-lettered, as the AWS queue's maxReceiveCount. */
const MAX_RECEIVES = 3;

export interface LocalStackOptions {
  dataDir: string;
  s3Port: number;
  apiPort: number;
  dynamoPort: number;
  fresh?: boolean;
  bucket?: string;
  tableName?: string;
  /** where the start says what it could not recover; stderr unless given */
  report?: (line: string) => void;
}

export interface LocalStack {
  s3Endpoint: string;
  apiUrl: string;
  dynamoEndpoint: string;
  bucket: string;
  tableName: string;
  /** uploads found unfinished at start (a crash) and sent to ingest again */
  recovered: number;
  /** claims an older version left in queue partitions the queue no longer reads, moved at start */
  requeued: number;
  /** seen-before entries an older version filed where no new claim reads them, moved at start */
  seenMoved: number;
  /** verdicts answered before the last run stopped whose follow-up (seen-before, cluster, event) had not run, run at start */
  followedUp: number;
  /** resolves once every upload seen so far has been ingested (or dead-lettered), and every verdict answered so far followed up */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The whole stack on one machine: dynalite in-process, s3rver on a thread of its own (one upload
 * that breaks it must not stop the rest), the ingest handler on another, subscribed to the
 * bucket's ObjectCreated events, and the API handler behind a local gateway. The handlers are the
 * Lambda modules themselves, imported once the environment points them at the local servers.
 * Objects a crash or an older version left that s3rver cannot read are set aside before it
 * serves, and each is reported, as is anything crash recovery must pass over.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const dataDir = resolve(options.dataDir);
  const bucket = options.bucket ?? 'articles';
  const tableName = options.tableName ?? 'factcheck';
  if (options.fresh) {
    rmSync(join(dataDir, 's3'), { recursive: true, force: true });
    rmSync(join(dataDir, 's3-set-aside'), { recursive: true, force: true });
    rmSync(join(dataDir, 'dynamodb'), { recursive: true, force: true });
    // the events of verdicts that no longer exist; the signing key stays, so tokens handed out still work
    rmSync(join(dataDir, 'verdicts.jsonl'), { force: true });
    rmSync(join(dataDir, 'follow-ups.jsonl'), { force: true });
  }
  mkdirSync(dataDir, { recursive: true });

  const report = options.report ?? ((line: string) => console.error(line));
  for (const { key, reason, movedTo } of setAsideUnreadable(join(dataDir, 's3'), bucket, join(dataDir, 's3-set-aside'))) {
    report(`recovery skipped ${JSON.stringify(key)}: ${reason}${movedTo ? `; its files are now in ${movedTo}` : ''}`);
  }
  const dynamo = await startDynamo(join(dataDir, 'dynamodb'), options.dynamoPort, tableName);
  const store = { client: makeDocumentClient({ AWS_REGION: 'us-east-1', DYNAMODB_ENDPOINT: dynamo.endpoint }), table: tableName };
  // a data directory an older version wrote may hold claims queued, and verdicts filed, under
  // another layout: moved before S3 takes an upload, whose claims would look for earlier verdicts
  const slow = setTimeout(() => report('checking stored claims against this version’s layout (once after an upgrade it moves them, which takes a while on a large DATA_DIR)…'), 2000);
  const { moved: requeued, seenMoved } = options.fresh ? { moved: 0, seenMoved: 0 } : await requeueClaims(store).finally(() => clearTimeout(slow));
  const s3 = await startS3(join(dataDir, 's3'), options.s3Port, [bucket]);

  Object.assign(process.env, {
    INGEST_MAX_RECEIVES: String(MAX_RECEIVES),
    // verdicts as events: a newline-delimited log in the data directory, and VERDICT_WEBHOOK_URL if set
    VERDICT_LOG_PATH: join(dataDir, 'verdicts.jsonl'),
    // the table's stream, stood in for: the API follows each verdict up after answering, journalled here
    VERDICT_FOLLOW_UPS: 'in-process',
    FOLLOW_UPS_JOURNAL: join(dataDir, 'follow-ups.jsonl'),
    TABLE_NAME: tableName,
    BUCKET_NAME: bucket,
    S3_ENDPOINT: s3.endpoint,
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    AWS_REGION: 'us-east-1',
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_TRACE_ENABLED: 'false',
    POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
  });
  const ingest = await startIngestWorker();
  const api = await import('../functions/api/handler.ts');
  const replayed = api.followUps?.replay() ?? { undone: 0, unreadable: 0 };
  if (replayed.unreadable > 0) report(`passed over ${replayed.unreadable} line(s) of ${join(dataDir, 'follow-ups.jsonl')} that name no verdict to follow up`);

  const notifications = forwardObjectCreated(s3.events, {
    handler: ingest.handler,
    bucket,
    maxReceives: MAX_RECEIVES,
    // as the dead-letter queue's reader does in AWS: the record kept, the article marked failed
    onDeadLetter: (body, error) => {
      appendFileSync(join(dataDir, 'dead-letters.jsonl'), JSON.stringify({ at: new Date().toISOString(), error, body }) + '\n');
      return markDeadLettered(store, body, MAX_RECEIVES, new Date());
    },
  });
  const recovered = await recoverUnfinished(
    makeS3Client({ AWS_REGION: 'us-east-1', S3_ENDPOINT: s3.endpoint }),
    bucket,
    store,
    notifications,
    report,
  );
  const corsOrigins = (process.env.CORS_ALLOWED_ORIGINS ?? '*').split(',').map((o) => o.trim()).filter(Boolean);
  await ensureDeskBuilt();
  const gateway = await startGateway({ port: options.apiPort, signingKey: signingKey(dataDir), handler: api.handler, corsOrigins, desk: true });

  return {
    recovered,
    requeued,
    seenMoved,
    followedUp: replayed.undone,
    s3Endpoint: s3.endpoint,
    apiUrl: gateway.url,
    dynamoEndpoint: dynamo.endpoint,
    bucket,
    tableName,
    idle: async () => {
      await Promise.all([notifications.idle(), api.followUps?.idle()]);
    },
    close: async () => {
      await gateway.close();
      // what is not followed up yet is in the journal, for the next start
      await api.followUps?.stop();
      await notifications.idle();
      await ingest.close();
      await s3.close();
      await dynamo.close();
    },
  };
}
