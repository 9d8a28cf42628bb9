import { describe, expect, it } from 'vitest';
import { matchRoute } from '#shared/api/routes.ts';
import { decodeCursor, encodeCursor } from '#shared/store/cursor.ts';
import { InvalidRequest } from '#shared/errors.ts';
import { ARTICLE_PK, CLAIM_SK, QUEUE_SK } from '#shared/store/keys.ts';

describe('matchRoute', () => {
  it('matches templates and decodes path parameters', () => {
    expect(matchRoute('PUT', '/claims/abc%2Ddef/verdict')).toMatchObject({ route: { path: '/claims/{claimId}/verdict' }, params: { claimId: 'abc-def' } });
    expect(matchRoute('GET', '/articles')?.route.path).toBe('/articles');
  });

  it('matches nothing for unknown paths, methods or empty parameters', () => {
    expect(matchRoute('DELETE', '/articles')).toBeNull();
    expect(matchRoute('GET', '/claims//verdict')).toBeNull();
    expect(matchRoute('GET', '/../etc/passwd')).toBeNull();
  });
});

describe('cursors', () => {
  const pending = { query: 'claims:pending', keys: { pk: ARTICLE_PK, sk: CLAIM_SK, gsi1pk: 'STATUS#pending', gsi1sk: QUEUE_SK } };
  const article = 'a'.repeat(20);
  const claim = `${article}-${'c'.repeat(12)}`;
  const key = { pk: `ARTICLE#${article}`, sk: `CLAIM#${claim}`, gsi1pk: 'STATUS#pending', gsi1sk: `2026-11-29T10:00:00.000Z#${article}#000001234#${claim}` };

  it('round-trips a key for the list that issued it', () => {
    expect(decodeCursor(pending, encodeCursor(pending, key)!)).toEqual(key);
  });

  it('refuses garbage, a cursor of another list, and a key edited into another partition', () => {
    const cursor = encodeCursor(pending, key)!;
    expect(() => decodeCursor({ ...pending, query: 'claims:verified' }, cursor)).toThrow(InvalidRequest);
    expect(() => decodeCursor(pending, '%%%')).toThrow(InvalidRequest);
    const forged = (k: unknown) => Buffer.from(JSON.stringify({ q: 'claims:pending', k })).toString('base64url');
    expect(() => decodeCursor(pending, forged({ ...key, gsi1pk: 'STATUS#verified' }))).toThrow(InvalidRequest);
    expect(() => decodeCursor(pending, forged({ ...key, extra: 'x' }))).toThrow(InvalidRequest);
    expect(() => decodeCursor(pending, forged({ ...key, sk: { S: 'x' } }))).toThrow(InvalidRequest);
  });

  it('refuses a well-formed key that DynamoDB would refuse: an empty value, a sort key outside the list', () => {
    const forged = (k: unknown) => Buffer.from(JSON.stringify({ q: 'claims:pending', k })).toString('base64url');
    expect(() => decodeCursor(pending, forged({ ...key, gsi1sk: '' }))).toThrow(InvalidRequest);
    expect(() => decodeCursor(pending, forged({ ...key, pk: '' }))).toThrow(InvalidRequest);
    expect(() => decodeCursor(pending, forged({ ...key, sk: 'TEXT#0001' }))).toThrow(InvalidRequest);
    expect(() => decodeCursor(pending, forged({ ...key, gsi1sk: 'zzz' }))).toThrow(InvalidRequest);
  });
});
