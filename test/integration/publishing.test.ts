import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApiUnderTest, type ApiUnderTest } from '../support/api-under-test.ts';
import type { ArticleWithClaims, Claim } from '#shared/api/schemas.ts';
import { BatchWriteCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { makeDocumentClient } from '#shared/aws/clients.ts';
import { ingestObject } from '#shared/ingest/ingest-object.ts';
import { signatureOf } from '#shared/review/seen-before.ts';
import { articleIdFor, legacySeenKey, seenKey } from '#shared/store/keys.ts';
import { requeueClaims } from '#shared/store/requeue.ts';
import { unfileClaim } from '#shared/store/seen-before.ts';
import { BUCKET } from '../support/local-servers.ts';
import { poll } from '../support/poll.ts';
import { startReceiver, type Answer } from '../support/webhook-receiver.ts';

/** The ClaimReview properties Google's Fact Check markup requires, and those it recommends. */
const REQUIRED = ['@context', '@type', 'url', 'claimReviewed', 'reviewRating', 'author', 'datePublished'];
const RECOMMENDED = ['itemReviewed'];

let under: ApiUnderTest;
let webhook: Awaited<ReturnType<typeof startReceiver>>;
let webhookFails = true;
/** how the webhook answers the next deliveries of one claim's event, in order; past them, by `webhookFails` */
const plans = new Map<string, Answer[]>();
const SECRET = 'the newsroom webhook secret';
const dir = mkdtempSync(join(tmpdir(), 'publishing-'));
const log = join(dir, 'verdicts.jsonl');
const claimIdOf = (body: string) => (JSON.parse(body) as { claimId: string }).claimId;
const deliveriesOf = (claimId: string) => webhook.received.filter((r) => claimIdOf(r.body) === claimId);

beforeAll(async () => {
  webhook = await startReceiver((_, { body }) => plans.get(claimIdOf(body))?.shift() ?? (webhookFails ? 500 : 204));
  Object.assign(process.env, {
    VERDICT_LOG_PATH: log,
    VERDICT_WEBHOOK_URL: webhook.url,
    VERDICT_WEBHOOK_SECRET: SECRET,
    // retries at once; and an attempt is never timed out within a test, so a verdict that waited
    // for the webhook would wait past the test's own timeout
    VERDICT_WEBHOOK_RETRY_DELAY_MS: '1',
    VERDICT_WEBHOOK_TIMEOUT_MS: '120000',
    PUBLISHER_NAME: 'The Daily Check',
    PUBLISHER_URL: 'https://daily.example',
  });
  under = await startApiUnderTest();
});
afterAll(async () => {
  webhook.release();
  await under.close();
  await webhook.close();
  rmSync(dir, { recursive: true, force: true });
});

const call = async (path: string, init: { method?: string; body?: unknown } = {}) => {
  const res = await fetch(`${under.url}${path}`, { method: init.method ?? 'GET', headers: { authorization: `Bearer ${under.alice}` }, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const body = await res.json();
  // a verdict's follow-ups (seen-before, its event) done, as the next step in these stories expects
  await under.followedUp();
  return { status: res.status, body };
};
/** A claim's seen-before entries as versions before 2026.12.03.2 filed them: under `SIG#<band>`, each a batch write's put. */
const filedTheOldWay = (claim: Claim, status: 'verified' | 'disputed') =>
  signatureOf(claim.text).bands.map((band) => ({ PutRequest: { Item: { ...legacySeenKey(band, claim.claimId), claimId: claim.claimId, articleId: claim.articleId, status, reviewer: 'alice', at: '2026-12-01T10:00:00.000Z', ...signatureOf(claim.text) } } }));
const seedClaims = async () => ((await call(`/articles/${articleIdFor(BUCKET, 'seed.txt')}`)).body as ArticleWithClaims).claims;

describe('verdicts as events', () => {
  it('logs every verdict and posts it to the webhook, and a failing webhook never fails the verdict', async () => {
    const [claim] = await seedClaims();
    const res = await call(`/claims/${claim.claimId}/verdict`, { method: 'PUT', body: { verdict: 'disputed', note: 'The ministry says otherwise.', evidence: ['https://example.org/statement'], expectedVersion: 0 } });
    expect(res.status).toBe(200);
    const event = { schemaVersion: 1, claimId: claim.claimId, articleId: claim.articleId, verdict: 'disputed', reviewer: 'alice', speaker: { name: 'Moin ul Haque' }, note: 'The ministry says otherwise.' };
    expect(JSON.parse(readFileSync(log, 'utf8').trim().split('\n').at(-1)!)).toMatchObject(event);
    const [delivery] = await poll('the webhook delivery', async () => (deliveriesOf(claim.claimId).length ? deliveriesOf(claim.claimId) : undefined));
    expect(JSON.parse(delivery.body)).toMatchObject(event);
  });
});

describe('ClaimReview', () => {
  it('publishes a ruled claim as schema.org ClaimReview, with the note as its body and the evidence as its citation', async () => {
    const [claim] = await seedClaims();
    const { status, body } = await call(`/claims/${claim.claimId}/claimreview`);
    expect(status).toBe(200);
    for (const property of [...REQUIRED, ...RECOMMENDED]) expect(body, property).toHaveProperty([property]);
    expect(body).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `https://daily.example/claims/${claim.claimId}`,
      claimReviewed: claim.text,
      author: { '@type': 'Organization', name: 'The Daily Check' },
      reviewRating: { '@type': 'Rating', ratingValue: 1, worstRating: 1, bestRating: 5, alternateName: expect.stringMatching(/^Disputed/) },
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Moin ul Haque', jobTitle: 'Pakistan Ambassador to China' }, datePublished: '2022-03-24', appearance: { '@type': 'NewsArticle', datePublished: '2022-03-24', text: claim.text } },
      reviewBody: 'The ministry says otherwise.',
      citation: [{ '@type': 'CreativeWork', url: 'https://example.org/statement' }],
    });
    expect(body.claimReviewed).not.toMatch(/disputed|verified/i);
  });

  it('has no review for a claim without a verdict, and pages through every verdict for a CMS', async () => {
    const claims = await seedClaims();
    expect((await call(`/claims/${claims[5].claimId}/claimreview`)).status).toBe(404);
    webhookFails = false;
    await call(`/claims/${claims[1].claimId}/verdict`, { method: 'PUT', body: { verdict: 'verified', expectedVersion: 0 } });
    const all: Array<{ url: string }> = [];
    for (let cursor: string | null = null, first = true; first || cursor; first = false) {
      const page = await call(`/claimreviews?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      all.push(...page.body.items);
      cursor = page.body.nextCursor;
    }
    expect(all.map((r) => r.url)).toEqual([claims[0], claims[1]].map((c) => `https://daily.example/claims/${c.claimId}`));
    const later = (await call(`/claimreviews?since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).body.items;
    expect(later).toEqual([]);
  });
});

describe('claims seen before', () => {
  it('marks a new claim that says what a ruled claim said, in other small words and by another speaker', async () => {
    const [first] = await seedClaims();
    expect(first.status).toBe('disputed');
    const ingest = await import('../../functions/ingest/handler.ts');
    const { sqsEventFor } = await import('../support/local-servers.ts');
    const { lambdaContext } = await import('../../local/lambda-context.ts');
    const restated = `A spokesman said that ${first.text.replace(/\bthe\b/g, 'a').replace(/\bhave been\b/, 'had been')}.`;
    await under.servers.put('restated.txt', `${restated} The mayor said that the new bridge would open in May.`);
    await ingest.handler(sqsEventFor('restated.txt'), lambdaContext('ingest-test'));
    const { claims } = (await call(`/articles/${articleIdFor(BUCKET, 'restated.txt')}`)).body as ArticleWithClaims;
    const again = claims.find((c) => c.text.includes('Pakistan and China'))!;
    expect(again.seenBefore).toEqual([{ claimId: first.claimId, articleId: first.articleId, status: 'disputed', reviewer: 'alice', at: expect.any(String) }]);
    expect(claims.find((c) => c.text.includes('bridge'))!.seenBefore).toEqual([]);
  });

  it('are found by the one read of each key that joins a new claim to its cluster, and read again on their own when its article is', async () => {
    const [first] = await seedClaims();
    const store = { ...under.servers.store, client: makeDocumentClient({ AWS_REGION: 'us-east-1', DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT }) };
    const queried: string[] = [];
    store.client.middlewareStack.add((next) => async (args) => {
      const input = args.input as { KeyConditionExpression?: string; ExpressionAttributeValues?: Record<string, unknown> };
      if (input.KeyConditionExpression) queried.push(String(input.ExpressionAttributeValues?.[':pk']));
      return next(args);
    }, { step: 'initialize' });
    await under.servers.put('repeated.txt', `An official said that ${first.text}.`);
    const ingestOnce = () => ingestObject({ s3: under.servers.s3, store, maxBytes: 1 << 20 }, { bucket: BUCKET, key: 'repeated.txt' });
    expect(await ingestOnce()).toMatchObject({ status: 'ready', claimCount: 1 });
    const [repeated] = (await call(`/articles/${articleIdFor(BUCKET, 'repeated.txt')}`)).body.claims as Claim[];
    expect(repeated.seenBefore?.map((s) => s.claimId)).toContain(first.claimId);
    const keys = signatureOf(repeated.text).bands.map((band) => seenKey(band, '').pk);
    // the partitions of LSH keys, under the layout of today and of versions before 2026.12.03.2: each key once
    const keyReads = () => queried.filter((pk) => /^(CKEY|SIG)#/.test(pk)).sort();
    expect(keyReads()).toEqual([...keys].sort());

    // read again, the claim keeps its cluster and reads only the verdicts filed under its keys
    queried.length = 0;
    await under.servers.put('repeated.txt', `An official said that ${first.text}.\n\nShe left at noon.`);
    expect(await ingestOnce()).toMatchObject({ status: 'ready' });
    const [again] = (await call(`/articles/${articleIdFor(BUCKET, 'repeated.txt')}`)).body.claims as Claim[];
    expect(again.seenBefore?.map((s) => s.claimId)).toContain(first.claimId);
    expect(keyReads()).toEqual([...keys].sort());
  });

  it('filed where a version before 2026.12.03.2 filed them are found once npm run requeue moves them, all but those no longer ruled', async () => {
    const claims = await seedClaims();
    const ruled = claims.find((c) => c.status === 'disputed')!;
    const pending = claims.find((c) => c.status === 'pending')!;
    const { client, table } = under.servers.store;
    // as the older version left them: each under SIG#<band>, and nothing beside the clusters' entries
    await unfileClaim(under.servers.store, ruled);
    await client.send(new BatchWriteCommand({ RequestItems: { [table]: [...filedTheOldWay(ruled, 'disputed'), ...filedTheOldWay(pending, 'disputed')] } }));
    const restate = async (key: string) => {
      await under.servers.put(key, `A spokeswoman said that ${ruled.text}.`);
      await ingestObject({ s3: under.servers.s3, store: under.servers.store, maxBytes: 1 << 20 }, { bucket: BUCKET, key });
      return ((await call(`/articles/${articleIdFor(BUCKET, key)}`)).body.claims as Claim[])[0];
    };
    expect((await restate('restated-before-requeue.txt')).seenBefore).toEqual([]);

    const done = await requeueClaims(under.servers.store);
    expect(done.seenMoved).toBe(signatureOf(ruled.text).bands.length);
    expect((await restate('restated-after-requeue.txt')).seenBefore).toEqual([{ claimId: ruled.claimId, articleId: ruled.articleId, status: 'disputed', reviewer: 'alice', at: expect.any(String) }]);
    // the pending claim's entries are gone, not moved; and a second run finds nothing left to move
    const left = await client.send(new ScanCommand({ TableName: table, FilterExpression: 'begins_with(pk, :sig)', ExpressionAttributeValues: { ':sig': 'SIG#' } }));
    expect(left.Items).toEqual([]);
    expect((await requeueClaims(under.servers.store)).seenMoved).toBe(0);
  });

  it('filed the old way are not moved for a claim dismissed while npm run requeue moves them', async () => {
    const claims = await seedClaims();
    // a claim no other test of this file rules on
    const target = claims[9];
    const ruled = (await call(`/claims/${target.claimId}/verdict`, { method: 'PUT', body: { verdict: 'verified', expectedVersion: target.version } })).body as Claim;
    const { table } = under.servers.store;
    await unfileClaim(under.servers.store, ruled);
    await under.servers.store.client.send(new BatchWriteCommand({ RequestItems: { [table]: filedTheOldWay(ruled, 'verified') } }));
    // the reviewer dismisses the claim after requeue has read it and before its first entry is moved
    const client = makeDocumentClient({ AWS_REGION: 'us-east-1', DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT });
    const send = client.send.bind(client) as (command: unknown) => Promise<unknown>;
    let dismissed = false;
    (client as { send: unknown }).send = async (command: unknown) => {
      if (!dismissed && command instanceof PutCommand && String(command.input.Item?.sk).startsWith('CHECKED#')) {
        dismissed = true;
        expect((await call(`/claims/${ruled.claimId}/dismissal`, { method: 'PUT', body: { reason: 'not-checkable', expectedVersion: ruled.version } })).status).toBe(200);
      }
      return send(command);
    };
    await requeueClaims({ client, table });
    expect(dismissed).toBe(true);
    const filed = await under.servers.store.client.send(new ScanCommand({ TableName: table, FilterExpression: 'claimId = :id AND (begins_with(sk, :checked) OR begins_with(pk, :sig))', ExpressionAttributeValues: { ':id': ruled.claimId, ':checked': 'CHECKED#', ':sig': 'SIG#' } }));
    expect(filed.Items).toEqual([]);
  });
});

describe('a verdict applied from an earlier claim', () => {
  it('records the earlier claim in the history entry, and refuses one that is not ruled that way', async () => {
    const claims = await seedClaims();
    const earlier = claims.find((c) => c.status === 'disputed')! as Claim;
    const target = claims[6];
    expect((await call(`/claims/${target.claimId}/verdict`, { method: 'PUT', body: { verdict: 'verified', sameAs: earlier.claimId, expectedVersion: 0 } })).status).toBe(400);
    expect((await call(`/claims/${target.claimId}/verdict`, { method: 'PUT', body: { verdict: 'disputed', sameAs: claims[7].claimId, expectedVersion: 0 } })).status).toBe(400);
    const res = await call(`/claims/${target.claimId}/verdict`, { method: 'PUT', body: { verdict: 'disputed', sameAs: earlier.claimId, expectedVersion: 0 } });
    expect(res.status).toBe(200);
    expect(res.body.history).toMatchObject([{ verdict: 'disputed', reviewer: 'alice', sameAs: earlier.claimId }]);
  });
});

describe('the verdict webhook', () => {
  it('answers the verdict and logs its event after, while the webhook still holds the delivery open', async () => {
    const claim = (await seedClaims())[2];
    plans.set(claim.claimId, ['hold']);
    const res = await call(`/claims/${claim.claimId}/verdict`, { method: 'PUT', body: { verdict: 'verified', expectedVersion: 0 } });
    expect(res.status).toBe(200);
    expect(readFileSync(log, 'utf8')).toContain(`"claimId":"${claim.claimId}"`);
    // the webhook answers only now, after the verdict's response: a verdict that waited for it would not be here
    const [delivery] = await poll('the held delivery', async () => (webhook.held.some((h) => claimIdOf(h.delivery.body) === claim.claimId) ? deliveriesOf(claim.claimId) : undefined));
    expect(delivery.status).toBeUndefined();
    webhook.release(204);
    await poll('the delivery answered', async () => (delivery.status ? delivery : undefined));
    expect(delivery).toMatchObject({ status: 204, abandoned: false });
    expect(deliveriesOf(claim.claimId)).toHaveLength(1);
  });

  it('delivers to a webhook that fails twice on the third try, each attempt signed with the secret', async () => {
    const claim = (await seedClaims())[3];
    plans.set(claim.claimId, [503, 500, 204]);
    expect((await call(`/claims/${claim.claimId}/verdict`, { method: 'PUT', body: { verdict: 'disputed', note: 'Not in May: in June.', expectedVersion: 0 } })).status).toBe(200);
    const attempts = await poll('the third attempt answered', async () => (deliveriesOf(claim.claimId).at(2)?.status ? deliveriesOf(claim.claimId) : undefined));
    expect(attempts.map((a) => [a.headers['x-delivery-attempt'], a.status])).toEqual([['1', 503], ['2', 500], ['3', 204]]);
    expect(new Set(attempts.map((a) => a.headers['x-delivery-id'])).size).toBe(1);
    const logged = readFileSync(log, 'utf8').split('\n').find((line) => line.includes(`"claimId":"${claim.claimId}"`));
    for (const attempt of attempts) {
      expect(attempt.body).toBe(logged);
      expect(attempt.headers['x-signature-256']).toBe(`sha256=${createHmac('sha256', SECRET).update(attempt.body).digest('hex')}`);
    }
    expect(JSON.parse(attempts[2].body)).toMatchObject({ claimId: claim.claimId, verdict: 'disputed', reviewer: 'alice', note: 'Not in May: in June.' });
  });
});
