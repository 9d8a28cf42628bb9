import { Duration } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { functionLogs, lambdaDefaults } from './lambda-defaults.ts';

/** The most uploads one page sends (S3 lists at most 1,000 keys a request). */
const MAX_PAGE_SIZE = 1000;

/**
 * Pages of up to 1,000 uploads, spaced so that `perMinute` reach ingest each minute: at the
 * default 1,000 a minute, a million articles in ~17 hours, which the ingest functions at their
 * default concurrency keep up with (docs/operations.md, re-reading the archive).
 */
const reprocessPace = (perMinute: number) => {
  const pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, Math.round(perMinute)));
  return { pageSize, delaySeconds: Math.min(900, Math.round((60 * pageSize) / perMinute)) };
};

/**
 * Re-running ingest over the bucket or a prefix after an extractor upgrade, at a bounded rate: a
 * message on the reprocess queue names a page; the function sends that page's uploads to the
 * ingest queue and the next page's message, delayed (functions/reprocess/handler.ts).
 */
export class Reprocess extends Construct {
  readonly queue: Queue;

  constructor(scope: Construct, id: string, props: { bucket: IBucket; ingestQueue: Queue; perMinute: number; logRetention: RetentionDays }) {
    super(scope, id);
    const pace = reprocessPace(props.perMinute);
    const deadLetters = new Queue(this, 'DeadLetters', { retentionPeriod: Duration.days(14), encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true });
    NagSuppressions.addResourceSuppressions(deadLetters, [{ id: 'AwsSolutions-SQS3', reason: 'This is the dead-letter queue of the reprocess chain; a page that lands here is resumed by hand from its message.' }]);
    this.queue = new Queue(this, 'Pages', {
      visibilityTimeout: Duration.minutes(6),
      deadLetterQueue: { queue: deadLetters, maxReceiveCount: 5 },
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    const fn = new NodejsFunction(this, 'Function', {
      ...lambdaDefaults,
      entry: 'functions/reprocess/handler.ts',
      handler: 'handler',
      logGroup: functionLogs(this, props.logRetention),
      timeout: Duration.minutes(1),
      memorySize: 256,
      environment: {
        ...lambdaDefaults.environment,
        BUCKET_NAME: props.bucket.bucketName,
        INGEST_QUEUE_URL: props.ingestQueue.queueUrl,
        REPROCESS_QUEUE_URL: this.queue.queueUrl,
        REPROCESS_PAGE_SIZE: String(pace.pageSize),
        REPROCESS_DELAY_SECONDS: String(pace.delaySeconds),
      },
    });
    fn.addEventSource(new SqsEventSource(this.queue, { batchSize: 1 }));
    fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:ListBucket'], resources: [props.bucket.bucketArn] }));
    props.ingestQueue.grantSendMessages(fn);
    this.queue.grantSendMessages(fn);
  }
}
