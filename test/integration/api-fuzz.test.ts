import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { BUCKET, TABLE } from '../support/local-servers.ts';
import { startApiUnderTest, type ApiUnderTest } from '../support/api-under-test.ts';
import { signReviewerToken } from '../../local/reviewer-tokens.ts';
import { articleIdFor } from '#shared/store/keys.ts';

/**
 * Property: whatever a client sends (any method, path, query, body, with or without a token), the
 * API answers below 500, errors as problem+json, and no rejected request changes what is stored.
 */
const FUZZ_RUNS = 2000;

let under: ApiUnderTest;
let api: string;
let tokens: string[];
let claimIds: string[];
const articleId = articleIdFor(BUCKET, 'seed.txt');

beforeAll(async () => {
  under = await startApiUnderTest();
  api = under.url;
  tokens = [under.alice, under.reader, await signReviewerToken(randomBytes(32), 'mallory')];
  const all = await under.servers.store.client.send(new ScanCommand({ TableName: TABLE }));
  claimIds = (all.Items ?? []).filter((i) => i.claimId).map((i) => i.claimId as string);
});
afterAll(() => under.close());

const snapshot = async () => {
  const out = await under.servers.store.client.send(new ScanCommand({ TableName: TABLE }));
  return JSON.stringify((out.Items ?? []).sort((a, b) => `${a.pk}${a.sk}`.localeCompare(`${b.pk}${b.sk}`)));
};

const segment = () =>
  fc.oneof(
    fc.constantFrom(...claimIds, ...claimIds.map((id) => `c${id}`), articleId, '..', '%2e%2e', '%2F', '%00', 'verdict', 'claims', 'articles', ''),
    fc.string({ maxLength: 40 }).map(encodeURIComponent),
    fc.string({ minLength: 300, maxLength: 3000 }).map(encodeURIComponent),
  );
const path = () =>
  fc.oneof(
    fc.tuple(fc.constantFrom('/claims/', '/articles/', '/speakers/', '/clusters/'), segment(), fc.constantFrom('', '/verdict', '/verdict/x', '/', '/history', '/claims', '/claimreview', '/attribution', '/dismissal', '/cluster')).map(([a, b, c]) => `${a}${b}${c}`),
    fc.constantFrom('/claims', '/articles', '/speakers', '/claimreviews', '/reviews/export', '/openapi.json', '/health', '/', '/claims/', '/../claims', '/clusters', '/clusters/'),
    fc.array(segment(), { maxLength: 4 }).map((parts) => `/${parts.join('/')}`),
  );
/**
 * Cursors a client crafts: the right list name and key attribute names, with values DynamoDB
 * would refuse (empty, outside the list's partition or prefix) or that point anywhere.
 */
const keyValue = () =>
  fc.oneof(
    fc.constantFrom('', 'ARTICLE#', 'CLAIM#', 'STATUS#pending', 'STATUS#verified', 'ARTICLES', 'ARTICLE', 'TEXT#0001', 'SPEAKERS', 'SPEAKER', 'SPEAKER#0123456789abcdef', 'REVIEWS', 'zzz#0123456789abcdef', `${'x'.repeat(1100)}#0123456789abcdef`, `${'Ж'.repeat(600)}#0123456789abcdef`),
    fc.string({ maxLength: 40 }),
    fc.constantFrom(...claimIds).map((id) => `CLAIM#${id}`),
  );
const craftedCursor = () =>
  fc
    .tuple(
      fc.constantFrom('articles', 'speakers:', 'speakers:wang', 'reviews:', 'queue:checkworthiness:pending::', 'queue:reading:verified::', 'queue:checkworthiness:pending:::members', 'article-claims:pending::', ...claimIds.map((id) => `history:${id}`)),
      fc.record({ pk: keyValue(), sk: keyValue(), gsi1pk: keyValue(), gsi1sk: keyValue(), gsi3pk: keyValue(), gsi3sk: keyValue(), gsi4pk: keyValue(), gsi4sk: keyValue(), index: fc.oneof(keyValue(), fc.integer().map(String)) }, { requiredKeys: [] }),
    )
    .map(([q, k]) => Buffer.from(JSON.stringify({ q, k })).toString('base64url'));
const queryValue = () =>
  fc.oneof(
    craftedCursor(),
    fc.string({ maxLength: 30 }),
    fc.integer().map(String),
    fc.constantFrom('-1', '0', '0.5', '1.5', '1e9', 'NaN', 'reading', 'checkworthiness', 'pending', 'verified', 'disputed', 'x'.repeat(5000), 'eyJxIjoiYXJ0aWNsZXMiLCJrIjp7fX0'),
    // numbers JavaScript reads but a query must not, dates that are not ISO 8601, and names whose canonical form outgrows a key
    fc.constantFrom('0x10', '0b1', '1e1', '+5', ' 5', '16.0', '2026-11-29', '2026-11-29T10:00:00Z', 'yesterday', '\ufdfa'.repeat(200), '"'.repeat(200), 'Ж'.repeat(200)),
  );
