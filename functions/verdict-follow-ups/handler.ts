import middy from '@middy/core';
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { config } from '#shared/config.ts';
import { makeDocumentClient } from '#shared/aws/dynamodb-client.ts';
import { logger, metrics, traceClient, traceHandler } from '#shared/aws/powertools.ts';
import { followUpVerdict, recordsVerdict, type FollowUpDeps } from '#shared/follow-ups/verdict-follow-up.ts';
import { eventBridgePublisher } from '#shared/publishing/eventbridge-publisher.ts';
import { claimFromItem } from '#shared/store/claims.ts';
import { CLAIM_SK_PREFIX } from '#shared/store/keys.ts';

/**
 * The table's stream, read: each claim a verdict was stored on is followed up (filed for
 * seen-before, its cluster settled, its event put on the bus) after the API has answered. The
 * stack's filter passes only changes to ruled claims; a record that is no new verdict (a
 * correction, a re-read) is let go here. A failed record is retried from itself, in order, and
 * one that fails every retry is reported to the follow-ups' dead-letter queue.
 */
const settings = config();
const deps: FollowUpDeps = {
  store: { client: traceClient(makeDocumentClient(settings)), table: settings.TABLE_NAME },
  publishVerdict: settings.EVENT_BUS_NAME ? eventBridgePublisher(traceClient(new EventBridgeClient({ region: settings.AWS_REGION })), settings.EVENT_BUS_NAME) : undefined,
};
const processor = new BatchProcessor(EventType.DynamoDBStreams);

/** A stream image as the item it shows (the stream's types are aws-lambda's, the same wire shape as the SDK's). */
const itemOf = (image: Record<string, unknown> | undefined) => image && unmarshall(image as Record<string, AttributeValue>);

async function processRecord(record: DynamoDBRecord): Promise<void> {
  const [before, after] = [itemOf(record.dynamodb?.OldImage), itemOf(record.dynamodb?.NewImage)];
  if (!after || !String(after.sk).startsWith(CLAIM_SK_PREFIX)) return;
  const claim = claimFromItem(after);
  if (!recordsVerdict(before && claimFromItem(before), claim)) return;
  await followUpVerdict(deps, claim);
  metrics.addMetric('VerdictsFollowedUp', MetricUnit.Count, 1);
  // published at once: most records are no verdict, and a batch of them has no metric to send
  metrics.publishStoredMetrics();
}

// one record at a time: two verdicts on one claim in a batch are followed up in their order
export const handler = middy((event: DynamoDBStreamEvent, context: Context) => processPartialResponse(event, processRecord, processor, { context, processInParallel: false }))
  .use(traceHandler())
  .use(injectLambdaContext(logger, { resetKeys: true }));
