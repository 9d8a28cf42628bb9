import { Duration } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { CLAIM_SK_PREFIX } from '../../shared/store/keys.ts';
import { functionLogs, lambdaDefaults } from './lambda-defaults.ts';

/** Tries of a failing batch before its records are reported to the dead-letter queue (the stream keeps them 24 hours). */
const RETRY_ATTEMPTS = 8;

/**
 * The work a verdict sets off beyond its claim's own write (seen-before filing, the cluster's
 * settling, the event), done after the reviewer has the answer: the table's stream hands every
 * change to a ruled claim to a function that follows up each new verdict
 * (functions/verdict-follow-ups). Failed records are retried in order, split to find the one that
 * fails; what fails every retry is reported to a dead-letter queue, from which
 * `npm run follow-up` redoes it (docs/operations.md).
 */
export class VerdictFollowUps extends Construct {
  readonly fn: NodejsFunction;
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, props: { table: Table; verdicts: IEventBus; logRetention: RetentionDays }) {
    super(scope, id);
    this.deadLetters = new Queue(this, 'DeadLetters', { retentionPeriod: Duration.days(14), encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true });
    NagSuppressions.addResourceSuppressions(this.deadLetters, [{ id: 'AwsSolutions-SQS3', reason: 'This is the dead-letter queue of the follow-ups; its messages are inspected by people and alarmed on.' }]);
    this.fn = new NodejsFunction(this, 'Function', {
      ...lambdaDefaults,
      entry: 'functions/verdict-follow-ups/handler.ts',
      handler: 'handler',
      logGroup: functionLogs(this, props.logRetention),
      memorySize: 512,
      environment: { ...lambdaDefaults.environment, TABLE_NAME: props.table.tableName, EVENT_BUS_NAME: props.verdicts.eventBusName },
    });
    this.fn.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 25,
        maxBatchingWindow: Duration.seconds(0),
        bisectBatchOnError: true,
        retryAttempts: RETRY_ATTEMPTS,
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.deadLetters),
        // only claims that are ruled after the change: most of the table's writes are not
        filters: [
          FilterCriteria.filter({
            eventName: FilterRule.isEqual('MODIFY'),
            dynamodb: { Keys: { sk: { S: FilterRule.beginsWith(CLAIM_SK_PREFIX) } }, NewImage: { status: { S: FilterRule.or('verified', 'disputed') } } },
          }),
        ],
      }),
    );
    props.verdicts.grantPutEventsTo(this.fn);
    // exactly what a follow-up uses: the claim read, its seen-before entries written, its cluster read and settled
    this.fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem'],
        resources: [props.table.tableArn],
      }),
    );
  }
}
