import { App, Aspects } from 'aws-cdk-lib';
import { AwsSolutionsChecks, NagSuppressions } from 'cdk-nag';
import { FactcheckStack } from './stack.ts';
import { stackConfig } from './stack-config.ts';

const app = new App();
const config = stackConfig(app.node);
const stack = new FactcheckStack(app, app.node.tryGetContext('stackName') ?? `QuoteFactcheck-${config.stage}`, config, {
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
// cdk-nag's AWS Solutions rules run at every synth; an unacknowledged finding is an error and fails it
Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true }));
// CDK's own helper that wires bucket notifications: its code and policy are AWS's, not ours to narrow
NagSuppressions.addResourceSuppressionsByPath(stack, `/${stack.stackName}/BucketNotificationsHandler050a0587b7544547bf325f094a3db834/Role/Resource`, [
  { id: 'AwsSolutions-IAM4', reason: 'CDK-provided custom resource that configures S3 notifications; it only writes its logs.' },
  { id: 'AwsSolutions-IAM5', reason: 'CDK-provided custom resource: s3:PutBucketNotification on the articles bucket, granted by CDK.' },
]);
