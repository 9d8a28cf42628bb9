import middy from '@middy/core';
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { SQSEvent, SQSRecord, Context } from 'aws-lambda';
import { config } from '#shared/config.ts';
import { makeDocumentClient } from '#shared/aws/dynamodb-client.ts';
import { makeS3Client } from '#shared/aws/s3-client.ts';
import { logger, metrics, traceClient, traceHandler } from '#shared/aws/powertools.ts';
import { ingestObject, type IngestDeps } from '#shared/ingest/ingest-object.ts';
import { objectsCreated } from '#shared/ingest/s3-event.ts';
import { markFailed, normaliseSequencer } from '#shared/store/articles.ts';
import { articleIdFor } from '#shared/store/keys.ts';

const settings = config();
const deps: IngestDeps = {
  s3: traceClient(makeS3Client(settings)),
  store: { client: traceClient(makeDocumentClient(settings)), table: settings.TABLE_NAME },
  maxBytes: settings.MAX_ARTICLE_BYTES,
};
const processor = new BatchProcessor(EventType.SQS);

/** One SQS message holds one S3 notification. A message that is no notification is logged and let go: no retry can mend it. */
async function processRecord(record: SQSRecord, context: Context): Promise<void> {
  let objects;
  try {
    objects = objectsCreated(record.body);
  } catch (error) {
    logger.error('message is not an S3 notification; dropped', { messageId: record.messageId, error: error as Error });
    return;
  }
  for (const object of objects) {
    logger.appendKeys({ s3Key: object.key });
    const outcome = await ingestObject({ ...deps, remainingMs: () => context.getRemainingTimeInMillis() }, object).catch(async (error: Error) => {
      if (Number(record.attributes.ApproximateReceiveCount) < settings.INGEST_MAX_RECEIVES) {
        logger.error('ingest failed; the message will be retried', { error });
        throw error;
      }
      // the last delivery: say so on the article rather than leave it `processing` for ever
      logger.error('ingest failed on its last delivery; the article is marked failed', { error });
      const reason = `could not be processed after ${settings.INGEST_MAX_RECEIVES} attempts: ${error.message}`;
      await markFailed(deps.store, articleIdFor(object.bucket, object.key), normaliseSequencer(object.sequencer ?? '0'), reason, new Date());
      throw error;
    });
    logger.info('article processed', { ...outcome });
    if (outcome.status === 'ready') {
      metrics.addMetric('ArticlesProcessed', MetricUnit.Count, 1);
      metrics.addMetric('ClaimsExtracted', MetricUnit.Count, outcome.claimCount);
    } else if (outcome.status === 'failed') {
      metrics.addMetric('ArticlesFailed', MetricUnit.Count, 1);
    }
  }
}

// ingest budgets its own time (remainingMs) and fails an article it cannot finish: middy's early
// timeout would only abandon the invocation while the work went on into the next delivery
export const handler = middy(
  async (event: SQSEvent, context: Context) => processPartialResponse(event, (record: SQSRecord) => processRecord(record, context), processor, { context, throwOnFullBatchFailure: false }),
  { timeoutEarlyInMillis: 0 },
)
  .use(traceHandler())
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics));
