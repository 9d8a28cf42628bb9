import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServers, type LocalServers } from '../support/local-servers.ts';
import { recordReview, writeReading, listArticleClaims, type Reading } from '#shared/store/claims.ts';
import { listQueue, type QueueQuery } from '#shared/store/review-queue.ts';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { articleIdFor, claimIdFor, claimKey } from '#shared/store/keys.ts';
import { requeueClaims } from '#shared/store/requeue.ts';
import { review } from '#shared/review/verdicts.ts';
import type { Claim } from '#shared/api/schemas.ts';
import { speakerIdOf } from '#shared/review/speaker-identity.ts';

let servers: LocalServers;
const speakers = ['Ana Ruiz', 'Ben Okafor', 'Chen Wei'];
const claims: Array<Claim> = [];

/** 6 articles of 12 claims, scores spread and repeated (ties), speakers in turn. */
beforeAll(async () => {
  servers = await startLocalServers();
  for (let a = 0; a < 6; a++) {
    const articleId = articleIdFor('articles', `queue-${a}.txt`);
    for (let i = 0; i < 12; i++) {
      const text = `claim ${i} of article ${a}`;
      const speaker = speakers[(a + i) % 3];
      const reading: Reading = {
        claimId: claimIdFor(articleId, text, speaker), articleId, text, kind: 'indirect', speaker: { id: speakerIdOf({ name: speaker }, articleId), name: speaker, type: 'person' },
        content: { start: i * 100, end: i * 100 + text.length, text }, source: null, cue: null, confidence: 0.9,
        checkworthiness: [0.95, 0.8, 0.5, 0.5, 0.2, 0.05][(a * 7 + i) % 6], signals: [], extractorVersion: 'test',
      };
      await writeReading(servers.store, reading, '0'.repeat(32), undefined, new Date(Date.UTC(2026, 0, 1 + a)));
    }
    claims.push(...(await listArticleClaims(servers.store, articleId)));
  }
});
afterAll(() => servers.close());

async function walk(query: QueueQuery, limit: number, between?: (page: number) => Promise<void>): Promise<Claim[]> {
  const seen: Claim[] = [];
  let cursor: string | undefined;
  for (let page = 0; ; page++) {
    const out = await listQueue(servers.store, query, limit, cursor);
    expect(out.items.length).toBeLessThanOrEqual(limit);
    seen.push(...out.items);
    if (!out.nextCursor) return seen;
    cursor = out.nextCursor;
    await between?.(page);
  }
}

const readingOrder = (a: Claim, b: Claim) => a.createdAt.localeCompare(b.createdAt) || a.content.start - b.content.start;
const pendingIds = () => claims.filter((c) => c.status === 'pending').map((c) => c.claimId);

describe('the review queue', () => {
  it('walks the most check-worthy claims first, ties in reading order, each claim once, across its shards', async () => {
    const seen = await walk({ status: 'pending', order: 'checkworthiness' }, 7);
    const expected = [...claims].sort((a, b) => b.checkworthiness! - a.checkworthiness! || readingOrder(a, b));
    expect(seen.map((c) => c.claimId)).toEqual(expected.map((c) => c.claimId));
  });

  it('walks in reading order, oldest article first', async () => {
    const seen = await walk({ status: 'pending', order: 'reading' }, 5);
    expect(seen.map((c) => c.claimId)).toEqual([...claims].sort(readingOrder).map((c) => c.claimId));
  });

  it('keeps to a minimum score, in both orders', async () => {
    for (const order of ['checkworthiness', 'reading'] as const) {
      const seen = await walk({ status: 'pending', order, minCheckworthiness: 0.5 }, 6);
      expect(seen.map((c) => c.claimId).sort()).toEqual(claims.filter((c) => c.checkworthiness! >= 0.5).map((c) => c.claimId).sort());
    }
  });

  it('filters by speaker without losing the order or a claim, though pages may run short', async () => {
    const seen = await walk({ status: 'pending', order: 'checkworthiness', speaker: 'Ben Okafor' }, 4);
    const expected = claims.filter((c) => c.speaker.name === 'Ben Okafor').sort((a, b) => b.checkworthiness! - a.checkworthiness! || readingOrder(a, b));
    expect(seen.map((c) => c.claimId)).toEqual(expected.map((c) => c.claimId));
  });

  it('keeps an open page’s cursor valid while other reviewers rule: no claim repeated, none skipped', async () => {
    const before = new Set(pendingIds());
    const ruled = new Set<string>();
    const seen = await walk({ status: 'pending', order: 'checkworthiness' }, 6, async (page) => {
      // someone rules on a claim this reviewer has not reached yet, and on one already seen
      const unseen = [...before].filter((id) => !ruled.has(id)).at(-1 - page)!;
      const claim = claims.find((c) => c.claimId === unseen)!;
      await recordReview(servers.store, claim, 0, review(claim, { verdict: 'verified', expectedVersion: 0 }, { id: 'bob', canWrite: true }, new Date()));
      ruled.add(unseen);
    });
    const ids = seen.map((c) => c.claimId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !ruled.has(id)).sort()).toEqual([...before].filter((id) => !ruled.has(id)).sort());
    const verified = await walk({ status: 'verified', order: 'checkworthiness' }, 50);
    expect(verified.map((c) => c.claimId).sort()).toEqual([...ruled].sort());
  });
});

