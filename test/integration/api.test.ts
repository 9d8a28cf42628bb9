import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { BUCKET } from '../support/local-servers.ts';
import { startApiUnderTest, type ApiUnderTest } from '../support/api-under-test.ts';
import { SignJWT } from 'jose';
import { AUDIENCE, ISSUER, signReviewerToken } from '../../local/reviewer-tokens.ts';
import { seedText } from '../support/seed.ts';
import { articleIdFor } from '#shared/store/keys.ts';
import type { ArticleWithClaims, Claim } from '#shared/api/schemas.ts';

let under: ApiUnderTest;
let api: string;
let key: Uint8Array;
let alice: string;
let reader: string;
const articleId = articleIdFor(BUCKET, 'seed.txt');

const call = async (path: string, init: { method?: string; token?: string | null; body?: unknown } = {}) => {
  const token = init.token === undefined ? alice : init.token;
  const res = await fetch(`${api}${path}`, {
    method: init.method ?? 'GET',
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
  });
  return { status: res.status, type: res.headers.get('content-type'), body: await res.json() };
};
const verdict = (claimId: string, body: unknown, token?: string) => call(`/claims/${claimId}/verdict`, { method: 'PUT', body, token });

beforeAll(async () => {
  under = await startApiUnderTest();
  ({ url: api, key, alice, reader } = under);
});
afterAll(() => under.close());

