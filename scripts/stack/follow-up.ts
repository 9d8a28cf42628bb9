/**
 * usage: npm run follow-up -- --since <ISO time> [--aws --table NAME [--bus NAME]]
 * Does again the work that follows each verdict given since that time: the claim filed for later
 * claims that say the same, its cluster settled, its event sent (again: receivers tell a repeat by
 * the claim and its version). Run it when the follow-ups' dead-letter queue names a batch that
 * failed every retry, from a little before the time the message gives (docs/operations.md).
 * Against the running local stack (DYNAMODB_PORT, default 4570; events to DATA_DIR's verdicts.jsonl),
 * or with --aws the deployed table and, with --bus, its verdict bus (the stack's `TableName` and
 * `VerdictBusName` outputs), with the AWS credentials and AWS_REGION of the environment.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { makeDocumentClient } from '#shared/aws/clients.ts';
import { redoFollowUps } from '#shared/follow-ups/redo-follow-ups.ts';
import { eventBridgePublisher } from '#shared/publishing/eventbridge-publisher.ts';
import { localPublisher } from '#shared/publishing/local-publisher.ts';
import { orSayTheStackIsDown } from './stack-down.ts';

const { values } = (() => {
  try {
    return parseArgs({ options: { since: { type: 'string' }, aws: { type: 'boolean', default: false }, table: { type: 'string' }, bus: { type: 'string' } } });
  } catch (error) {
    // `npm run follow-up --since X` without `--` hands npm the options and this command a bare value
    return fail(`${(error as Error).message} (usage: npm run follow-up -- --since <ISO time> [--aws --table NAME [--bus NAME]])`);
  }
})();
if (!values.since || Number.isNaN(Date.parse(values.since))) fail('name the time to follow verdicts up from: --since 2026-12-03T10:00:00Z');
if (values.aws && !values.table) fail('with --aws, name the table: --table <the stack\'s TableName output>');
if (values.aws && !process.env.AWS_REGION) fail('with --aws, set AWS_REGION to the region the stack is in');
if (!values.aws && values.bus) fail('--bus names the deployed verdict bus: give it with --aws');
const since = new Date(values.since!).toISOString();
const port = process.env.DYNAMODB_PORT ?? 4570;
const region = process.env.AWS_REGION ?? '';
const deps = values.aws
  ? {
      store: { client: makeDocumentClient({ AWS_REGION: region }), table: values.table! },
      publishVerdict: values.bus ? eventBridgePublisher(new EventBridgeClient({ region }), values.bus) : undefined,
    }
  : {
      store: { client: makeDocumentClient({ AWS_REGION: 'us-east-1', DYNAMODB_ENDPOINT: `http://127.0.0.1:${port}` }), table: 'factcheck' },
      publishVerdict: localPublisher(join(process.env.DATA_DIR ?? '.local', 'verdicts.jsonl')),
    };
const run = () => redoFollowUps(deps, since);
const done = values.aws
  ? await run().catch((error: Error) => fail(`${error.message} (set AWS_REGION and the credentials of the account the stack is in)`))
  : await orSayTheStackIsDown('npm run follow-up', `DYNAMODB_PORT ${port}`, run);
console.log(`follow-up: ${done} verdicts since ${since} followed up again${deps.publishVerdict ? ', their events sent again' : ' (no --bus: no events sent)'}`);

function fail(why: string): never {
  console.error(`npm run follow-up: ${why}`);
  process.exit(1);
}
