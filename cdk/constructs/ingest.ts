import { Duration } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { EventType, type Bucket } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { functionLogs, lambdaDefaults } from './lambda-defaults.ts';

const FUNCTION_TIMEOUT = Duration.seconds(60);
/** SQS redelivers a message this many times before it goes to the dead-letter queue. */
const MAX_RECEIVES = 5;

/**
 * S3 ObjectCreated → SQS (with a DLQ) → the ingest function. The queue absorbs bursts and makes
 * redelivery explicit; the function reports partial batch failures so one bad message does not
 * send its whole batch back.
 */
export class Ingest extends Construct {
  readonly queue: Queue;
  readonly deadLetters: Queue;
  readonly fn: NodejsFunction;

  constructor(scope: Construct, id: string, props: { bucket: Bucket; table: Table }) {
    super(scope, id);
    this.deadLetters = new Queue(this, 'DeadLetters', { retentionPeriod: Duration.days(14), encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true });
    this.queue = new Queue(this, 'Uploads', {
      // AWS advises at least six times the function timeout, so a retried batch is not delivered twice at once
      visibilityTimeout: Duration.seconds(FUNCTION_TIMEOUT.toSeconds() * 6),
      deadLetterQueue: { queue: this.deadLetters, maxReceiveCount: MAX_RECEIVES },
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    props.bucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(this.queue));

    this.fn = new NodejsFunction(this, 'Function', {
      ...lambdaDefaults,
      entry: 'functions/ingest/handler.ts',
      handler: 'handler',
      logGroup: functionLogs(this),
      timeout: FUNCTION_TIMEOUT,
      memorySize: 1024,
      environment: { ...lambdaDefaults.environment, TABLE_NAME: props.table.tableName, BUCKET_NAME: props.bucket.bucketName, INGEST_MAX_RECEIVES: String(MAX_RECEIVES) },
    });
    this.fn.addEventSource(new SqsEventSource(this.queue, { batchSize: 5, reportBatchItemFailures: true, maxConcurrency: 5 }));
    props.bucket.grantRead(this.fn);
    props.table.grantReadWriteData(this.fn);
  }
}
