import { App, Aspects } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { FactcheckStack } from './stack.ts';
import { stackConfig } from './stack-config.ts';

const app = new App();
const config = stackConfig(app.node);
new FactcheckStack(app, app.node.tryGetContext('stackName') ?? `QuoteFactcheck-${config.stage}`, config, {
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
// cdk-nag's AWS Solutions rules run at every synth; an unacknowledged finding is an error and fails it
Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true }));
