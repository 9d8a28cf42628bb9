import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiUnderTest, type ApiUnderTest } from '../support/api-under-test.ts';
import { sqsEventFor } from '../support/local-servers.ts';
import { lambdaContext } from '../../local/lambda-context.ts';
import type { Claim } from '#shared/api/schemas.ts';

let under: ApiUnderTest;
const call = async (path: string) => {
  const res = await fetch(`${under.url}${path}`, { headers: { authorization: `Bearer ${under.alice}` } });
  return { status: res.status, body: await res.json() };
};

beforeAll(async () => {
  under = await startApiUnderTest();
  // a second article, later, in which the same foreign minister speaks again
  const ingest = await import('../../functions/ingest/handler.ts');
  await under.servers.put('later.txt', 'Chinese Foreign Minister Wang Yi said on Friday that the two countries would hold talks in May. A senior aide said that the talks were planned.');
  await ingest.handler(sqsEventFor('later.txt'), lambdaContext('ingest-test'));
});
afterAll(() => under.close());

describe('speakers across articles', () => {
  it('lists named speakers by name with their record, and finds one by the start of a name', async () => {
    const { status, body } = await call('/speakers?limit=100');
    expect(status).toBe(200);
    const names = body.items.map((s: { name: string }) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Moin ul Haque', 'Wang Yi']));
    expect(names).not.toContain('A senior aide');
    expect(names).toEqual([...names].sort((a: string, b: string) => a.toLowerCase().localeCompare(b.toLowerCase())));
    const wang = body.items.find((s: { name: string }) => s.name === 'Wang Yi');
    expect(wang).toMatchObject({ type: 'person', counts: { pending: 2, verified: 0, disputed: 0 } });
    expect((await call('/speakers?q=wang')).body.items.map((s: { name: string }) => s.name)).toEqual(['Wang Yi']);
    expect((await call('/speakers?q=Mo%C3%AFn')).body.items.map((s: { name: string }) => s.name)).toEqual(['Moin ul Haque']);
  });

  it('gives every claim a speaker made in any article, newest first, one speaker for one canonical name', async () => {
    const wang = (await call('/speakers?q=wang')).body.items[0];
    const { body } = await call(`/speakers/${wang.speakerId}/claims`);
    const claims = body.items as Claim[];
    expect(claims).toHaveLength(2);
    expect(new Set(claims.map((c) => c.articleId)).size).toBe(2);
    expect(claims[0].createdAt >= claims[1].createdAt).toBe(true);
    expect(claims.every((c) => c.speaker.id === wang.speakerId && c.speaker.name === 'Wang Yi')).toBe(true);
    expect((await call(`/speakers/${wang.speakerId}`)).body).toMatchObject({ name: 'Wang Yi', title: expect.stringContaining('Foreign Minister') });
  });

  it('narrows a speaker’s claims by status, and answers 404 for an unknown speaker', async () => {
    const moin = (await call('/speakers?q=moin')).body.items[0];
    const [claim] = (await call(`/speakers/${moin.speakerId}/claims?status=pending`)).body.items as Claim[];
    await fetch(`${under.url}/claims/${claim.claimId}/verdict`, { method: 'PUT', headers: { authorization: `Bearer ${under.alice}` }, body: JSON.stringify({ verdict: 'disputed', expectedVersion: 0 }) });
    const disputed = (await call(`/speakers/${moin.speakerId}/claims?status=disputed`)).body.items as Claim[];
    expect(disputed.map((c) => c.claimId)).toEqual([claim.claimId]);
    expect((await call(`/speakers/${moin.speakerId}`)).body.counts.disputed).toBe(1);
    expect((await call('/speakers/0123456789abcdef')).status).toBe(404);
    expect((await call('/speakers/not-an-id/claims')).status).toBe(404);
  });

  it('pages through the speakers one at a time, every cursor it issues accepted back, each speaker once', async () => {
    const all = (await call('/speakers?limit=100')).body.items.map((s: { speakerId: string }) => s.speakerId);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: Array<{ speakerId: string }>; nextCursor: string | null } } = await call(`/speakers?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      paged.push(...page.body.items.map((s) => s.speakerId));
      cursor = page.body.nextCursor;
    } while (cursor && paged.length <= all.length);
    expect(paged).toEqual(all);
  });

  it('answers a search whose canonical form outgrows a key with the speakers it names, never a 500', async () => {
    // NFKD spells U+FDFA in 18 letters: 200 of them are 3,600 letters, over 6 KB, where a key condition stops at 1,024 bytes
    const res = await call(`/speakers?q=${encodeURIComponent('\ufdfa'.repeat(200))}`);
    expect(res).toMatchObject({ status: 200, body: { items: [], nextCursor: null } });
  });

  it('keeps an unnamed source to its article, named in words, never a pronoun', async () => {
    const { body } = await call('/claims?status=pending&limit=100');
    const aide = (body.items as Claim[]).find((c) => c.speaker.type === 'anonymous');
    expect(aide?.speaker.name).toBe('A senior aide');
    const claims = (await call(`/speakers/${aide!.speaker.id}/claims`)).body.items as Claim[];
    expect(claims.map((c) => c.articleId)).toEqual([aide!.articleId]);
  });
});
