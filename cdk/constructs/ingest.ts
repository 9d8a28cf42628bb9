import { Duration } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { EventType, type IBucket } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { functionLogs, lambdaDefaults } from './lambda-defaults.ts';

/**
 * Chosen from the measured throughput (npm run bench: 5 MB read in ~4 s on one core here; a 1 GB
 * Lambda has ~0.6 of a vCPU, so a 10 MB article, MAX_ARTICLE_BYTES, takes ~15–25 s) and the writes
 * of its claims. Ingest budgets against the time left (ingest-object.ts) and fails an article it
 * cannot finish rather than time out on every delivery.
 */
const FUNCTION_TIMEOUT = Duration.seconds(120);
/** SQS delivers a message this many times before it goes to the dead-letter queue. */
export const MAX_RECEIVES = 5;
/** wink-nlp's model and the extraction tables want ~300 MB; 1 GB also buys the CPU that extraction uses. */
const MEMORY_MB = 1024;

/**
 * S3 ObjectCreated → SQS (with a DLQ) → the ingest function. The queue absorbs bursts and makes
 * redelivery explicit; the function reports partial batch failures so one bad message does not
 * send its whole batch back; bounded concurrency keeps a burst from throttling the table.
 */
export class Ingest extends Construct {
  readonly queue: Queue;
  readonly deadLetters: Queue;
  readonly fn: NodejsFunction;
  readonly deadLetterFn: NodejsFunction;

  constructor(scope: Construct, id: string, props: { bucket: IBucket; table: Table; maxArticleBytes: number; concurrency: number; logRetention: RetentionDays }) {
    super(scope, id);
    this.deadLetters = new Queue(this, 'DeadLetters', { retentionPeriod: Duration.days(14), encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true });
    NagSuppressions.addResourceSuppressions(this.deadLetters, [{ id: 'AwsSolutions-SQS3', reason: 'This is the dead-letter queue; its messages are inspected by people and alarmed on.' }]);
    this.queue = new Queue(this, 'Uploads', {
      // AWS advises at least six times the function timeout, so a batch still running is not delivered again
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
      logGroup: functionLogs(this, props.logRetention),
      timeout: FUNCTION_TIMEOUT,
      memorySize: MEMORY_MB,
      environment: {
        ...lambdaDefaults.environment,
        TABLE_NAME: props.table.tableName,
        BUCKET_NAME: props.bucket.bucketName,
        MAX_ARTICLE_BYTES: String(props.maxArticleBytes),
        INGEST_MAX_RECEIVES: String(MAX_RECEIVES),
      },
    });
    this.fn.addEventSource(new SqsEventSource(this.queue, { batchSize: 5, reportBatchItemFailures: true, maxConcurrency: Math.max(2, props.concurrency) }));
    // exactly what shared/ingest uses: read one object (any version), and the table's item and query calls
    this.fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject', 's3:GetObjectVersion'], resources: [props.bucket.arnForObjects('*')] }));
    this.fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:Query', 'dynamodb:BatchWriteItem'],
        resources: [props.table.tableArn],
      }),
    );
    // the dead-letter queue's reader marks each set-aside upload's article failed (functions/dead-letters)
    this.deadLetterFn = new NodejsFunction(this, 'DeadLetterFunction', {
      ...lambdaDefaults,
      entry: 'functions/dead-letters/handler.ts',
      handler: 'handler',
      logGroup: functionLogs(this, props.logRetention, 'DeadLetterLogs'),
      memorySize: 256,
      environment: { ...lambdaDefaults.environment, TABLE_NAME: props.table.tableName, INGEST_MAX_RECEIVES: String(MAX_RECEIVES) },
    });
    this.deadLetterFn.addEventSource(new SqsEventSource(this.deadLetters, { batchSize: 10 }));
    this.deadLetterFn.addToRolePolicy(new PolicyStatement({ actions: ['dynamodb:GetItem', 'dynamodb:UpdateItem'], resources: [props.table.tableArn] }));
    NagSuppressions.addResourceSuppressions(
      this.fn,
      [{ id: 'AwsSolutions-IAM5', reason: 'Object-level S3 permissions name every object of the one articles bucket (bucket/*); uploads have no fixed keys.', appliesTo: [{ regex: '/^Resource::.*/\\*$/g' }] }],
      true,
    );
  }
}
