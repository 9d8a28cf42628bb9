/**
 * usage: npm run reprocess [-- --prefix P]
 * Re-runs ingest over the running local stack's bucket (or the uploads under a prefix), keeping
 * every verdict: for an extractor upgrade. It talks to the stack `npm start` runs, on S3_PORT and
 * DYNAMODB_PORT (defaults 4569 and 4570). Safe to run again or to stop half-way: ingest is
 * idempotent, so a second run converges on the same claims.
 */
import { parseArgs } from 'node:util';
import { makeDocumentClient, makeS3Client } from '#shared/aws/clients.ts';
import { ingestObject, type IngestOutcome } from '#shared/ingest/ingest-object.ts';
import { listUploads } from '#shared/ingest/reprocess.ts';
import { orSayTheStackIsDown } from './stack-down.ts';

const { values } = parseArgs({ options: { prefix: { type: 'string' }, bucket: { type: 'string', default: 'articles' }, table: { type: 'string', default: 'factcheck' } } });
const region = 'us-east-1';
const s3 = makeS3Client({ AWS_REGION: region, S3_ENDPOINT: `http://127.0.0.1:${process.env.S3_PORT ?? 4569}` });
const store = { client: makeDocumentClient({ AWS_REGION: region, DYNAMODB_ENDPOINT: `http://127.0.0.1:${process.env.DYNAMODB_PORT ?? 4570}` }), table: values.table! };
const deps = { s3, store, maxBytes: Number(process.env.MAX_ARTICLE_BYTES ?? 10 * 1024 * 1024) };

/** Articles read at once: extraction takes one core, storage round trips overlap it. */
const CONCURRENCY = 4;

const tally: Record<IngestOutcome['status'], number> = { ready: 0, failed: 0, gone: 0, superseded: 0 };
let token: string | undefined;
await orSayTheStackIsDown('npm run reprocess', `S3_PORT ${process.env.S3_PORT ?? 4569} and DYNAMODB_PORT ${process.env.DYNAMODB_PORT ?? 4570}`, async () => {
  do {
    const page = await listUploads(s3, values.bucket!, { prefix: values.prefix, continuationToken: token });
    for (let i = 0; i < page.keys.length; i += CONCURRENCY) {
      const outcomes = await Promise.all(page.keys.slice(i, i + CONCURRENCY).map((object) => ingestObject(deps, { bucket: values.bucket!, ...object })));
      for (const outcome of outcomes) tally[outcome.status]++;
    }
    console.error(`${Object.values(tally).reduce((a, b) => a + b, 0)} uploads reprocessed…`);
    token = page.continuationToken ?? undefined;
  } while (token);
});
console.log(`reprocessed ${Object.values(tally).reduce((a, b) => a + b, 0)} uploads${values.prefix ? ` under ${values.prefix}` : ''}: ${tally.ready} ready, ${tally.failed} failed, ${tally.gone} gone, ${tally.superseded} overtaken by a newer upload`);
