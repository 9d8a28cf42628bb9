import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { sqsEventFor, BUCKET, TABLE } from '../support/local-servers.ts';
import { startApiUnderTest, type ApiUnderTest } from '../support/api-under-test.ts';
import { lambdaContext } from '../../local/lambda-context.ts';
import { buildSet } from '../syndication/make-set.ts';
import { makeDocumentClient } from '#shared/aws/clients.ts';
import { ingestObject } from '#shared/ingest/ingest-object.ts';
import { articleIdFor } from '#shared/store/keys.ts';
import { listArticleClaims } from '#shared/store/claims.ts';
import { presentClaims, readCluster } from '#shared/store/clusters.ts';
import { countDynamoDb } from '../../scripts/measuring/dynamodb-counts.ts';
import { claimSchema, clusterSchema, type ArticleWithClaims, type Claim } from '#shared/api/schemas.ts';
import { signReviewerToken } from '../../local/reviewer-tokens.ts';

/**
 * One claim, many articles, through the API on the local servers: copies of a wire story make one
 * cluster per quote; the pending queue shows each cluster once; one verdict rules on them all; a
 * member can be taken out; copies ingested at the same moment still make one cluster.
 */
let under: ApiUnderTest;
let ingest: (key: string) => Promise<unknown>;
const set = new Map(buildSet().map((a) => [a.name, a]));

const call = async (path: string, init: { method?: string; token?: string; body?: unknown } = {}) => {
  const res = await fetch(`${under.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${init.token ?? under.alice}`, 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const body = await res.json();
  // a change's follow-ups (seen-before, the cluster's lead) done, as the next request in these stories expects
  await under.followedUp();
  return { status: res.status, body };
};
const upload = async (name: string) => {
  await under.servers.put(`${name}.txt`, set.get(name)!.text);
  await ingest(`${name}.txt`);
};
const claimsOf = async (name: string) => ((await call(`/articles/${articleIdFor(BUCKET, `${name}.txt`)}`)).body as ArticleWithClaims).claims;
const claimSaying = async (name: string, words: string) => (await claimsOf(name)).find((c) => c.text.includes(words))!;
const queue = async (query = '') => ((await call(`/claims?status=pending&limit=100${query}`)).body.items as Claim[]).map((c) => c.claimId);
const allPending = async () => {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { body: { items: Claim[]; nextCursor: string | null } } = await call(`/claims?status=pending&limit=7&clusters=false${cursor ? `&cursor=${cursor}` : ''}`);
    ids.push(...page.body.items.map((c) => c.claimId));
    cursor = page.body.nextCursor;
  } while (cursor);
  return ids;
};

const GAS = 'Storage is 12 percent fuller';
/** Claims in order of appearance: by upload time (to the second, as S3 keeps it), then by id. */
const inOrder = <C extends { createdAt: string; claimId: string }>(claims: C[]) => [...claims].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.claimId.localeCompare(b.claimId));

beforeAll(async () => {
  under = await startApiUnderTest();
  const { handler } = await import('../../functions/ingest/handler.ts');
  ingest = (key) => handler(sqsEventFor(key), lambdaContext('cluster-test'));
  // four copies of one story, one after another, and the near misses: the minister on something else, the next day's follow-up
  for (const name of ['gas-reserves-0', 'gas-reserves-1', 'gas-reserves-2', 'gas-reserves-3', 'gas-reserves-near-0', 'gas-reserves-near-1', 'gas-reserves-near-2']) await upload(name);
}, 120_000);
afterAll(() => under.close());

