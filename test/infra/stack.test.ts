import { describe, expect, it } from 'vitest';
import { App, Aspects } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { FactcheckStack } from '../../cdk/stack.ts';
import { stackConfig } from '../../cdk/stack-config.ts';
import { ROUTES } from '#shared/api/routes.ts';

// Bundling is skipped here (an empty bundling-stacks list); `npx cdk synth` bundles for real.
function synth(context: Record<string, unknown> = {}) {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [], ...context } });
  const stack = new FactcheckStack(app, 'Test', stackConfig(app.node));
  Aspects.of(app).add(new AwsSolutionsChecks());
  app.synth();
  return { stack, template: Template.fromStack(stack) };
}
const { stack, template } = synth();
const policiesOf = (logicalPrefix: string) =>
  Object.entries(template.findResources('AWS::IAM::Policy'))
    .filter(([id]) => id.startsWith(logicalPrefix))
    .flatMap(([, r]) => (r as { Properties: { PolicyDocument: { Statement: Array<{ Action: string | string[]; Resource: unknown }> } } }).Properties.PolicyDocument.Statement);

describe('the AWS stack', () => {
  it('passes every cdk-nag AWS Solutions check, or acknowledges it with a reason', () => {
    const findings = [...Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*')), ...Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('AwsSolutions-.*'))];
    expect(findings.map((f) => `${f.id}: ${String(f.entry.data).slice(0, 120)}`)).toEqual([]);
  });

  it('has the articles, access-log and desk buckets, the table with its indexes (articles and reading queue, check-worthiness queue, claims by speaker, verdicts by time), the upload and reprocess queues with their DLQs, the follow-ups’ DLQ, and five functions of its own', () => {
    template.resourceCountIs('AWS::S3::Bucket', 3);
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.resourceCountIs('AWS::SQS::Queue', 5);
    template.resourcePropertiesCountIs('AWS::Lambda::Function', { Runtime: 'nodejs24.x', Architectures: ['arm64'], TracingConfig: { Mode: 'Active' } }, 5);
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
      GlobalSecondaryIndexes: [Match.objectLike({ IndexName: 'gsi1' }), Match.objectLike({ IndexName: 'gsi2' }), Match.objectLike({ IndexName: 'gsi3' }), Match.objectLike({ IndexName: 'gsi4' })],
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
  });

  it('reprocesses the bucket a page at a time: lists the bucket, feeds the ingest queue, chains its own delayed pages', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ REPROCESS_PAGE_SIZE: '1000', REPROCESS_DELAY_SECONDS: '60', INGEST_QUEUE_URL: Match.anyValue() }) },
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { BatchSize: 1 });
    const statements = policiesOf('ReprocessFunction');
    expect(statements.flatMap((s) => s.Action)).toEqual(expect.arrayContaining(['s3:ListBucket', 'sqs:SendMessage']));
    template.hasOutput('ReprocessQueueUrl', {});
  });

  it('names its table among its outputs, for npm run requeue -- --aws', () => {
    template.hasOutput('TableName', {});
  });

  it('serves the desk with security headers: a content security policy, no framing, no sniffing, no referrer, HSTS', () => {
    template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: {
        SecurityHeadersConfig: Match.objectLike({
          ContentSecurityPolicy: Match.objectLike({ Override: true }),
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ContentTypeOptions: { Override: true },
          ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
          StrictTransportSecurity: Match.objectLike({ Override: true }),
        }),
      },
    });
    template.hasResourceProperties('AWS::CloudFront::Distribution', { DistributionConfig: Match.objectLike({ DefaultCacheBehavior: Match.objectLike({ ResponseHeadersPolicyId: Match.anyValue() }) }) });
  });

  it('reads the dead-letter queue with a function that marks each set-aside upload failed', () => {
    template.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ INGEST_MAX_RECEIVES: '5', TABLE_NAME: Match.anyValue() }) }, MemorySize: 256 });
    expect(policiesOf('IngestDeadLetterFunction').flatMap((s) => s.Action)).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:UpdateItem']));
    expect(Object.keys(template.findResources('AWS::Lambda::EventSourceMapping')).length).toBe(4);
  });

  it('has an EventBridge bus for verdicts that the follow-ups function alone may put events on, and the publisher from context', () => {
    template.resourceCountIs('AWS::Events::EventBus', 1);
    template.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ VERDICT_FOLLOW_UPS: 'stream', PUBLISHER_NAME: 'Quote fact-check desk', PUBLISHER_URL: 'https://factcheck.example.org' }) } });
    template.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ EVENT_BUS_NAME: Match.anyValue(), TABLE_NAME: Match.anyValue() }) } });
    const puts = Object.entries(template.findResources('AWS::IAM::Policy')).filter(([, r]) => JSON.stringify(r).includes('events:PutEvents'));
    expect(puts.map(([id]) => id)).toEqual([expect.stringMatching(/^VerdictFollowUpsFunctionServiceRoleDefaultPolicy/)]);
    expect(policiesOf('VerdictFollowUpsFunctionServiceRoleDefaultPolicy').find((s) => [s.Action].flat().includes('events:PutEvents'))!.Resource).not.toBe('*');
    template.hasOutput('VerdictBusName', {});
    const custom = synth({ publisherName: 'The Daily Check', claimReviewUrlTemplate: 'https://daily.example/checks/{claimId}' }).template;
    custom.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ PUBLISHER_NAME: 'The Daily Check', CLAIMREVIEW_URL_TEMPLATE: 'https://daily.example/checks/{claimId}' }) } });
  });

  it('keeps the articles bucket private, encrypted, SSL-only, versioned and access-logged', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      VersioningConfiguration: { Status: 'Enabled' },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'articles/' }),
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  it('sends ObjectCreated events to the queue, whose visibility is six times the function timeout and whose failures end in a DLQ', () => {
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: { QueueConfigurations: [Match.objectLike({ Events: ['s3:ObjectCreated:*'] })] },
    });
    template.hasResourceProperties('AWS::SQS::Queue', { RedrivePolicy: Match.objectLike({ maxReceiveCount: 5 }), VisibilityTimeout: 720 });
    template.hasResourceProperties('AWS::Lambda::Function', { Timeout: 120, MemorySize: 1024, Environment: { Variables: Match.objectLike({ INGEST_MAX_RECEIVES: '5', MAX_ARTICLE_BYTES: String(10 * 1024 * 1024) }) } });
  });

  it('follows verdicts up from the table’s stream: changes to ruled claims only, failures retried in order and then sent to a dead-letter queue', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^StorageTable'), 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
      FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ eventName: ['MODIFY'], dynamodb: { Keys: { sk: { S: [{ prefix: 'CLAIM#' }] } }, NewImage: { status: { S: ['verified', 'disputed'] } } } }) }] },
    });
    template.hasOutput('FollowUpDeadLetterQueueUrl', {});
  });

  it('consumes the queue with bounded concurrency, reporting partial batch failures', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { FunctionResponseTypes: ['ReportBatchItemFailures'], ScalingConfig: { MaximumConcurrency: 10 } });
  });

  it('grants each function only the actions it uses, on named resources', () => {
    const ingest = policiesOf('IngestFunctionServiceRoleDefaultPolicy');
    const api = policiesOf('ApiFunctionServiceRoleDefaultPolicy');
    const actions = (statements: typeof ingest) => statements.flatMap((s) => [s.Action].flat()).filter((a) => !a.startsWith('xray:')).sort();
    expect(actions(ingest)).toEqual([
      'dynamodb:BatchWriteItem', 'dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem',
      's3:GetObject', 's3:GetObjectVersion',
      // the SQS event source's own: receive, delete and extend the visibility of its messages
      'sqs:ChangeMessageVisibility', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:ReceiveMessage',
    ]);
    expect(actions(api)).toEqual(['dynamodb:BatchWriteItem', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem']);
    const followUps = policiesOf('VerdictFollowUpsFunctionServiceRoleDefaultPolicy');
    expect(actions(followUps)).toEqual([
      'dynamodb:BatchGetItem', 'dynamodb:BatchWriteItem', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem',
      // the stream event source's own: read the table's stream
      'dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams',
      'events:PutEvents',
      // the failures' destination
      'sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage',
    ].sort());
    // ListStreams, like X-Ray's actions, takes no resource but *
    const anyResourceOnly = (a: string) => a.startsWith('xray:') || a === 'dynamodb:ListStreams';
    for (const s of [...ingest, ...api, ...followUps]) if (![s.Action].flat().every(anyResourceOnly)) expect(s.Resource).not.toBe('*');
  });

  it('puts the Cognito JWT authorizer on every data route and leaves the OpenAPI document and health check open', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', { AuthorizerType: 'JWT' });
    for (const route of ROUTES) {
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: `${route.method} ${route.path}`, AuthorizationType: route.protected ? 'JWT' : 'NONE' });
    }
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', { StageName: '$default', AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }) });
    // CORS for the desk's CloudFront origin only
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({ AllowOrigins: [{ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.stringLikeRegexp('^DeskCdn'), 'DomainName'] }]] }], AllowHeaders: ['authorization', 'content-type'] }),
    });
  });

  it('has reviewers and readers groups, no self sign-up and a strong password policy', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 12, RequireSymbols: true, RequireNumbers: true, RequireUppercase: true, RequireLowercase: true }) },
    });
    template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: 'reviewers' });
    template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: 'readers' });
  });

  it('alarms on the dead-letter queue, ingest errors, follow-ups that failed every retry and API 5xx, to a topic, and has a dashboard', () => {
    template.resourceCountIs('AWS::CloudWatch::Alarm', 4);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'NumberOfMessagesReceived', Threshold: 1 });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Errors', Namespace: 'AWS/Lambda' });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: '5xx', Namespace: 'AWS/ApiGateway' });
    template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
    template.resourceCountIs('AWS::SNS::Topic', 1);
  });

  it('serves the desk from a private bucket through CloudFront with origin access control, and signs reviewers in with the hosted UI', () => {
    template.resourceCountIs('AWS::CloudFront::Distribution', 1);
    template.hasResourceProperties('AWS::CloudFront::Distribution', { DistributionConfig: Match.objectLike({ DefaultRootObject: 'index.html', Logging: Match.anyValue() }) });
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    template.resourceCountIs('Custom::CDKBucketDeployment', 1);
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: Match.anyValue() });
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', { AllowedOAuthFlows: ['code'], GenerateSecret: false, CallbackURLs: Match.anyValue() });
    expect(template.findOutputs('DeskUrl')).toBeDefined();
  });

  it('takes its settings from CDK context', () => {
    const { template: custom } = synth({ stage: 'prod', logRetentionDays: 90, maxArticleBytes: 1048576, ingestConcurrency: 3, reprocessPerMinute: 6000, allowedOrigins: 'https://desk.example.org', existingBucket: 'newsroom-uploads', alarmEmail: 'ops@example.org' });
    custom.resourceCountIs('AWS::S3::Bucket', 2);
    custom.resourcePropertiesCountIs('AWS::S3::Bucket', { VersioningConfiguration: { Status: 'Enabled' } }, 0);
    custom.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 90 });
    custom.hasResourceProperties('AWS::Lambda::EventSourceMapping', { ScalingConfig: { MaximumConcurrency: 3 } });
    custom.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ REPROCESS_PAGE_SIZE: '1000', REPROCESS_DELAY_SECONDS: '10' }) } });
    custom.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ MAX_ARTICLE_BYTES: '1048576', BUCKET_NAME: 'newsroom-uploads' }) } });
    custom.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: Match.objectLike({ AllowOrigins: ['https://desk.example.org'] }) });
    custom.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.org' });
  });
});
