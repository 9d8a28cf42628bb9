import { describe, expect, it } from 'vitest';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import type { z } from 'zod';
import { claimReviewsQuerySchema, noQuerySchema, historyQuerySchema, listArticlesQuerySchema, listClaimsQuerySchema, listSpeakersQuerySchema, speakerClaimsQuerySchema } from '#shared/api/schemas.ts';
import { problemResponse } from '../../../functions/api/problem.ts';
import { queryOf } from '../../../functions/api/requests.ts';

/** An event as API Gateway (or the local gateway) hands it over: the raw query string, and the parameters it read from it. */
const event = (rawQueryString: string, queryStringParameters?: Record<string, string>) => ({ rawQueryString, queryStringParameters }) as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;

/** What the API answers a query with: the parsed query, or the problem it answers instead. */
function answer(schema: z.ZodType, raw: string): { query?: unknown; status: number; type?: string; detail?: string } {
  try {
    return { query: schema.parse(queryOf(event(raw))), status: 200 };
  } catch (error) {
    const res = problemResponse(error);
    return { status: res.statusCode!, type: res.headers!['content-type'] as string, detail: JSON.parse(res.body!).detail };
  }
}

const QUERY_SCHEMAS = { listArticlesQuerySchema, listClaimsQuerySchema, listSpeakersQuerySchema, speakerClaimsQuerySchema, claimReviewsQuerySchema, historyQuerySchema, noQuerySchema };

describe('query parameters', () => {
  it('refuse a parameter named __proto__ as every unknown parameter, in every list, as problem+json', () => {
    for (const [name, schema] of Object.entries(QUERY_SCHEMAS)) {
      for (const raw of ['__proto__=1', 'limit=5&__proto__=1', '__proto__[x]=1', 'constructor=1', 'toString=1', 'hasOwnProperty=1', 'junk=1']) {
        const res = answer(schema, raw);
        expect(res, `${name} ${raw}`).toMatchObject({ status: 400, type: 'application/problem+json', detail: expect.stringContaining('unknown query parameter') });
      }
    }
    expect(answer(listSpeakersQuerySchema, '__proto__=1').detail).toBe('unknown query parameter "__proto__"; this list takes limit, cursor, q');
    // a route that reads one item (a claim, an article, a cluster, a speaker, a review) takes none
    expect(answer(noQuerySchema, 'x=1').detail).toBe('unknown query parameter "x"; this route takes none');
  });

  it('are read from the raw query string into an object without a prototype, so that __proto__ is a parameter like any other', () => {
    const query = queryOf(event('__proto__=1&q=wang'));
    expect(Object.getPrototypeOf(query)).toBeNull();
    expect(Object.keys(query)).toEqual(['__proto__', 'q']);
    // a gateway that assigns parameters to a plain object loses __proto__; the raw query string keeps it
    expect(Object.keys(queryOf(event('__proto__=1', {})))).toEqual(['__proto__']);
  });

  it('fall back to the parameters API Gateway read when there is no raw query string, __proto__ included', () => {
    const parsed = JSON.parse('{"__proto__":"1","limit":"5"}') as Record<string, string>;
    const query = queryOf(event('', parsed));
    expect(Object.keys(query)).toEqual(['__proto__', 'limit']);
    expect(() => listSpeakersQuerySchema.parse(query)).toThrow();
  });

  it('join a repeated parameter with commas as API Gateway does, which no number or enum takes', () => {
    expect(queryOf(event('limit=1&limit=2')).limit).toBe('1,2');
    expect(answer(listSpeakersQuerySchema, 'limit=1&limit=2').status).toBe(400);
  });

  it('take a page size as plain decimal digits only: 0x10, 1e1, +5, a space or nothing is a 400', () => {
    expect(answer(listSpeakersQuerySchema, '').query).toMatchObject({ limit: 20 });
    expect(answer(listSpeakersQuerySchema, 'limit=16').query).toMatchObject({ limit: 16 });
    expect(answer(listSpeakersQuerySchema, 'limit=100').query).toMatchObject({ limit: 100 });
    for (const limit of ['0x10', '0X10', '0b1', '0o7', '1e1', '%2B5', '%205', '5%20', '16.0', '-1', '0', '101', '', 'Infinity', 'NaN', '٣']) {
      const res = answer(listSpeakersQuerySchema, `limit=${limit}`);
      expect(res, limit).toMatchObject({ status: 400, type: 'application/problem+json', detail: expect.stringContaining('limit: expected a whole number from 1 to 100') });
    }
  });

  it('take a minimum check-worthiness as a plain decimal from 0 to 1', () => {
    expect(answer(listClaimsQuerySchema, 'minCheckworthiness=0.75').query).toMatchObject({ minCheckworthiness: 0.75 });
    expect(answer(listClaimsQuerySchema, 'minCheckworthiness=1').query).toMatchObject({ minCheckworthiness: 1 });
    for (const min of ['0x1', '1e-1', '', '.5', '1.5', '-0.1']) expect(answer(listClaimsQuerySchema, `minCheckworthiness=${min}`).status, min).toBe(400);
  });

  it('say that since= takes an ISO 8601 date or date-time when it gets anything else', () => {
    for (const since of ['yesterday', '2026-13-01', '29/11/2026', '2026-11-29T10:00:00', '1764410400', `2026-11-29T10:00:00.${'1'.repeat(40)}Z`]) {
      const res = answer(claimReviewsQuerySchema, `since=${encodeURIComponent(since)}`);
      expect(res, since).toMatchObject({ status: 400, type: 'application/problem+json', detail: expect.stringMatching(/^since: expected an ISO 8601 date \(2026-11-29\) or date-time/) });
    }
  });

  it('read since= as the instant it names, in the UTC form verdicts are keyed by', () => {
    expect(answer(claimReviewsQuerySchema, 'since=2026-11-29').query).toMatchObject({ since: '2026-11-29T00:00:00.000Z' });
    expect(answer(claimReviewsQuerySchema, 'since=2026-11-29T10:00:00Z').query).toMatchObject({ since: '2026-11-29T10:00:00.000Z' });
    expect(answer(claimReviewsQuerySchema, `since=${encodeURIComponent('2026-11-29T11:30:00+01:30')}`).query).toMatchObject({ since: '2026-11-29T10:00:00.000Z' });
  });

  it('refuse a speaker filter or search holding control characters, which no name has', () => {
    expect(answer(listSpeakersQuerySchema, 'q=wang%00').status).toBe(400);
    expect(answer(listClaimsQuerySchema, 'speaker=Wang%0AYi').status).toBe(400);
    expect(answer(listSpeakersQuerySchema, 'q=Wang%20Yi').query).toMatchObject({ q: 'Wang Yi' });
  });

  it('refuse a cursor longer than any the API issues', () => {
    expect(answer(listSpeakersQuerySchema, `cursor=${'e'.repeat(2049)}`)).toMatchObject({ status: 400, detail: 'cursor: cursor is not one this API issued' });
  });
});