describe('copies of one story', () => {
  it('make one cluster of the quote they carry, and leave the near misses out of it', async () => {
    const copies = await Promise.all([0, 1, 2, 3].map((i) => claimSaying(`gas-reserves-${i}`, GAS)));
    expect(copies.every((c) => c !== undefined)).toBe(true);
    const clusterId = copies[0].cluster?.id;
    expect(clusterId).toBeDefined();
    for (const c of copies) expect(c.cluster).toEqual({ id: clusterId, size: 4 });
    for (const k of [0, 1, 2]) for (const c of await claimsOf(`gas-reserves-near-${k}`)) expect(c.cluster?.id).not.toBe(clusterId);
    expect(() => claimSchema.parse(copies[1])).not.toThrow();
  });

  it('are one entry of the pending queue, its first appearance, unless every member is asked for', async () => {
    const copies = inOrder(await Promise.all([0, 1, 2, 3].map((i) => claimSaying(`gas-reserves-${i}`, GAS))));
    const shown = await queue();
    expect(shown).toContain(copies[0].claimId);
    for (const c of copies.slice(1)) expect(shown).not.toContain(c.claimId);
    const every = await allPending();
    for (const c of copies) expect(every).toContain(c.claimId);
    // the pages of every member repeat nothing
    expect(new Set(every).size).toBe(every.length);
    expect(every.length).toBeGreaterThan(shown.length);
  });

  it('are listed by GET /clusters/{id} in order of appearance, each with its article', async () => {
    const first = await claimSaying('gas-reserves-0', GAS);
    const res = await call(`/clusters/${first.cluster!.id}`);
    expect(res.status).toBe(200);
    expect(() => clusterSchema.parse(res.body)).not.toThrow();
    expect(res.body.size).toBe(4);
    const copies = inOrder(await Promise.all([0, 1, 2, 3].map((i) => claimSaying(`gas-reserves-${i}`, GAS))));
    expect(res.body.claims.map((c: Claim) => c.claimId)).toEqual(copies.map((c) => c.claimId));
    expect(res.body.claims.map((c: Claim & { article: { key: string } }) => c.article.key).sort()).toEqual([0, 1, 2, 3].map((i) => `gas-reserves-${i}.txt`));
    expect((await call('/clusters/cffffffffffffffffffff-ffffffffffff')).status).toBe(404);
    expect((await call('/clusters/..%2F')).status).toBe(404);
    // a direction mark in the id is shown escaped: it reorders nothing of the message around it
    const bidi = await call('/clusters/%E2%80%AEabc');
    expect(bidi.status).toBe(404);
    expect(bidi.body.detail).not.toContain('\u202e');
    expect(bidi.body.detail).toContain('\\u202e');
  });
});

describe('a verdict given to a cluster', () => {
  it('rules on every pending member, each member’s history saying so, and is published once with every appearance', async () => {
    const lead = await claimSaying('gas-reserves-0', GAS);
    const res = await call(`/claims/${lead.claimId}/verdict`, { method: 'PUT', body: { verdict: 'verified', note: 'storage figures match the regulator', scope: 'cluster', expectedVersion: lead.version } });
    expect(res.status).toBe(200);
    const clusterId = lead.cluster!.id;
    for (const i of [0, 1, 2, 3]) {
      const member = await claimSaying(`gas-reserves-${i}`, GAS);
      expect(member.status).toBe('verified');
      expect(member.history.at(-1)).toMatchObject({ verdict: 'verified', reviewer: 'alice', note: 'storage figures match the regulator', cluster: { id: clusterId, via: lead.claimId } });
    }
    expect(await allPending()).not.toContain(lead.claimId);

    const review = (await call(`/claims/${lead.claimId}/claimreview`)).body;
    expect(review.itemReviewed.appearance).toHaveLength(4);
    // its own article first, then the others
    expect(review.itemReviewed.appearance[0].identifier).toBe('gas-reserves-0.txt');
    expect(review.itemReviewed.appearance.map((a: { identifier?: string }) => a.identifier).sort()).toEqual([0, 1, 2, 3].map((i) => `gas-reserves-${i}.txt`));
    const feed = (await call('/claimreviews?limit=100')).body.items as Array<{ itemReviewed: { appearance: unknown } }>;
    expect(feed.filter((r) => Array.isArray(r.itemReviewed.appearance) && r.itemReviewed.appearance.length === 4)).toHaveLength(1);
  });

  it('counts once on the speaker’s record', async () => {
    const lead = await claimSaying('gas-reserves-0', GAS);
    const claims = (await call(`/speakers/${lead.speaker.id}/claims?status=verified&limit=100`)).body.items as Claim[];
    expect(claims.length).toBeGreaterThan(1);
    const distinct = new Set(claims.map((c) => c.cluster?.id ?? c.claimId)).size;
    expect((await call(`/speakers/${lead.speaker.id}`)).body.counts.verified).toBe(distinct);
  });

  it('is offered, not applied, to a copy that arrives later: it waits pending, leading the cluster in the queue', async () => {
    const lead = await claimSaying('gas-reserves-0', GAS);
    await upload(copyLate());
    const late = await claimSaying('gas-reserves-late', GAS);
    expect(late.status).toBe('pending');
    expect(late.cluster).toEqual({ id: lead.cluster!.id, size: 5 });
    expect(late.seenBefore?.[0]).toMatchObject({ status: 'verified', reviewer: 'alice' });
    expect(await queue()).toContain(late.claimId);
  });
});

