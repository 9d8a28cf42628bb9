import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { SendMessageBatchCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { SQSEvent } from 'aws-lambda';
import { z } from 'zod';
import { config } from '#shared/config.ts';
import { makeS3Client } from '#shared/aws/s3-client.ts';
import { logger } from '#shared/aws/powertools.ts';
import { listUploads, reprocessMessage } from '#shared/ingest/reprocess.ts';

/**
 * Reprocessing in AWS: a chain of messages on the reprocess queue, each naming one page of the
 * bucket (a prefix and where the page starts). The function sends that page's uploads to the
 * ingest queue, then the message for the next page, delayed, so the rate is bounded
 * (REPROCESS_PAGE_SIZE uploads every REPROCESS_DELAY_SECONDS) and the run is resumable: a failed
 * page is retried by SQS, and the chain can be started again from any page it logged.
 *
 *   aws sqs send-message --queue-url $REPROCESS_QUEUE_URL --message-body '{"prefix":"2026/"}'
 */
const requestSchema = z.object({ prefix: z.string().max(1024).optional(), continuationToken: z.string().max(4096).optional() });

const settings = config();
const s3 = makeS3Client(settings);
const sqs = new SQSClient({ region: settings.AWS_REGION });
const env = z.object({ INGEST_QUEUE_URL: z.url(), REPROCESS_QUEUE_URL: z.url(), REPROCESS_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(100), REPROCESS_DELAY_SECONDS: z.coerce.number().int().min(0).max(900).default(60) }).parse(process.env);

/** SQS takes at most 10 messages per SendMessageBatch. */
const SQS_BATCH = 10;

async function reprocessPage(body: string): Promise<void> {
  const request = requestSchema.parse(JSON.parse(body));
  const page = await listUploads(s3, settings.BUCKET_NAME, { ...request, pageSize: env.REPROCESS_PAGE_SIZE });
  for (let i = 0; i < page.keys.length; i += SQS_BATCH) {
    const batch = page.keys.slice(i, i + SQS_BATCH);
    const out = await sqs.send(new SendMessageBatchCommand({ QueueUrl: env.INGEST_QUEUE_URL, Entries: batch.map((object, j) => ({ Id: String(j), MessageBody: reprocessMessage(settings.BUCKET_NAME, object) })) }));
    if (out.Failed?.length) throw new Error(`${out.Failed.length} reprocess messages were not sent: ${out.Failed[0].Message}`);
  }
  logger.info('reprocess page sent', { prefix: request.prefix, continuationToken: request.continuationToken, uploads: page.keys.length, next: page.continuationToken });
  if (page.continuationToken) {
    await sqs.send(new SendMessageCommand({ QueueUrl: env.REPROCESS_QUEUE_URL, DelaySeconds: env.REPROCESS_DELAY_SECONDS, MessageBody: JSON.stringify({ prefix: request.prefix, continuationToken: page.continuationToken }) }));
  }
}

export const handler = middy(async (event: SQSEvent) => {
  for (const record of event.Records) await reprocessPage(record.body);
}).use(injectLambdaContext(logger, { resetKeys: true }));