describe('reviewer identity', () => {
  it('answers 401 problem+json without a token, with a forged one, an expired one and one that never expires', async () => {
    const forged = await signReviewerToken(randomBytes(32), 'mallory');
    const expired = await signReviewerToken(key, 'alice', { expiresIn: '-1m' });
    // good for ever: signed with the right key, but API Gateway refuses a token without an expiry
    const forever = await new SignJWT({ 'cognito:groups': ['reviewers'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('alice').setIssuer(ISSUER).setAudience(AUDIENCE).setIssuedAt().sign(key);
    for (const token of [null, 'not-a-jwt', forged, expired, forever]) {
      const res = await call('/articles', { token });
      expect(res.status).toBe(401);
      expect(res.type).toBe('application/problem+json');
    }
  });

  it('serves the OpenAPI document without a token', async () => {
    const res = await call('/openapi.json', { token: null });
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/articles', '/claims/{claimId}/verdict']));
  });
});

describe('reading', () => {
  it('lists articles with per-status counts, and finds one by its S3 key', async () => {
    const all = await call('/articles');
    expect(all.status).toBe(200);
    expect(all.body.items[0]).toMatchObject({ articleId, status: 'ready', claimCount: 10, counts: { pending: 10, verified: 0, disputed: 0 } });
    expect((await call('/articles?key=seed.txt')).body.items.map((a: { articleId: string }) => a.articleId)).toEqual([articleId]);
    expect((await call('/articles?key=missing.txt')).body.items).toEqual([]);
  });

  it('opens an article with its claims in reading order', async () => {
    const res = await call(`/articles/${articleId}`);
    const article = res.body as ArticleWithClaims;
    expect(article.claims).toHaveLength(10);
    const starts = article.claims.map((c) => c.content.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const c of article.claims) expect(seedText.slice(c.content.start, c.content.end)).toBe(c.text);
    expect((article as ArticleWithClaims & { text: string }).text).toBe(seedText);
  });

  it('pages through the queue with a cursor, each claim once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await call(`/claims?status=pending&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((c: Claim) => c.claimId));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(9);
  });
});

describe('filters and the browser', () => {
  it('filters the queue by speaker and by article', async () => {
    const bySpeaker = await call(`/claims?status=pending&speaker=${encodeURIComponent('Wang Yi')}&limit=100`);
    expect(bySpeaker.body.items.map((c: Claim) => c.speaker.name)).toEqual(['Wang Yi']);
    const byArticle = await call(`/claims?status=pending&articleId=${articleId}&limit=100`);
    expect(byArticle.body.items.every((c: Claim) => c.articleId === articleId && c.status === 'pending')).toBe(true);
    expect(byArticle.body.items.length).toBeGreaterThan(0);
    expect((await call(`/claims?articleId=nope`)).status).toBe(400);
  });

  it('sends security headers with every answer: no sniffing, no framing, no referrer, a content security policy', async () => {
    for (const path of ['/articles', '/nope', '/health']) {
      const res = await fetch(`${api}${path}`, { headers: { authorization: `Bearer ${alice}` } });
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
  });

  it('answers a CORS preflight and marks answers for a browser on another origin', async () => {
    const preflight = await fetch(`${api}/claims/x/verdict`, { method: 'OPTIONS', headers: { origin: 'https://desk.example.org', 'access-control-request-method': 'PUT' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    const res = await fetch(`${api}/articles`, { headers: { origin: 'https://desk.example.org', authorization: `Bearer ${alice}` } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers a health check without a token', async () => {
    expect(await call('/health', { token: null })).toMatchObject({ status: 200, body: { status: 'ok' } });
  });
});

describe('verdicts', () => {
  const claimAt = async (i: number) => ((await call(`/articles/${articleId}`)).body as ArticleWithClaims).claims[i];

  it('stores a verdict with the token’s subject as reviewer and moves the version on', async () => {
    const claim = await claimAt(0);
    const res = await verdict(claim.claimId, { verdict: 'verified', note: 'matches the interview', expectedVersion: claim.version });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'verified', version: claim.version + 1 });
    expect(res.body.history.at(-1)).toMatchObject({ verdict: 'verified', reviewer: 'alice', note: 'matches the interview' });
    expect((await call(`/claims/${claim.claimId}`)).body.status).toBe('verified');
    expect((await call('/claims?status=verified')).body.items.map((c: Claim) => c.claimId)).toContain(claim.claimId);
  });

  it('answers 409 with the current version when expectedVersion is stale', async () => {
    const claim = await claimAt(1);
    expect((await verdict(claim.claimId, { verdict: 'disputed', expectedVersion: 0 })).status).toBe(200);
    const stale = await verdict(claim.claimId, { verdict: 'verified', expectedVersion: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ status: 409, currentVersion: 1 });
  });

  it('lets exactly one of twenty racing reviewers win', async () => {
    const claim = await claimAt(2);
    const tokens = await Promise.all(Array.from({ length: 20 }, (_, i) => signReviewerToken(key, `reviewer${i}`)));
    const results = await Promise.all(tokens.map((t) => verdict(claim.claimId, { verdict: 'verified', expectedVersion: claim.version }, t)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(19);
    expect((await call(`/claims/${claim.claimId}`)).body.history).toHaveLength(1);
  });

  it('keeps counts exact after verdicts', async () => {
    const res = await call(`/articles?key=seed.txt`);
    const { counts } = res.body.items[0];
    expect(counts.pending + counts.verified + counts.disputed).toBe(10);
    expect(counts).toMatchObject({ verified: 2, disputed: 1 });
  });

  it('answers 403 to a read-only token, leaving the claim as it was', async () => {
    const claim = await claimAt(3);
    expect((await verdict(claim.claimId, { verdict: 'verified', expectedVersion: claim.version }, reader)).status).toBe(403);
    expect((await call(`/claims/${claim.claimId}`, { token: reader })).body).toMatchObject({ status: 'pending', version: 0 });
  });

  it.each([
    ['malformed JSON', '{"verdict":'],
    ['an unknown verdict', { verdict: 'maybe', expectedVersion: 0 }],
    ['a missing version', { verdict: 'verified' }],
    ['a negative version', { verdict: 'verified', expectedVersion: -1 }],
    ['a reviewer in the body', { verdict: 'verified', expectedVersion: 0, reviewer: 'mallory' }],
    ['an over-long note', { verdict: 'verified', expectedVersion: 0, note: 'x'.repeat(5000) }],
  ])('answers 400 problem+json to %s', async (_, body) => {
    const claim = await claimAt(4);
    const res = await verdict(claim.claimId, body);
    expect(res.status).toBe(400);
    expect(res.type).toBe('application/problem+json');
    expect(res.body.detail).toBeTruthy();
  });

  it('answers 404 for unknown claims and articles, whatever the id looks like', async () => {
    for (const path of ['/claims/0123456789abcdef0123-0123456789ab', '/claims/..%2F..%2Fetc', `/claims/${'x'.repeat(3000)}`, '/articles/nope']) {
      expect((await call(path)).status).toBe(404);
    }
    expect((await verdict('0123456789abcdef0123-0123456789ab', { verdict: 'verified', expectedVersion: 0 })).status).toBe(404);
  });

  it('keeps every step when a reviewer changes a verdict, with the evidence cited', async () => {
    const claim = await claimAt(5);
    await verdict(claim.claimId, { verdict: 'verified', expectedVersion: 0 });
    const changed = await verdict(claim.claimId, { verdict: 'disputed', note: 'the figure is wrong', evidence: ['https://example.org/report.pdf'], expectedVersion: 1 });
    expect(changed.status).toBe(200);
    expect(changed.body.history.map((h: { verdict: string }) => h.verdict)).toEqual(['verified', 'disputed']);
    expect(changed.body.history[1]).toMatchObject({ reviewer: 'alice', evidence: ['https://example.org/report.pdf'] });
  });

  it('refuses evidence that is not a web link, or too much of it', async () => {
    const claim = await claimAt(6);
    for (const evidence of [['javascript:alert(1)'], ['not a url'], Array.from({ length: 6 }, (_, i) => `https://example.org/${i}`), 'https://example.org']) {
      expect((await verdict(claim.claimId, { verdict: 'verified', evidence, expectedVersion: 0 })).status).toBe(400);
    }
  });

  it('answers 413 to a body over the size bound', async () => {
    const claim = await claimAt(6);
    const res = await verdict(claim.claimId, JSON.stringify({ verdict: 'verified', expectedVersion: 0, note: 'x'.repeat(40_000) }));
    expect(res.status).toBe(413);
    expect(res.type).toBe('application/problem+json');
  });

  it('answers 400, never 500, to cursors crafted with the right names but keys DynamoDB would refuse', async () => {
    const claim = await claimAt(0);
    const forge = (q: string, k: Record<string, string>) => Buffer.from(JSON.stringify({ q, k })).toString('base64url');
    const ranked = `000#2026-01-01T00:00:00.000Z#${articleId}#000000001#${claim.claimId}`;
    const shards = (p: string) => Array.from({ length: 8 }, () => p);
    const forgeQueue = (q: string, p: unknown) => Buffer.from(JSON.stringify({ q, p })).toString('base64url');
    const crafted: Array<[string, string]> = [
      ['/claims?status=pending', forgeQueue('queue:checkworthiness:pending::', shards(''))],
      ['/claims?status=pending', forgeQueue('queue:checkworthiness:pending::', shards('TEXT#0001'))],
      ['/claims?status=pending', forgeQueue('queue:checkworthiness:pending::', shards('zzzz'))],
      ['/claims?status=pending', forgeQueue('queue:checkworthiness:pending::', [ranked])],
      ['/claims?status=pending&order=reading', forgeQueue('queue:reading:pending::', shards(ranked))],
      ['/claims?status=pending', forgeQueue('queue:reading:pending::', shards('-'))],
      [`/claims?articleId=${articleId}`, forge('article-claims:pending::', { pk: `ARTICLE#${articleId}`, sk: 'ARTICLE' })],
      [`/claims?articleId=${articleId}`, forge('article-claims:pending::', { pk: `ARTICLE#${articleId}`, sk: '' })],
      ['/articles?limit=2', forge('articles', { pk: `ARTICLE#${articleId}`, sk: 'ARTICLE', gsi1pk: 'ARTICLES', gsi1sk: '' })],
      ['/articles?limit=2', forge('articles', { pk: '', sk: 'ARTICLE', gsi1pk: 'ARTICLES', gsi1sk: `2026-01-01T00:00:00.000Z#${articleId}` })],
      [`/claims/${claim.claimId}/history?limit=2`, forge(`history:${claim.claimId}`, { index: '-1' })],
    ];
    for (const [path, cursor] of crafted) {
      const res = await call(`${path}&cursor=${cursor}`);
      expect(res.status, path).toBe(400);
      expect(res.type).toBe('application/problem+json');
    }
  });

  it('pages through a claim’s whole history', async () => {
    const claim = await claimAt(7);
    let version = claim.version;
    for (let i = 0; i < 13; i++) version = (await verdict(claim.claimId, { verdict: i % 2 ? 'disputed' : 'verified', note: `step ${i}`, expectedVersion: version })).body.version;
    const notes: string[] = [];
    for (let cursor: string | null = null, first = true; first || cursor; first = false) {
      const res = await call(`/claims/${claim.claimId}/history?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      notes.push(...res.body.items.map((e: { note: string }) => e.note));
      cursor = res.body.nextCursor;
    }
    expect(notes).toEqual(Array.from({ length: 13 }, (_, i) => `step ${i}`));
    expect((await call(`/claims/${claim.claimId}`)).body.history).toHaveLength(10);
  });

  it('answers 400 to bad list parameters', async () => {
    for (const q of ['limit=0', 'limit=1000', 'limit=abc', 'status=done', 'cursor=garbage', 'unknown=1']) {
      expect((await call(`/claims?${q}`)).status).toBe(400);
    }
  });
});