/** Another outlet's copy of a story, under another name. */
function copyOf(name: string, as: string): string {
  set.set(as, { ...set.get(name)!, name: as, text: `Another outlet's headline\n\n${set.get(name)!.text.split('\n').slice(1).join('\n')}` });
  return as;
}

/** A fifth copy of the gas story, retitled, for the copy that arrives after the verdict. */
function copyLate(): string {
  const copy = set.get('gas-reserves-1')!;
  set.set('gas-reserves-late', { ...copy, name: 'gas-reserves-late', text: `Gas stocks ample, says minister\n\n${copy.text.split('\n').slice(1).join('\n')}` });
  return 'gas-reserves-late';
}

describe('taking a claim out of its cluster', () => {
  it('leaves it pending on its own, in the queue, and says so in its history; re-reading its article keeps it out', async () => {
    const member = await claimSaying('gas-reserves-2', GAS);
    const clusterId = member.cluster!.id;
    expect((await call(`/claims/${member.claimId}/cluster?expectedVersion=${member.version}`, { method: 'DELETE', token: under.reader })).status).toBe(403);
    expect((await call(`/claims/${member.claimId}/cluster?expectedVersion=${member.version + 7}`, { method: 'DELETE' })).status).toBe(409);
    const res = await call(`/claims/${member.claimId}/cluster?expectedVersion=${member.version}`, { method: 'DELETE' });
    expect(res.status).toBe(200);
    expect(res.body.cluster).toBeUndefined();
    expect(res.body.status).toBe('verified');
    expect(res.body.history.at(-1)).toMatchObject({ action: 'left-cluster', reviewer: 'alice', clusterId });
    expect((await call(`/clusters/${clusterId}`)).body.claims.map((c: Claim) => c.claimId)).not.toContain(member.claimId);
    expect((await call(`/claims/${member.claimId}/cluster?expectedVersion=${res.body.version}`, { method: 'DELETE' })).status).toBe(409);

    await ingest('gas-reserves-2.txt');
    expect((await claimSaying('gas-reserves-2', GAS)).cluster).toBeUndefined();
  });

  it('of a pending claim puts it in the queue on its own; the cluster is led by its next pending member', async () => {
    for (const name of ['rail-strike-0', 'rail-strike-1', 'rail-strike-2']) await upload(name);
    const quote = 'Our members will take the 6 percent offer';
    const [first, ...rest] = inOrder(await Promise.all(['rail-strike-0', 'rail-strike-1', 'rail-strike-2'].map((n) => claimSaying(n, quote))));
    expect(first.cluster?.size).toBe(3);
    expect((await queue()).filter((id) => rest.some((c) => c.claimId === id))).toEqual([]);
    await call(`/claims/${first.claimId}/cluster?expectedVersion=${first.version}`, { method: 'DELETE' });
    const shown = await queue();
    expect(shown).toContain(first.claimId);
    // the next to appear leads the two left
    expect(shown).toContain(rest[0].claimId);
    expect(shown).not.toContain(rest[1].claimId);
    expect((await call(`/claims/${rest[1].claimId}`)).body.cluster?.size).toBe(2);
  });
});

describe('a copy its article no longer carries', () => {
  it('leaves the cluster to the next copy, which the queue then shows', async () => {
    const names = ['coast-guard-0', 'coast-guard-1', 'coast-guard-2'];
    const quote = 'The crew spent nine hours in the water';
    for (const name of names) await upload(name);
    const [lead, next, last] = inOrder(await Promise.all(names.map((n) => claimSaying(n, quote))));
    expect(lead.cluster?.size).toBe(3);
    expect(await queue()).toContain(lead.claimId);
    // the lead's outlet re-publishes the story without the quote
    const key = `${[...names].find((n) => lead.articleId === articleIdFor(BUCKET, `${n}.txt`))}.txt`;
    await under.servers.put(key, set.get(key.replace(/\.txt$/, ''))!.text.split('\n').filter((line) => !line.includes(quote)).join('\n'));
    await ingest(key);
    expect((await call(`/claims/${lead.claimId}`)).status).toBe(404);
    const shown = await queue();
    expect(shown).toContain(next.claimId);
    expect(shown).not.toContain(last.claimId);
    expect((await call(`/claims/${next.claimId}`)).body.cluster?.size).toBe(2);
  });
});