describe('the cost of a queue page', () => {
  let big: LocalServers;
  /** 240 claims: thirty a shard, more than a page */
  beforeAll(async () => {
    big = await startLocalServers();
    const articleId = articleIdFor('articles', 'long-queue.txt');
    for (let i = 0; i < 240; i++) {
      const text = `claim ${i} of the long queue`;
      const reading: Reading = {
        claimId: claimIdFor(articleId, text, 'Ana Ruiz'), articleId, text, kind: 'indirect', speaker: { id: speakerIdOf({ name: 'Ana Ruiz' }, articleId), name: 'Ana Ruiz', type: 'person' },
        content: { start: i * 100, end: i * 100 + text.length, text }, source: null, cue: null, confidence: 0.9, checkworthiness: (i % 10) / 10, signals: [], extractorVersion: 'test',
      };
      await writeReading(big.store, reading, '0'.repeat(32), undefined, new Date(Date.UTC(2026, 0, 1)));
    }
  });
  afterAll(() => big.close());

  it('reads little more than a page returns, not a page from every shard', async () => {
    let read = 0;
    const counting = { ...big.store, client: { send: async (command: Parameters<typeof big.store.client.send>[0]) => {
      const out = (await big.store.client.send(command)) as { Items?: unknown[] };
      read += out.Items?.length ?? 0;
      return out;
    } } as unknown as typeof big.store.client };
    const limit = 20;
    let cursor: string | undefined;
    let pages = 0;
    let returned = 0;
    do {
      const out = await listQueue(counting, { status: 'pending', order: 'checkworthiness' }, limit, cursor);
      returned += out.items.length;
      pages++;
      cursor = out.nextCursor ?? undefined;
    } while (cursor);
    expect(returned).toBe(240);
    // the first merge read a whole page from each of the eight shards: 8 × 20 items for a page of 20
    expect(read / pages).toBeLessThanOrEqual(1.5 * limit);
  });
});

describe('claims queued under another layout of the queue', () => {
  it('are missing from the queue until npm run requeue moves them, which moves each once and leaves the rest', async () => {
    // as a deploy with eight shards left them: shard 5, a partition today's queue reads no more
    const now = (await Promise.all([...new Set(claims.map((c) => c.articleId))].map((a) => listArticleClaims(servers.store, a)))).flat();
    const stranded = now.filter((c) => c.status === 'pending').slice(0, 3);
    for (const c of stranded) {
      await servers.store.client.send(new UpdateCommand({
        TableName: servers.store.table,
        Key: claimKey(c.claimId),
        UpdateExpression: 'SET gsi1pk = :p1, gsi2pk = :p2',
        ExpressionAttributeValues: { ':p1': 'STATUS#pending#5', ':p2': 'CW#pending#5' },
      }));
    }
    const queued = async () => new Set((await walk({ status: 'pending', order: 'checkworthiness' }, 50)).map((c) => c.claimId));
    for (const c of stranded) expect(await queued()).not.toContain(c.claimId);
    expect(await requeueClaims(servers.store)).toEqual({ claims: now.length, moved: 3, seenMoved: 0 });
    const after = await queued();
    for (const c of now.filter((c) => c.status === 'pending')) expect(after).toContain(c.claimId);
    expect((await requeueClaims(servers.store)).moved).toBe(0);
  });
});
