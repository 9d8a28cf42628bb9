/**
 * usage: npm run requeue [-- --aws --table NAME]
 * Moves every claim to the queue partition the installed code gives it, and every seen-before
 * entry to where it files them: run once after a deploy whose notes say the queue's layout changed
 * (keys.ts QUEUE_SHARDS) or seen-before moved, or a claim written before it is missing from the
 * review queue, and a verdict from the claims that say the same, until its article is read again. Against the running local
 * stack (DYNAMODB_PORT, default 4570), or with --aws the deployed table (the stack's `TableName`
 * output) with the AWS credentials and AWS_REGION of the environment. Safe to run again.
 */
import { parseArgs } from 'node:util';
import { makeDocumentClient } from '#shared/aws/clients.ts';
import { requeueClaims } from '#shared/store/requeue.ts';
import { orSayTheStackIsDown } from './stack-down.ts';

const { values } = parseArgs({ options: { aws: { type: 'boolean', default: false }, table: { type: 'string' } } });
const port = process.env.DYNAMODB_PORT ?? 4570;
if (values.aws && !values.table) fail('with --aws, name the table: --table <the stack\'s TableName output>');
if (values.aws && !process.env.AWS_REGION) fail('with --aws, set AWS_REGION to the region the stack is in');
const client = values.aws
  ? makeDocumentClient({ AWS_REGION: process.env.AWS_REGION ?? '' })
  : makeDocumentClient({ AWS_REGION: 'us-east-1', DYNAMODB_ENDPOINT: `http://127.0.0.1:${port}` });
const run = () => requeueClaims({ client, table: values.table ?? 'factcheck' });
const done = values.aws
  ? await run().catch((error: Error) => fail(`${error.message} (set AWS_REGION and the credentials of the account the stack is in)`))
  : await orSayTheStackIsDown('npm run requeue', `DYNAMODB_PORT ${port}`, run);
console.log(`requeue: ${done.claims} claims read, ${done.moved} moved to the queue partition they belong in, ${done.seenMoved} seen-before entries moved beside the clusters'`);

function fail(why: string): never {
  console.error(`npm run requeue: ${why}`);
  process.exit(1);
}