describe('a correction or a dismissal given to a cluster', () => {
  const quote = 'More than 4,000 people have left their homes';
  const names = ['wildfire-0', 'wildfire-1', 'wildfire-2'];

  it('corrects the speaker of every copy, each history saying so, and refuses to move every copy’s words', async () => {
    for (const name of names) await upload(name);
    const [first, ...rest] = await Promise.all(names.map((n) => claimSaying(n, quote)));
    expect(first.cluster?.size).toBe(3);
    const words = await call(`/claims/${first.claimId}/attribution`, { method: 'PUT', body: { content: { start: first.content.start, end: first.content.end - 1 }, scope: 'cluster', expectedVersion: first.version } });
    expect(words.status).toBe(400);
    const res = await call(`/claims/${first.claimId}/attribution`, { method: 'PUT', body: { speaker: { name: 'Maria Ochoa-Reyes', type: 'person', title: 'county fire chief' }, scope: 'cluster', expectedVersion: first.version } });
    expect(res.status).toBe(200);
    for (const c of [first, ...rest]) {
      const now = (await call(`/claims/${c.claimId}`)).body as Claim;
      expect(now.speaker).toMatchObject({ name: 'Maria Ochoa-Reyes', title: 'county fire chief' });
      expect(now.history.at(-1)).toMatchObject({ action: 'corrected', reviewer: 'alice', cluster: { id: first.cluster!.id, via: first.claimId } });
    }
  });

  it('dismisses every copy, and the cluster leaves the pending queue', async () => {
    const [first, ...rest] = await Promise.all(names.map((n) => claimSaying(n, quote)));
    const res = await call(`/claims/${first.claimId}/dismissal`, { method: 'PUT', body: { reason: 'not-checkable', scope: 'cluster', expectedVersion: first.version } });
    expect(res.status).toBe(200);
    const every = await allPending();
    for (const c of [first, ...rest]) {
      const now = (await call(`/claims/${c.claimId}`)).body as Claim;
      expect(now.status).toBe('dismissed');
      expect(now.history.at(-1)).toMatchObject({ action: 'dismissed', reason: 'not-checkable', cluster: { id: first.cluster!.id, via: first.claimId } });
      expect(every).not.toContain(c.claimId);
    }
  });
});

describe('what a reviewer ruled on one copy', () => {
  const names = ['hospital-waits-0', 'hospital-waits-1', 'hospital-waits-2', 'hospital-waits-3'];
  const quote = 'The waiting list has fallen to 7.2 million';

  it('stands when another reviewer dismisses or corrects the whole cluster: only pending copies, and none corrected through itself, take it', async () => {
    const bob = await signReviewerToken(under.key, 'bob');
    for (const name of names) await upload(name);
    const [first, verified, corrected, pending] = inOrder(await Promise.all(names.map((n) => claimSaying(n, quote))));
    expect(first.cluster?.size).toBe(4);
    expect((await call(`/claims/${verified.claimId}/verdict`, { method: 'PUT', token: bob, body: { verdict: 'verified', note: 'checked with the ministry', expectedVersion: verified.version } })).status).toBe(200);
    const bobs = await call(`/claims/${corrected.claimId}/attribution`, { method: 'PUT', token: bob, body: { speaker: { name: 'Owen Price', type: 'person', title: 'Health Secretary' }, expectedVersion: corrected.version } });
    expect(bobs.status).toBe(200);

    const correction = await call(`/claims/${first.claimId}/attribution`, { method: 'PUT', body: { speaker: { name: 'Owen Price', type: 'person', title: 'secretary of state for health' }, scope: 'cluster', expectedVersion: first.version } });
    expect(correction.status).toBe(200);
    expect(((await call(`/claims/${corrected.claimId}`)).body as Claim).speaker.title).toBe('Health Secretary');
    expect(((await call(`/claims/${verified.claimId}`)).body as Claim).speaker.title).not.toBe('secretary of state for health');
    expect(((await call(`/claims/${pending.claimId}`)).body as Claim).speaker.title).toBe('secretary of state for health');

    const lead = (await call(`/claims/${first.claimId}`)).body as Claim;
    expect((await call(`/claims/${first.claimId}/dismissal`, { method: 'PUT', body: { reason: 'not-checkable', scope: 'cluster', expectedVersion: lead.version } })).status).toBe(200);
    const kept = (await call(`/claims/${verified.claimId}`)).body as Claim;
    expect(kept.status).toBe('verified');
    expect(kept.history.at(-1)).toMatchObject({ verdict: 'verified', reviewer: 'bob' });
    expect(((await call(`/claims/${corrected.claimId}`)).body as Claim).status).toBe('dismissed');
    expect(((await call(`/claims/${pending.claimId}`)).body as Claim).status).toBe('dismissed');
  });
});

