import { App } from 'aws-cdk-lib';
import { FactcheckStack } from './stack.ts';

const app = new App();
new FactcheckStack(app, app.node.tryGetContext('stackName') ?? 'QuoteFactcheck', {
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
