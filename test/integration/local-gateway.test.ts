import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { startApiUnderTest, type ApiUnderTest } from '../support/api-under-test.ts';

/**
 * The local gateway routes the path as it was sent: an encoded dot segment is a parameter's value
 * (which then matches nothing), never a step to another route: `/speakers/%2e%2e/claims` was
 * answered as `/claims`, every claim (issue 27).
 */
let api: ApiUnderTest;

beforeAll(async () => {
  api = await startApiUnderTest();
});
afterAll(async () => {
  await api.close();
});

/** A GET sent as written: fetch would resolve `%2e%2e` segments before sending. */
const get = (path: string) =>
  new Promise<{ status: number; type: string | undefined; body: string }>((resolve, reject) => {
    const { hostname, port } = new URL(api.url);
    const req = request({ hostname, port, path, headers: { authorization: `Bearer ${api.alice}` } }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });

describe('the local gateway, given encoded dot segments', () => {
  it('answers 404 for a speaker named by dots, rather than the route the dots would lead to', async () => {
    expect((await get('/claims')).status).toBe(200);
    for (const path of ['/speakers/%2e%2e/claims', '/speakers/%2E%2E/claims', '/speakers/%2e/claims', '/speakers/../claims', '/speakers/x/%2e%2e/%2e%2e/claims']) {
      const answer = await get(path);
      expect({ path, status: answer.status, type: answer.type }).toEqual({ path, status: 404, type: 'application/problem+json' });
    }
  });

  it('keeps the query string apart from the path', async () => {
    const answer = await get('/claims?limit=1&status=pending');
    expect(answer.status).toBe(200);
    expect((JSON.parse(answer.body) as { items: unknown[] }).items).toHaveLength(1);
  });
});