describe('a ruled copy whose article now states another figure', () => {
  it('is retracted, its verdict not carried to the new words, which wait pending outside the cluster; the review lists the copies that still say it', async () => {
    const names = ['opec-0', 'opec-1', 'opec-2'];
    const quote = 'The group will keep about 3.5 million barrels';
    for (const name of names) await upload(name);
    const [first, changed] = inOrder(await Promise.all(names.map((n) => claimSaying(n, quote))));
    expect(first.cluster?.size).toBe(3);
    expect((await call(`/claims/${first.claimId}/verdict`, { method: 'PUT', body: { verdict: 'disputed', scope: 'cluster', expectedVersion: first.version } })).status).toBe(200);
    const key = `${names.find((n) => changed.articleId === articleIdFor(BUCKET, `${n}.txt`))}.txt`;
    await under.servers.put(key, set.get(key.replace(/\.txt$/, ''))!.text.replaceAll('3.5 million', '4.5 million'));
    await ingest(key);

    const old = (await call(`/claims/${changed.claimId}`)).body as Claim;
    expect(old.retracted).toBe(true);
    const now = await claimSaying(key.replace(/\.txt$/, ''), 'keep about 4.5 million barrels');
    expect(now.claimId).not.toBe(changed.claimId);
    expect(now.status).toBe('pending');
    expect(now.cluster?.id).not.toBe(first.cluster!.id);
    const review = (await call(`/claims/${first.claimId}/claimreview`)).body;
    expect([review.itemReviewed.appearance].flat().map((a: { identifier: string }) => a.identifier)).not.toContain(key);
    // the retracted claim is on the record as it was: no verdict changes it, and none is taken from it
    const again = await call(`/claims/${changed.claimId}/verdict`, { method: 'PUT', body: { verdict: 'verified', expectedVersion: old.version } });
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/retracted/);
    expect((await call(`/claims/${now.claimId}/verdict`, { method: 'PUT', body: { verdict: 'disputed', sameAs: changed.claimId, expectedVersion: now.version } })).status).toBe(400);
    // and a later copy saying what it said is offered the verdicts of the copies that still say it, not its own
    await upload(copyOf('opec-0', 'opec-late'));
    expect((await claimSaying('opec-late', quote)).seenBefore?.map((s) => s.claimId)).not.toContain(changed.claimId);
  });
});

describe('a claim no other article carries', () => {
  it('is in no cluster: it cannot be taken out of one, its cluster of one is not found, and a verdict given to its cluster is its own', async () => {
    const alone = (await claimsOf('seed')).find((c) => c.status === 'pending' && !c.cluster)!;
    const own = (await call(`/claims/${alone.claimId}/cluster?expectedVersion=${alone.version}`, { method: 'DELETE' }));
    expect(own.status).toBe(409);
    expect(own.body.detail).toMatch(/no other article carries it/);
    expect((await call(`/clusters/c${alone.claimId}`)).status).toBe(404);
    const ruled = await call(`/claims/${alone.claimId}/verdict`, { method: 'PUT', body: { verdict: 'verified', scope: 'cluster', expectedVersion: alone.version } });
    expect(ruled.status).toBe(200);
    expect(ruled.body.history.at(-1).cluster).toBeUndefined();
  });
});

