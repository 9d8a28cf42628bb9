import { describe, expect, it } from 'vitest';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { FactcheckStack } from '../../cdk/stack.ts';
import { ROUTES } from '#shared/api/routes.ts';

// Bundling is skipped here (an empty bundling-stacks list); `npx cdk synth` bundles for real.
const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
const template = Template.fromStack(new FactcheckStack(app, 'Test'));

describe('the AWS stack', () => {
  it('has the bucket, the table with its queue index, two queues and two functions', () => {
    template.resourceCountIs('AWS::S3::Bucket', 1);
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.resourceCountIs('AWS::SQS::Queue', 2);
    template.resourcePropertiesCountIs('AWS::Lambda::Function', { Runtime: 'nodejs22.x', Architectures: ['arm64'] }, 2);
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
      GlobalSecondaryIndexes: [Match.objectLike({ IndexName: 'gsi1' })],
      BillingMode: 'PAY_PER_REQUEST',
    });
  });

  it('sends the bucket’s ObjectCreated events to the queue, whose failures end in a DLQ', () => {
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: { QueueConfigurations: [Match.objectLike({ Events: ['s3:ObjectCreated:*'] })] },
    });
    template.hasResourceProperties('AWS::SQS::Queue', { RedrivePolicy: Match.objectLike({ maxReceiveCount: 5 }), VisibilityTimeout: 360 });
  });

  it('has the ingest function consume the queue, reporting partial batch failures, and know the delivery limit', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { FunctionResponseTypes: ['ReportBatchItemFailures'] });
    template.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ INGEST_MAX_RECEIVES: '5' }) } });
  });

  it('answers CORS preflights for the configured origins', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: Match.objectLike({ AllowOrigins: ['*'], AllowHeaders: ['authorization', 'content-type'] }) });
  });

  it('puts the Cognito JWT authorizer on every data route, and leaves the OpenAPI document open', () => {
    template.resourceCountIs('AWS::Cognito::UserPool', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', { AuthorizerType: 'JWT' });
    for (const route of ROUTES) {
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: `${route.method} ${route.path}`,
        AuthorizationType: route.protected ? 'JWT' : 'NONE',
      });
    }
    template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: 'reviewers' });
    template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: 'readers' });
  });

  it('keeps the bucket private and the table recoverable', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      VersioningConfiguration: { Status: 'Enabled' },
    });
    template.hasResourceProperties('AWS::DynamoDB::Table', { PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } });
    expect(template.findOutputs('ApiUrl')).toBeDefined();
  });
});
