import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { NagSuppressions } from 'cdk-nag';
import { EventBus } from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';
import { Api } from './constructs/api.ts';
import { Auth } from './constructs/auth.ts';
import { Desk } from './constructs/desk.ts';
import { Ingest } from './constructs/ingest.ts';
import { Monitoring } from './constructs/monitoring.ts';
import { Reprocess } from './constructs/reprocess.ts';
import { Storage } from './constructs/storage.ts';
import { VerdictFollowUps } from './constructs/verdict-follow-ups.ts';
import type { StackConfig } from './stack-config.ts';

/** The whole pipeline: bucket → queue → ingest → table ← API ← reviewers (Cognito), watched by alarms. */
export class FactcheckStack extends Stack {
  constructor(scope: Construct, id: string, config: StackConfig, props?: StackProps) {
    super(scope, id, props);
    const logRetentionDays = Number(config.logRetention);
    const storage = new Storage(this, 'Storage', { existingBucket: config.existingBucket, logRetentionDays });
    const ingest = new Ingest(this, 'Ingest', { bucket: storage.bucket, table: storage.table, maxArticleBytes: config.maxArticleBytes, concurrency: config.ingestConcurrency, logRetention: config.logRetention });
    const reprocess = new Reprocess(this, 'Reprocess', { bucket: storage.bucket, ingestQueue: ingest.queue, perMinute: config.reprocessPerMinute, logRetention: config.logRetention });
    const auth = new Auth(this, 'Auth', { stage: config.stage });
    const desk = new Desk(this, 'Desk', { accessLogs: storage.accessLogs });
    const deskClient = auth.addDeskClient(desk.url);
    // every verdict as an event, for the newsroom's CMS and social tools to follow with rules
    const verdicts = new EventBus(this, 'Verdicts', { eventBusName: `quote-factcheck-verdicts-${config.stage}` });
    const followUps = new VerdictFollowUps(this, 'VerdictFollowUps', { table: storage.table, verdicts, logRetention: config.logRetention });
    const api = new Api(this, 'Api', {
      publisher: config.publisher,
      table: storage.table,
      bucket: storage.bucket,
      userPool: auth.userPool,
      clients: [auth.client, deskClient],
      // the desk's origin only, unless the operator names others
      allowedOrigins: config.allowedOrigins ?? [desk.url],
      logRetention: config.logRetention,
    });
    desk.deploy({ apiUrl: api.httpApi.apiEndpoint, cognito: { domain: auth.domain.baseUrl(), clientId: deskClient.userPoolClientId, redirectUri: `${desk.url}/` } });
    const monitoring = new Monitoring(this, 'Monitoring', { deadLetters: ingest.deadLetters, ingest: ingest.fn, api: api.fn, followUps, httpApi: api.httpApi, alarmEmail: config.alarmEmail });

    new CfnOutput(this, 'BucketName', { value: storage.bucket.bucketName });
    new CfnOutput(this, 'TableName', { value: storage.table.tableName });
    new CfnOutput(this, 'ApiUrl', { value: api.httpApi.apiEndpoint });
    new CfnOutput(this, 'DeskUrl', { value: desk.url });
    new CfnOutput(this, 'UserPoolId', { value: auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: auth.client.userPoolClientId });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: ingest.deadLetters.queueUrl });
    new CfnOutput(this, 'VerdictBusName', { value: verdicts.eventBusName });
    new CfnOutput(this, 'FollowUpDeadLetterQueueUrl', { value: followUps.deadLetters.queueUrl });
    new CfnOutput(this, 'ReprocessQueueUrl', { value: reprocess.queue.queueUrl });
    new CfnOutput(this, 'AlarmTopicArn', { value: monitoring.alarms.topicArn });

    NagSuppressions.addStackSuppressions(this, [
      {
        id: 'AwsSolutions-IAM4',
        reason: 'AWSLambdaBasicExecutionRole only lets a function write its own CloudWatch logs.',
        appliesTo: ['Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
      },
      {
        id: 'AwsSolutions-IAM5',
        reason: 'Only actions that accept no resource but *: X-Ray PutTraceSegments and PutTelemetryRecords, DynamoDB ListStreams (the follow-ups\' stream source), and CDK\'s S3 notification helper. The stack test checks no data resource is granted to *.',
        appliesTo: ['Resource::*'],
      },
    ]);
  }
}