describe('showing claims', () => {
  it('reads a cluster only for claims another article shares it with, and not for a pending lead, which carries its size', async () => {
    // a client of its own, so that counting leaves the API's requests alone
    const store = { ...under.servers.store, client: makeDocumentClient({ AWS_REGION: 'us-east-1', DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT }) };
    const counter = countDynamoDb(store.client);
    const alone = await listArticleClaims(store, articleIdFor(BUCKET, 'seed.txt'));
    expect(alone.every((c) => c.clusterId)).toBe(true);
    counter.reset();
    expect((await presentClaims(store, alone)).some((c) => c.cluster)).toBe(false);
    expect(counter.counts().total.requests).toBe(0);

    for (const name of ['freight-trains-0', 'freight-trains-1']) await upload(name);
    const [first, second] = await Promise.all(['freight-trains-0', 'freight-trains-1'].map((name) => listArticleClaims(store, articleIdFor(BUCKET, `${name}.txt`))));
    const lead = first.find((c) => c.clusterRole === 'lead' && c.sharesCluster && c.status === 'pending')!;
    const member = second.find((c) => c.clusterId === lead.clusterId)!;
    expect(member.clusterRole).toBe('member');
    counter.reset();
    expect((await presentClaims(store, [lead]))[0].cluster).toEqual({ id: lead.clusterId, size: 2 });
    expect(counter.counts().total.requests).toBe(0);
    expect((await presentClaims(store, [member]))[0].cluster).toEqual({ id: lead.clusterId, size: 2 });
    expect(counter.counts().byCommand.BatchGetItemCommand.requests).toBe(1);
  });
});

describe('an ingest that stopped while filing its claims', () => {
  it('files them whole when delivered again: every claim a member of its cluster, every cluster with its item', async () => {
    // four claims: more entries than one batch of 25 holds
    await under.servers.put('filing-stop.txt', [
      'The transport minister said that the new bridge will cost 40 million pounds.',
      'The mayor said that the council will open three new libraries next year.',
      'The nurses union said that its members will strike for two days in March.',
      'The chief executive said that profits rose 12 percent in the third quarter.',
    ].join('\n\n'));
    const client = makeDocumentClient({ AWS_REGION: 'us-east-1', DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT });
    const send = client.send.bind(client) as (command: unknown) => Promise<unknown>;
    let filings = 0;
    // the delivery dies after the first batch of its filing, the rest unwritten
    (client as { send: unknown }).send = async (command: unknown) => {
      if (command instanceof BatchWriteCommand && Object.values(command.input.RequestItems ?? {}).flat().some((w) => String(w.PutRequest?.Item?.pk).startsWith('CKEY#')) && ++filings > 1) throw new Error('the function timed out');
      return send(command);
    };
    const deps = { s3: under.servers.s3, maxBytes: 1 << 20 };
    await expect(ingestObject({ ...deps, store: { client, table: TABLE } }, { bucket: BUCKET, key: 'filing-stop.txt' })).rejects.toThrow('timed out');
    expect(filings).toBe(2);
    await ingestObject({ ...deps, store: under.servers.store }, { bucket: BUCKET, key: 'filing-stop.txt' });
    const claims = await listArticleClaims(under.servers.store, articleIdFor(BUCKET, 'filing-stop.txt'));
    expect(claims).toHaveLength(4);
    for (const claim of claims) {
      const cluster = await readCluster(under.servers.store, claim.clusterId!);
      expect(cluster?.members.map((m) => m.claimId)).toContain(claim.claimId);
    }
  });
});

