import { randomUUID, createHash } from 'node:crypto';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { S3rverEvent } from 's3rver';
import { encodeS3Key } from '#shared/ingest/s3-event.ts';
import { lambdaContext } from './lambda-context.ts';

type IngestHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

export interface NotificationOptions {
  handler: IngestHandler;
  /** the bucket whose uploads are announced, as the AWS bucket notification is configured */
  bucket: string;
  /** deliveries of one message before it is given up, as the SQS queue's maxReceiveCount */
  maxReceives?: number;
  retryDelayMs?: number;
  onDeadLetter?: (body: string, error: string) => unknown;
}

/**
 * Wires s3rver to the ingest handler the way AWS wires S3 → SQS → Lambda: each ObjectCreated
 * event becomes an SQS message whose body is the S3 notification, with the key URL-encoded as S3
 * encodes it (s3rver reports it raw). A message the handler reports as failed is delivered again,
 * up to maxReceives times.
 */
export interface Notifications {
  /** resolves once every message sent so far is handled (or dead-lettered) */
  idle(): Promise<void>;
  /** sends ObjectCreated notifications for objects the stack must (re)process, as S3 would */
  notify(records: S3rverEvent['Records']): void;
}

/** What s3rver's notifications arrive on (embedded-servers.ts: `events`). */
export interface S3rverEvents {
  on(name: 'event', listener: (event: S3rverEvent) => void): unknown;
}

export function forwardObjectCreated(s3: S3rverEvents, options: NotificationOptions): Notifications {
  const inFlight = new Set<Promise<void>>();
  const notify = (all: S3rverEvent['Records']) => {
    const records = all.filter((r) => r.eventName.startsWith('ObjectCreated') && r.s3.bucket.name === options.bucket);
    if (records.length === 0) return;
    const body = JSON.stringify({
      Records: records.map((r) => ({ ...r, eventVersion: '2.1', s3: { ...r.s3, object: { ...r.s3.object, key: encodeS3Key(r.s3.object.key) } } })),
    });
    const delivery = deliver(body, options).finally(() => inFlight.delete(delivery));
    inFlight.add(delivery);
  };
  s3.on('event', (event: S3rverEvent) => notify(event.Records));
  return {
    notify,
    idle: async () => {
      while (inFlight.size) await Promise.all(inFlight);
    },
  };
}

async function deliver(body: string, options: NotificationOptions): Promise<void> {
  const maxReceives = options.maxReceives ?? 3;
  const messageId = randomUUID();
  let lastError = 'reported as failed by the handler';
  for (let receive = 1; receive <= maxReceives; receive++) {
    const event: SQSEvent = {
      Records: [{
        messageId, receiptHandle: randomUUID(), body, messageAttributes: {},
        attributes: { ApproximateReceiveCount: String(receive), SentTimestamp: String(Date.now()), SenderId: 'local', ApproximateFirstReceiveTimestamp: String(Date.now()) },
        md5OfBody: createHash('md5').update(body).digest('hex'), eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:ingest-local', awsRegion: 'us-east-1',
      }],
    };
    try {
      const response = await options.handler(event, lambdaContext('ingest-local'));
      if (!response.batchItemFailures.some((f) => f.itemIdentifier === messageId)) return;
    } catch (error) {
      lastError = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, (options.retryDelayMs ?? 200) * receive));
  }
  await options.onDeadLetter?.(body, lastError);
}
