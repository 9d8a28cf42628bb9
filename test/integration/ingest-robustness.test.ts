import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { isClaimWrite, refuseCommands } from '../support/dynamodb-faults.ts';
import { startLocalServers, sqsEventFor, sqsEventOf, notificationFor, BUCKET, type LocalServers } from '../support/local-servers.ts';
import { lambdaContext } from '../../local/lambda-context.ts';
import { getArticle } from '#shared/store/articles.ts';
import { getClaim, listArticleClaims, recordReview } from '#shared/store/claims.ts';
import { listQueue } from '#shared/store/review-queue.ts';
import { readArticleText } from '#shared/store/article-text.ts';
import { articleIdFor } from '#shared/store/keys.ts';
import { review } from '#shared/review/verdicts.ts';
import { ingestObject } from '#shared/ingest/ingest-object.ts';
import { PIECE_JOINER } from '#shared/extraction/attributions/split-quotes.ts';

let servers: LocalServers;
let handler: (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;
const ingest = (event: SQSEvent) => handler(event, lambdaContext('ingest-test'));
const alice = { id: 'alice', canWrite: true };
const newsPage = readFileSync(fileURLToPath(new URL('../fixtures/documents/news-page.html', import.meta.url)));

beforeAll(async () => {
  servers = await startLocalServers();
  process.env.MAX_ARTICLE_BYTES = String(64 * 1024);
  process.env.INGEST_MAX_RECEIVES = '3';
  ({ handler } = await import('../../functions/ingest/handler.ts'));
});
afterAll(() => servers.close());
afterEach(() => vi.restoreAllMocks());

const article = (key: string) => getArticle(servers.store, articleIdFor(BUCKET, key));
const claimsOf = (key: string) => listArticleClaims(servers.store, articleIdFor(BUCKET, key));

describe('redelivery and order', () => {
  it('leaves one article and one set of claims however often and however concurrently an event comes', async () => {
    await servers.put('twice.txt', 'The mayor said that taxes would fall. The council said that it disagreed.');
    const deliveries = Array.from({ length: 10 }, (_, i) => ingest(sqsEventFor('twice.txt', { messageId: `m${i}`, sequencer: '0A' })));
    expect((await Promise.all(deliveries)).every((r) => r.batchItemFailures.length === 0)).toBe(true);
    expect((await claimsOf('twice.txt')).map((c) => c.text)).toEqual(['that taxes would fall', 'that it disagreed']);
    expect(await article('twice.txt')).toMatchObject({ status: 'ready', claimCount: 2 });
  });

  it('never lets an older upload’s late event overwrite a newer one', async () => {
    await servers.put('ordered.txt', 'The mayor said that the new budget is final.');
    await ingest(sqsEventFor('ordered.txt', { sequencer: '00B2' }));
    // the event of an earlier upload of the key arrives late
    await ingest(sqsEventFor('ordered.txt', { sequencer: '00A1' }));
    expect((await claimsOf('ordered.txt')).map((c) => c.text)).toEqual(['that the new budget is final']);
    expect((await article('ordered.txt'))?.status).toBe('ready');
  });
});

describe('re-uploads', () => {
  it('keeps verdicts on claims the new version still says, retracts reviewed ones it no longer says, and adds new ones pending', async () => {
    const key = 'desk/revised.txt';
    await servers.put(key, 'The mayor said that taxes would fall. The chief said that crime rose. The clerk said that turnout was low.');
    await ingest(sqsEventFor(key, { sequencer: '01' }));
    const [taxes, crime, turnout] = await claimsOf(key);
    await recordReview(servers.store, taxes, 0, review(taxes, { verdict: 'verified', expectedVersion: 0 }, alice, new Date()));
    await recordReview(servers.store, crime, 0, review(crime, { verdict: 'disputed', note: 'figures are from 2019', expectedVersion: 0 }, alice, new Date()));

    await servers.put(key, 'The mayor said that taxes would fall. The treasurer said that reserves were thin.');
    await ingest(sqsEventFor(key, { sequencer: '02' }));

    expect(await getClaim(servers.store, taxes.claimId)).toMatchObject({ status: 'verified', version: 1, history: [{ reviewer: 'alice' }] });
    expect(await getClaim(servers.store, crime.claimId)).toMatchObject({ status: 'disputed', retracted: true, history: [{ note: 'figures are from 2019' }] });
    expect(await getClaim(servers.store, turnout.claimId)).toBeNull();
    const current = (await claimsOf(key)).filter((c) => !c.retracted);
    expect(current.map((c) => [c.text, c.status])).toEqual([['that taxes would fall', 'verified'], ['that reserves were thin', 'pending']]);
    expect(await article(key)).toMatchObject({ status: 'ready', claimCount: 2 });
    const disputed = await listQueue(servers.store, { status: 'disputed', order: 'reading' }, 100);
    expect(disputed.items.map((c) => c.claimId)).not.toContain(crime.claimId);
    expect(await readArticleText(servers.store, (await article(key))!)).toBe('The mayor said that taxes would fall. The treasurer said that reserves were thin.');
  });
});

describe('what the extractor cannot read', () => {
  it('ends an article in another language ready, with no claims and a warning saying why', async () => {
    await servers.put('lemonde.txt', "Le maire a déclaré mardi que le budget du nouveau pont était définitif et que les impôts ne seraient pas augmentés cette année, selon la ville. « C'est une bonne nouvelle », a-t-il dit.");
    expect(await ingest(sqsEventFor('lemonde.txt'))).toEqual({ batchItemFailures: [] });
    expect(await article('lemonde.txt')).toMatchObject({ status: 'ready', claimCount: 0, language: 'fr', warning: expect.stringContaining('French') });
    expect(await article('lemonde.txt')).not.toHaveProperty('error');
  });

  it('fails at once, on the first delivery, a page nested too deep to be an article', async () => {
    await servers.put('nested.html', `<html><body>${'<div>'.repeat(4_000)}text${'</div>'.repeat(4_000)}</body></html>`);
    expect(await ingest(sqsEventFor('nested.html'))).toEqual({ batchItemFailures: [] });
    expect(await article('nested.html')).toMatchObject({ status: 'failed', error: expect.stringContaining('nests elements') });
  });

  it('fails at once an article too long to read in the time the function has left', async () => {
    await servers.put('too-long.txt', 'The mayor said that taxes would fall. '.repeat(40_000));
    const outcome = await ingestObject({ s3: servers.s3, store: servers.store, maxBytes: 1 << 24, remainingMs: () => 10_000 }, { bucket: BUCKET, key: 'too-long.txt' });
    expect(outcome).toMatchObject({ status: 'failed', error: expect.stringContaining("too long to read within the function's time limit") });
    expect(await article('too-long.txt')).toMatchObject({ status: 'failed' });
  });
});

describe('the dead-letter queue', () => {
  it('marks an upload that failed every delivery failed, with the reason, and leaves a finished one alone', async () => {
    const { beginProcessing } = await import('#shared/store/articles.ts');
    const { markDeadLettered } = await import('#shared/ingest/dead-letters.ts');
    const stuck = { articleId: articleIdFor(BUCKET, 'stuck.txt'), bucket: BUCKET, key: 'stuck.txt', sequencer: '0'.repeat(30) + '0A' };
    await beginProcessing(servers.store, stuck, new Date());
    expect(await markDeadLettered(servers.store, notificationFor('stuck.txt', { sequencer: '0A' }), 5, new Date())).toBe(1);
    expect(await article('stuck.txt')).toMatchObject({ status: 'failed', error: expect.stringContaining('could not be processed in 5 deliveries') });

    await servers.put('fine.txt', 'The mayor said that taxes would fall.');
    await ingest(sqsEventFor('fine.txt', { sequencer: '0B' }));
    expect(await markDeadLettered(servers.store, notificationFor('fine.txt', { sequencer: '0B' }), 5, new Date())).toBe(0);
    expect((await article('fine.txt'))?.status).toBe('ready');
  });
});

describe('formats', () => {
  it.each([
    ['page.html', newsPage, 'html', '“This budget keeps every branch library open and every bus on the road,”'],
    ['notes.md', Buffer.from('# Budget\n\nThe **mayor** said that [taxes](https://x.org) would fall.'), 'markdown', 'that taxes would fall'],
    ['feed.json', Buffer.from(JSON.stringify({ title: 'Budget', text: 'The mayor said that taxes would fall.', publishedAt: '2026-01-02' })), 'json', 'that taxes would fall'],
    ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The mayor said that taxes would fall.', 'utf16le')]), 'text', 'that taxes would fall'],
    ['cp1252.txt', Buffer.from([...Buffer.from('The mayor said: '), 0x93, ...Buffer.from('Taxes will fall.'), 0x94]), 'text', '“Taxes will fall.”'],
  ])('ingests %s, with claims indexing the stored plain text', async (key, body, format, claimText) => {
    await servers.put(key, body);
    expect(await ingest(sqsEventFor(key))).toEqual({ batchItemFailures: [] });
    expect(await article(key)).toMatchObject({ status: 'ready', format });
    const text = (await readArticleText(servers.store, (await article(key))!))!;
    const claims = await claimsOf(key);
    expect(claims.some((c) => c.text.startsWith(claimText))).toBe(true);
    // a quote split by its reporting clause (page.html's) is its pieces' words
    for (const c of claims) expect((c.content.pieces ?? [c.content]).map((p) => text.slice(p.start, p.end)).join(PIECE_JOINER)).toBe(c.text);
  });
});

describe('bad files', () => {
  it.each([
    ['empty.txt', Buffer.alloc(0), 'the file is empty'],
    ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]), 'binary'],
    ['garbled.txt', Buffer.from([0x63, 0x81, 0x61, 0x62]), 'neither UTF-8'],
    ['huge.txt', Buffer.alloc(70 * 1024, 'a'), 'over the limit'],
    ['broken.json', Buffer.from('{"title": "x", "text": '), 'not valid JSON'],
    ['nav-only.html', Buffer.from('<html><body><nav><a href="/">Home</a></nav><footer>© 2026</footer></body></html>'), 'no article body'],
  ])('marks %s failed with the reason and acknowledges it', async (key, body, reason) => {
    await servers.put(key, body);
    expect(await ingest(sqsEventFor(key))).toEqual({ batchItemFailures: [] });
    const a = await article(key);
    expect(a?.status).toBe('failed');
    expect(a?.error).toContain(reason);
  });

  it('refuses an object over the bound from the event’s size, without downloading it', async () => {
    await servers.put('declared-huge.txt', 'Small now, but the event says otherwise.');
    const send = vi.spyOn(servers.s3, 'send');
    expect(await ingest(sqsEventFor('declared-huge.txt', { size: 30 * 1024 * 1024 }))).toEqual({ batchItemFailures: [] });
    expect(send).not.toHaveBeenCalled();
    expect((await article('declared-huge.txt'))?.error).toContain('31457280 bytes');
  });
});

