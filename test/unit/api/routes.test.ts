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
  it('round-trips a key for the list that issued it', () => {
    const cursor = encodeCursor('claims:pending', { pk: 'a', sk: 'b' })!;
    expect(decodeCursor('claims:pending', cursor)).toEqual({ pk: 'a', sk: 'b' });
  });

  it('refuses garbage and a cursor of another list', () => {
    const cursor = encodeCursor('claims:pending', { pk: 'a' })!;
    expect(() => decodeCursor('claims:verified', cursor)).toThrow(InvalidRequest);
    expect(() => decodeCursor('articles', '%%%')).toThrow(InvalidRequest);
    expect(() => decodeCursor('articles', Buffer.from('{"q":"articles","k":{"pk":{"S":"x"}}}').toString('base64url'))).toThrow(InvalidRequest);
  });
});
