import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Api } from './constructs/api.ts';
import { Auth } from './constructs/auth.ts';
import { Ingest } from './constructs/ingest.ts';
import { Storage } from './constructs/storage.ts';

/** The whole pipeline: bucket → queue → ingest → table ← API ← reviewers (Cognito). */
export class FactcheckStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const storage = new Storage(this, 'Storage');
    const ingest = new Ingest(this, 'Ingest', { bucket: storage.bucket, table: storage.table });
    const auth = new Auth(this, 'Auth');
    // browser origins allowed to call the API: `cdk deploy -c allowedOrigins=https://desk.example.org`
    const allowedOrigins = String(this.node.tryGetContext('allowedOrigins') ?? '*').split(',');
    const api = new Api(this, 'Api', { table: storage.table, bucket: storage.bucket, userPool: auth.userPool, client: auth.client, allowedOrigins });

    new CfnOutput(this, 'BucketName', { value: storage.bucket.bucketName });
    new CfnOutput(this, 'ApiUrl', { value: api.httpApi.apiEndpoint });
    new CfnOutput(this, 'UserPoolId', { value: auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: auth.client.userPoolClientId });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: ingest.deadLetters.queueUrl });
  }
}