describe('the list of reviews', () => {
  it('gives a cluster once, however its copies came to carry the same verdict', async () => {
    const names = ['council-flats-0', 'council-flats-1', 'council-flats-2'];
    const quote = 'These 300 homes will be built';
    for (const name of names) await upload(name);
    const [first, second, third] = inOrder(await Promise.all(names.map((n) => claimSaying(n, quote))));
    expect(first.cluster?.size).toBe(3);
    // one copy ruled on its own first; then the cluster, through another; the third ruled as the first was
    await call(`/claims/${second.claimId}/verdict`, { method: 'PUT', body: { verdict: 'disputed', expectedVersion: second.version } });
    await call(`/claims/${first.claimId}/verdict`, { method: 'PUT', body: { verdict: 'disputed', scope: 'cluster', expectedVersion: first.version } });
    const late = (await call(`/claims/${third.claimId}`)).body as Claim;
    if (late.status === 'pending') await call(`/claims/${third.claimId}/verdict`, { method: 'PUT', body: { verdict: 'disputed', sameAs: second.claimId, expectedVersion: late.version } });
    const items: Array<{ url: string; itemReviewed: { appearance?: { identifier?: string } | Array<{ identifier?: string }> } }> = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: typeof items; nextCursor: string | null } } = await call(`/claimreviews?limit=5${cursor ? `&cursor=${cursor}` : ''}`);
      items.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    // one appearance is published as an object, several as a list
    const appearances = (r: (typeof items)[number]) => [r.itemReviewed.appearance ?? []].flat();
    const ofCluster = items.filter((r) => appearances(r).some((a) => names.some((n) => a.identifier === `${n}.txt`)));
    expect(ofCluster).toHaveLength(1);
    expect(ofCluster[0].url).toContain(second.claimId);
    expect(appearances(ofCluster[0]).map((a) => a.identifier).sort()).toEqual(names.map((n) => `${n}.txt`));
  });
});

/** Eight outlets' copies of a one-quote wire item: retitled, `said` or `told reporters`, straight or curly quotes. */
const BRIEF = Array.from({ length: 8 }, (_, i) => {
  const [open, close] = i % 2 ? ['“', '”'] : ['"', '"'];
  const cue = i % 3 === 0 ? 'told reporters' : 'said';
  return `${['Kessler bid fair, says Andes chief', 'Andes Lithium backs takeover', 'Lithium miner agrees sale', 'Chile miner to be sold'][i % 4]}\n\nSANTIAGO (Wire) - ${open}The 2.4 billion dollar offer values our mines fairly and protects every job in Antofagasta,${close} Carla Mendes ${cue} on Tuesday.\n\nShares rose ${i + 2} percent in early trading.\n`;
});

describe('copies ingested at the same moment', () => {
  it('make one cluster, never two, when each holds its filing until all eight have read what is filed', async () => {
    const keys = BRIEF.map((_, i) => `brief-${i}.txt`);
    for (const [i, key] of keys.entries()) await under.servers.put(key, BRIEF[i]);
    // Each ingest holds its filing under the cluster keys until all eight have come to file, that
    // is, until all have read what is filed: without a lock all would read before any files itself,
    // and found eight clusters. Locks let only one come that far while it holds them, so the hold
    // gives way after a while, and each next holder reads what the one before filed.
    let arrived = 0;
    let releaseAll!: () => void;
    const together = new Promise<void>((r) => (releaseAll = r));
    let timer: NodeJS.Timeout | undefined;
    const files = (command: unknown) =>
      command instanceof BatchWriteCommand && Object.values(command.input.RequestItems ?? {}).flat().some((w) => String(w.PutRequest?.Item?.pk).startsWith('CKEY#'));
    const runs = keys.map((key) => {
      const client = makeDocumentClient({ AWS_REGION: 'us-east-1', DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT });
      const send = client.send.bind(client) as (command: unknown) => Promise<unknown>;
      let counted = false;
      (client as { send: unknown }).send = async (command: unknown) => {
        if (files(command)) {
          if (!counted && ++arrived === keys.length) releaseAll();
          counted = true;
          timer ??= setTimeout(releaseAll, 1500);
          await together;
        }
        return send(command);
      };
      return ingestObject({ s3: under.servers.s3, store: { client, table: TABLE }, maxBytes: 1 << 20 }, { bucket: BUCKET, key });
    });
    await Promise.all(runs);
    clearTimeout(timer);
    const claims = await Promise.all(keys.map(async (key) => (await claimsOf(key.replace(/\.txt$/, ''))).filter((c) => c.text.includes('values our mines fairly'))));
    expect(claims.map((c) => c.length)).toEqual(keys.map(() => 1));
    const clusters = new Set(claims.map(([c]) => c.cluster?.id));
    expect([...clusters]).toHaveLength(1);
    expect([...clusters][0]).toBeDefined();
    expect((await call(`/clusters/${[...clusters][0]}`)).body.size).toBe(8);
    // and one entry in the queue
    const shown = await queue();
    expect(claims.filter(([c]) => shown.includes(c.claimId))).toHaveLength(1);
  }, 120_000);
});
