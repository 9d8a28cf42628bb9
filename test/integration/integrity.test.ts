import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { isClaimWrite, refuseCommands } from '../support/dynamodb-faults.ts';
import { startLocalServers, sqsEventFor, BUCKET, TABLE, type LocalServers } from '../support/local-servers.ts';
import { lambdaContext } from '../../local/lambda-context.ts';
import { makeDocumentClient } from '#shared/aws/clients.ts';
import { ingestObject } from '#shared/ingest/ingest-object.ts';
import { getArticle } from '#shared/store/articles.ts';
import { readArticleText } from '#shared/store/article-text.ts';
import { getClaim, listArticleClaims, listClaimHistory, recordReview } from '#shared/store/claims.ts';
import { MAX_CLAIM_CHARS, MAX_HISTORY_IN_ITEM } from '#shared/store/dynamodb-limits.ts';
import { articleIdFor } from '#shared/store/keys.ts';
import { review } from '#shared/review/verdicts.ts';
import { MAX_EVIDENCE, MAX_NOTE_LENGTH } from '#shared/api/schemas.ts';

let servers: LocalServers;
let handler: (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;
const ingest = (event: SQSEvent) => handler(event, lambdaContext('integrity-test'));
const alice = { id: 'alice', canWrite: true };

beforeAll(async () => {
  servers = await startLocalServers();
  ({ handler } = await import('../../functions/ingest/handler.ts'));
});
afterAll(() => servers.close());
afterEach(() => vi.restoreAllMocks());

const article = (key: string) => getArticle(servers.store, articleIdFor(BUCKET, key));
const claimsOf = (key: string) => listArticleClaims(servers.store, articleIdFor(BUCKET, key));

/**
 * A DynamoDB client for one upload's ingest that holds the commands `held` picks until the test
 * lets them go: the interleavings S3's out-of-order redelivery and concurrent functions produce,
 * driven step by step.
 */
function heldClient(held: (command: unknown) => boolean) {
  const client = makeDocumentClient({ AWS_REGION: 'us-east-1', DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT });
  const send = client.send.bind(client) as (command: unknown) => Promise<unknown>;
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let reached!: () => void;
  const reachedHold = new Promise<void>((r) => (reached = r));
  (client as { send: unknown }).send = async (command: unknown) => {
    if (held(command)) {
      reached();
      await released;
    }
    return send(command);
  };
  return { client, reachedHold, release };
}

const touchesClaims = (command: unknown) => (command instanceof QueryCommand && command.input.ExpressionAttributeValues?.[':claim'] === 'CLAIM#') || isClaimWrite(command);

describe('racing uploads of one key', () => {
  const older = 'The mayor said that taxes would fall. The chief said that crime rose.';
  const newer = 'The mayor said that taxes would fall. The treasurer said that reserves were thin.';

  it.each([
    ['before it reads the claims', touchesClaims],
    ['between reading the claims and writing them', isClaimWrite],
  ])('an older upload held %s cannot change what a newer one wrote', async (_when, held) => {
    const key = `race-${held === touchesClaims ? 'read' : 'write'}.txt`;
    await servers.put(key, older);
    const hold = heldClient(held);
    const olderRun = ingestObject({ s3: servers.s3, store: { client: hold.client, table: TABLE }, maxBytes: 1 << 20 }, { bucket: BUCKET, key, sequencer: '0A' });
    await hold.reachedHold;

    await servers.put(key, newer);
    expect(await ingestObject({ s3: servers.s3, store: servers.store, maxBytes: 1 << 20 }, { bucket: BUCKET, key, sequencer: '0B' })).toMatchObject({ status: 'ready', claimCount: 2 });
    hold.release();
    expect(await olderRun).toMatchObject({ status: 'superseded' });

    const stored = await article(key);
    expect(stored).toMatchObject({ status: 'ready', claimCount: 2 });
    expect(await readArticleText(servers.store, stored!)).toBe(newer);
    expect((await claimsOf(key)).map((c) => [c.text, c.status, c.retracted ?? false])).toEqual([
      ['that taxes would fall', 'pending', false],
      ['that reserves were thin', 'pending', false],
    ]);
  });

  it('an older upload that overtakes nothing still finishes, and the newer one then replaces it', async () => {
    const key = 'race-in-order.txt';
    await servers.put(key, older);
    expect(await ingestObject({ s3: servers.s3, store: servers.store, maxBytes: 1 << 20 }, { bucket: BUCKET, key, sequencer: '0A' })).toMatchObject({ status: 'ready' });
    await servers.put(key, newer);
    expect(await ingestObject({ s3: servers.s3, store: servers.store, maxBytes: 1 << 20 }, { bucket: BUCKET, key, sequencer: '0B' })).toMatchObject({ status: 'ready' });
    expect((await claimsOf(key)).map((c) => c.text)).toEqual(['that taxes would fall', 'that reserves were thin']);
  });
});

describe('size limits', () => {
  it('stores a claim longer than a DynamoDB item truncated, and the article text whole', async () => {
    const quote = Array.from({ length: 40_000 }, (_, i) => `word${i % 97}`).join(' ');
    const text = `The mayor said: “${quote}.”`;
    await servers.put('long-quote.txt', text);
    expect(await ingest(sqsEventFor('long-quote.txt'))).toEqual({ batchItemFailures: [] });
    const stored = await article('long-quote.txt');
    expect(stored).toMatchObject({ status: 'ready', claimCount: 1 });
    const [claim] = await claimsOf('long-quote.txt');
    expect(claim).toMatchObject({ truncated: true, speaker: { name: 'The mayor' } });
    expect(claim.text).toHaveLength(MAX_CLAIM_CHARS);
    expect(claim.content.end - claim.content.start).toBeGreaterThan(200_000);
    expect(await readArticleText(servers.store, stored!)).toBe(text);
  });

  it('keeps every verdict of a claim ruled on fifty times with the longest note and evidence', async () => {
    await servers.put('often-ruled.txt', 'The mayor said that taxes would fall.');
    await ingest(sqsEventFor('often-ruled.txt'));
    let [claim] = await claimsOf('often-ruled.txt');
    const note = 'ü'.repeat(MAX_NOTE_LENGTH);
    const evidence = Array.from({ length: MAX_EVIDENCE }, (_, i) => `https://example.org/${i}/${'e'.repeat(2000)}`);
    for (let i = 0; i < 50; i++) {
      const verdict = i % 2 ? 'disputed' : 'verified';
      claim = await recordReview(servers.store, claim, claim.version, review(claim, { verdict, note, evidence, expectedVersion: claim.version }, alice, new Date()));
    }
    expect(claim).toMatchObject({ version: 50, status: 'disputed' });
    expect(claim.history).toHaveLength(MAX_HISTORY_IN_ITEM);
    const all = [];
    for (let cursor: string | undefined; ; ) {
      const page = await listClaimHistory(servers.store, claim.claimId, 7, cursor);
      all.push(...page.items);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(all).toHaveLength(50);
    expect(all.map((e) => ('verdict' in e ? e.verdict : e.action))).toEqual(Array.from({ length: 50 }, (_, i) => (i % 2 ? 'disputed' : 'verified')));
  });

  it('fails the article at once when DynamoDB refuses a write no retry can mend', async () => {
    await servers.put('refused.txt', 'The mayor said that taxes would fall.');
    // DynamoDB Local refuses such items itself; this stands in for any ValidationException
    refuseCommands(isClaimWrite, { name: 'ValidationException', message: 'Item size has exceeded the maximum allowed size' });
    expect(await ingest(sqsEventFor('refused.txt'))).toEqual({ batchItemFailures: [] });
    expect(await article('refused.txt')).toMatchObject({ status: 'failed', error: expect.stringContaining('Item size has exceeded') });
  });
});

describe('reads that decide', () => {
  it('reads an article’s claims strongly consistently before a re-upload writes', async () => {
    await servers.put('consistent.txt', 'The mayor said that taxes would fall.');
    const spy = vi.spyOn(DynamoDBDocumentClient.prototype, 'send');
    await ingest(sqsEventFor('consistent.txt'));
    const listings = spy.mock.calls.map(([c]) => c).filter((c) => c instanceof QueryCommand && c.input.ExpressionAttributeValues?.[':claim'] === 'CLAIM#');
    expect(listings.length).toBeGreaterThan(0);
    expect(listings.every((c) => (c as QueryCommand).input.ConsistentRead === true)).toBe(true);
  });
});

describe('re-extraction', () => {
  it('hands a ruled claim’s verdict to the new reading of the same words, and records the extractor', async () => {
    const key = 'reread.txt';
    await servers.put(key, 'The mayor said that taxes would fall by 3 percent next year.');
    await ingest(sqsEventFor(key));
    const [first] = await claimsOf(key);
    expect(first.extractorVersion).toMatch(/\S/);
    await recordReview(servers.store, first, 0, review(first, { verdict: 'verified', note: 'budget p. 4', expectedVersion: 0 }, alice, new Date()));

    // a newer extractor draws the content's boundary elsewhere and names the speaker better
    const store = { client: servers.store.client, table: TABLE };
    const upgraded = await ingestObject(
      {
        s3: servers.s3, store, maxBytes: 1 << 20, extractorVersion: 'next',
        extract: (text) => [{ ...readingOf(first), content: { start: text.indexOf('taxes'), end: text.indexOf(' next'), text: 'taxes would fall by 3 percent' }, speaker: { name: 'Mayor Ana Ruiz', type: 'person' } }],
      },
      { bucket: BUCKET, key },
    );
    expect(upgraded).toMatchObject({ status: 'ready', claimCount: 1 });
    const claims = await claimsOf(key);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ claimId: first.claimId, text: 'taxes would fall by 3 percent', status: 'verified', version: 2, extractorVersion: 'next', speaker: { name: 'Mayor Ana Ruiz' } });
    expect(claims[0].history.map((e) => e.reviewer)).toEqual(['alice', 'extractor']);
    expect(claims[0].history[1]).toMatchObject({ verdict: 'verified', reread: { extractorVersion: 'next', previous: { text: first.text, speaker: 'The mayor' } } });
  });

  it('retracts, with the reason, a ruled claim no new reading continues', async () => {
    const key = 'reread-gone.txt';
    await servers.put(key, 'The mayor said that taxes would fall.');
    await ingest(sqsEventFor(key));
    const [first] = await claimsOf(key);
    await recordReview(servers.store, first, 0, review(first, { verdict: 'disputed', expectedVersion: 0 }, alice, new Date()));
    await ingestObject({ s3: servers.s3, store: servers.store, maxBytes: 1 << 20, extract: () => [] }, { bucket: BUCKET, key });
    expect(await getClaim(servers.store, first.claimId)).toMatchObject({ status: 'disputed', retracted: true, retractedReason: expect.stringContaining('no claim') });
  });
});

const readingOf = (c: Awaited<ReturnType<typeof claimsOf>>[number]) => ({ content: c.content, source: c.source, cue: c.cue, speaker: c.speaker, kind: c.kind, confidence: c.confidence });