const query = () =>
  fc.dictionary(fc.constantFrom('limit', 'cursor', 'status', 'order', 'minCheckworthiness', 'speaker', 'articleId', 'key', 'q', 'since', 'expectedVersion', 'complete', 'clusters', 'junk', '__proto__', 'constructor'), queryValue(), { maxKeys: 4 });
const body = () =>
  fc.oneof(
    fc.constant(undefined),
    fc.string({ maxLength: 200 }),
    fc.json(),
    fc.record(
      {
        verdict: fc.oneof(fc.constantFrom('verified', 'disputed', 'maybe', ''), fc.anything()),
        expectedVersion: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double(), fc.string(), fc.constant(null), fc.constant(1e308)),
        note: fc.oneof(fc.string({ maxLength: 50 }), fc.anything()),
        evidence: fc.oneof(fc.array(fc.webUrl(), { maxLength: 8 }), fc.anything()),
        sameAs: fc.oneof(fc.constantFrom(...claimIds, 'x'), fc.anything()),
        // the bodies of corrections and dismissals
        speaker: fc.oneof(fc.record({ name: fc.string({ maxLength: 300 }), type: fc.constantFrom('person', 'organisation', 'robot'), title: fc.string() }, { requiredKeys: [] }), fc.anything()),
        content: fc.oneof(fc.record({ start: fc.integer({ min: -10, max: 100_000 }), end: fc.integer({ min: -10, max: 100_000 }) }), fc.anything()),
        cue: fc.oneof(fc.constant(null), fc.record({ start: fc.integer(), end: fc.integer() }), fc.anything()),
        kind: fc.constantFrom('direct', 'indirect', 'mixed', 'quoted'),
        reason: fc.constantFrom('not-an-attribution', 'not-checkable', 'duplicate', 'boring'),
        duplicateOf: fc.oneof(fc.constantFrom(...claimIds, 'x'), fc.anything()),
        scope: fc.oneof(fc.constantFrom('claim', 'cluster', 'all'), fc.anything()),
        // always present, and never allowed: every fuzzed verdict, correction or dismissal is a bad request, so nothing may change
        reviewer: fc.string(),
      },
      { requiredKeys: ['reviewer'] },
    ).map((o) => JSON.stringify(o)),
  );

const LISTS = ['/claims', '/articles', '/speakers', '/claimreviews', '/reviews/export'];

describe('the API under fuzzed requests', () => {
  it('refuses in every list, as problem+json, a parameter it does not know (__proto__ too) and a number not in plain decimal', async () => {
    const lists = [...LISTS, `/claims/${claimIds[0]}/history`, '/speakers/0123456789abcdef/claims'];
    for (const list of lists) {
      for (const query of ['__proto__=1', 'limit=5&__proto__=x', 'constructor=1', 'limit=0x10', 'limit=1e1', 'limit=%2B5', 'limit=']) {
        const res = await fetch(`${api}${list}?${query}`, { headers: { authorization: `Bearer ${tokens[0]}` } });
        expect([res.status, res.headers.get('content-type')], `${list}?${query}`).toEqual([400, 'application/problem+json']);
      }
    }
    const since = await fetch(`${api}/claimreviews?since=yesterday`, { headers: { authorization: `Bearer ${tokens[0]}` } });
    expect(await since.json()).toMatchObject({ status: 400, detail: expect.stringContaining('expected an ISO 8601 date') });
  });

  it(`answers ${FUZZ_RUNS} random requests below 500, with problem+json errors, and changes nothing`, async () => {
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'PUT', 'POST', 'DELETE', 'PATCH'),
        path(),
        query(),
        body(),
        fc.integer({ min: 0, max: 3 }),
        async (method, p, q, b, who) => {
          const search = new URLSearchParams(q as Record<string, string>).toString();
          const res = await fetch(`${api}${p}${search ? `?${search}` : ''}`, {
            method,
            headers: { ...(who < 3 ? { authorization: `Bearer ${tokens[who]}` } : {}), 'content-type': 'application/json' },
            body: method === 'GET' ? undefined : (b as string | undefined),
          });
          const text = await res.text();
          expect(res.status, `${method} ${p} ${search} → ${text.slice(0, 200)}`).toBeLessThan(500);
          if (res.status >= 400) expect(res.headers.get('content-type')).toBe('application/problem+json');
          // a list's query is read whole: a parameter it does not know is refused, whatever the others
          const unknown = Object.keys(q).some((name) => ['junk', '__proto__', 'constructor'].includes(name));
          if (method === 'GET' && LISTS.includes(p) && who < 2 && unknown) expect(res.status, `${p} ${search}`).toBe(400);
        },
      ),
      { numRuns: FUZZ_RUNS, seed: 20261129 },
    );
    expect(await snapshot()).toBe(before);
  }, 120_000);
});
