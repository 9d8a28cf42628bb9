import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import type { SQSEvent } from 'aws-lambda';
import { config } from '#shared/config.ts';
import { makeDocumentClient } from '#shared/aws/dynamodb-client.ts';
import { logger, metrics } from '#shared/aws/powertools.ts';
import { markDeadLettered } from '#shared/ingest/dead-letters.ts';

/**
 * The ingest queue's dead-letter queue, read: every upload whose message failed every delivery
 * (a function that timed out each time never reaches its own "last delivery" code) has its
 * article marked failed with the reason, so none stays `processing` for ever. The DeadLetters
 * alarm watches this queue's received messages.
 */
const settings = config();
const store = { client: makeDocumentClient(settings), table: settings.TABLE_NAME };

export const handler = middy(async (event: SQSEvent) => {
  for (const record of event.Records) {
    const marked = await markDeadLettered(store, record.body, settings.INGEST_MAX_RECEIVES, new Date());
    logger.warn('upload dead-lettered', { messageId: record.messageId, articlesMarkedFailed: marked });
    metrics.addMetric('UploadsDeadLettered', MetricUnit.Count, 1);
  }
})
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics));
