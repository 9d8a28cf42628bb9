import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { startLocalServers, sqsEventFor, sqsEventOf, BUCKET, type LocalServers } from '../support/local-servers.ts';
import { lambdaContext } from '../../local/lambda-context.ts';
import { seedText, seedGold } from '../support/seed.ts';
import { getArticle } from '#shared/store/articles.ts';
import { getClaim, listArticleClaims, recordReview } from '#shared/store/claims.ts';
import { articleIdFor } from '#shared/store/keys.ts';
import { review } from '#shared/review/verdicts.ts';

let servers: LocalServers;
let handler: (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;
const ingest = (event: SQSEvent) => handler(event, lambdaContext('ingest-test'));

beforeAll(async () => {
  servers = await startLocalServers();
  ({ handler } = await import('../../functions/ingest/handler.ts'));
});
afterAll(() => servers.close());

describe('the ingest handler against s3rver and dynalite', () => {
  it('turns an uploaded article into a ready article with its claims', async () => {
    await servers.put('wire/seed.txt', seedText);
    expect(await ingest(sqsEventFor('wire/seed.txt'))).toEqual({ batchItemFailures: [] });
    const articleId = articleIdFor(BUCKET, 'wire/seed.txt');
    expect(await getArticle(servers.store, articleId)).toMatchObject({ status: 'ready', claimCount: 10, publishedAt: '2022-03-24', dateline: 'BEIJING' });
    const claims = await listArticleClaims(servers.store, articleId);
    expect(claims.map((c) => c.speaker.name)).toEqual(seedGold.claims.map((c) => c.speaker.name));
    expect(claims.every((c) => c.status === 'pending' && c.version === 0)).toBe(true);
  });

  it('converges on one set of claims when an event is delivered again, keeping verdicts', async () => {
    await servers.put('again.txt', seedText);
    await ingest(sqsEventFor('again.txt'));
    const articleId = articleIdFor(BUCKET, 'again.txt');
    const [first] = await listArticleClaims(servers.store, articleId);
    await recordReview(servers.store, first, 0, review(first, { verdict: 'disputed', expectedVersion: 0 }, { id: 'alice', canWrite: true }, new Date()));

    await Promise.all([ingest(sqsEventFor('again.txt', 'm2')), ingest(sqsEventFor('again.txt', 'm3'))]);
    const claims = await listArticleClaims(servers.store, articleId);
    expect(claims).toHaveLength(10);
    expect(await getClaim(servers.store, first.claimId)).toMatchObject({ status: 'disputed', version: 1, history: [{ reviewer: 'alice' }] });
  });

  it('decodes keys that S3 URL-encodes: spaces, plus signs and accents', async () => {
    const key = 'desk/Ünïcode story + notes (final).txt';
    await servers.put(key, 'The plan will work, the mayor said.');
    expect(await ingest(sqsEventFor(key))).toEqual({ batchItemFailures: [] });
    expect(await getArticle(servers.store, articleIdFor(BUCKET, key))).toMatchObject({ key, status: 'ready', claimCount: 1 });
  });

  it('writes more than one batch of 25 claims', async () => {
    const text = Array.from({ length: 60 }, (_, i) => `The analyst said that prices rose ${i} percent.`).join('\n\n');
    await servers.put('many.txt', text);
    await ingest(sqsEventFor('many.txt'));
    expect(await listArticleClaims(servers.store, articleIdFor(BUCKET, 'many.txt'))).toHaveLength(60);
  });

  it.each([
    ['empty.txt', new Uint8Array(), 'the file is empty'],
    ['image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d]), 'binary'],
    ['undecodable.txt', Uint8Array.from([0x63, 0x81, 0x61, 0x62]), 'neither UTF-8'],
  ])('marks %s failed with a reason and acknowledges the message', async (key, body, reason) => {
    await servers.put(key, body);
    expect(await ingest(sqsEventFor(key))).toEqual({ batchItemFailures: [] });
    const article = await getArticle(servers.store, articleIdFor(BUCKET, key));
    expect(article?.status).toBe('failed');
    expect(article?.error).toContain(reason);
  });

  it('lets go of messages that are not S3 notifications, and of S3 test events', async () => {
    expect(await ingest(sqsEventOf('garbage'))).toEqual({ batchItemFailures: [] });
    expect(await ingest(sqsEventOf(JSON.stringify({ Event: 's3:TestEvent' })))).toEqual({ batchItemFailures: [] });
  });

  it('acknowledges an event for an object deleted since', async () => {
    expect(await ingest(sqsEventFor('never-uploaded.txt'))).toEqual({ batchItemFailures: [] });
    expect(await getArticle(servers.store, articleIdFor(BUCKET, 'never-uploaded.txt'))).toBeNull();
  });
});