describe('transient failures', () => {
  it('sends back only the record whose DynamoDB write failed, and succeeds on its retry', async () => {
    await servers.put('ok-1.txt', 'The mayor said that taxes would fall.');
    await servers.put('throttled.txt', 'The chief said that crime rose.');
    await servers.put('ok-2.txt', 'The clerk said that turnout was low.');
    // dynalite never throttles: this stands in for DynamoDB refusing one claim write mid-batch
    const crimeClaim = (command: unknown) => isClaimWrite(command) && JSON.stringify(command.input.ExpressionAttributeValues).includes('crime');
    refuseCommands(crimeClaim, { name: 'ProvisionedThroughputExceededException', message: 'Rate exceeded' }, { once: true });

    const batch = sqsEventOf(['ok-1.txt', 'throttled.txt', 'ok-2.txt'].map((key, i) => ({ body: notificationFor(key), messageId: `b${i}` })));
    expect(await ingest(batch)).toEqual({ batchItemFailures: [{ itemIdentifier: 'b1' }] });
    expect((await article('ok-2.txt'))?.status).toBe('ready');
    expect((await article('throttled.txt'))?.status).toBe('processing');

    expect(await ingest(sqsEventOf([{ body: notificationFor('throttled.txt'), messageId: 'b1', receiveCount: 2 }]))).toEqual({ batchItemFailures: [] });
    expect(await article('throttled.txt')).toMatchObject({ status: 'ready', claimCount: 1 });
  });

  it('marks the article failed on the last delivery, so it never stays processing', async () => {
    await servers.put('doomed.txt', 'The mayor said that taxes would fall.');
    refuseCommands(isClaimWrite, { name: 'ServiceUnavailable', message: 'Service unavailable' });
    const last = sqsEventOf([{ body: notificationFor('doomed.txt'), messageId: 'd1', receiveCount: 3 }]);
    expect(await ingest(last)).toEqual({ batchItemFailures: [{ itemIdentifier: 'd1' }] });
    expect(await article('doomed.txt')).toMatchObject({ status: 'failed', error: expect.stringContaining('could not be processed after 3 attempts: Service unavailable') });
  });
});
