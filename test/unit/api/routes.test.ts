import { describe, expect, it } from 'vitest';
import { matchRoute } from '#shared/api/routes.ts';
import { decodeCursor, encodeCursor } from '#shared/store/cursor.ts';
import { InvalidRequest } from '#shared/errors.ts';

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
  const pending = { query: 'claims:pending', keys: ['pk', 'sk', 'gsi1pk', 'gsi1sk'], fixed: { gsi1pk: 'STATUS#pending' } };
  const key = { pk: 'ARTICLE#a', sk: 'CLAIM#c', gsi1pk: 'STATUS#pending', gsi1sk: 'x' };

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
});
