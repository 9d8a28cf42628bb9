import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { startApiUnderTest, type ApiUnderTest } from '../support/api-under-test.ts';
import { DYNAMODB_BACKEND, sqsEventFor } from '../support/local-servers.ts';
import { lambdaContext } from '../../local/lambda-context.ts';
import { MAX_CURSOR_CHARS, type Claim, type SpeakerSummary } from '#shared/api/schemas.ts';
import { speakerIdOf } from '#shared/review/speaker-identity.ts';
import { MAX_PARTITION_KEY_BYTES, MAX_SORT_KEY_BYTES, withinKeyLimits } from '#shared/store/dynamodb-limits.ts';
import { GSI1, SPEAKERS_PARTITION } from '#shared/store/keys.ts';
import { queryAll } from '#shared/store/query-all.ts';
import { recordSpeakers } from '#shared/store/speakers.ts';

/**
 * Speakers' names are text from articles, of any length: keys and cursors built from them must
 * stay within DynamoDB's key limits and the API's cursor limit however long they are. Run on
 * DynamoDB Local too (npm run test:dynamodb-local), which refuses an oversized key as AWS does.
 */
let under: ApiUnderTest;

// one word before `said`: the extractor reads all 10,000 characters as the speaker's name
const TEN_THOUSAND = `Zqx${'a'.repeat(9_997)}`;
const person = (name: string) => ({ id: speakerIdOf({ name }, 'recorded'), name, type: 'person' as const });
// the 450-character name the issue met: a page ending on it gave a cursor the API refused
const FOUR_HUNDRED_FIFTY = person(`Zqy${'b'.repeat(447)}`);
// 2 bytes a letter: 1,000 of them are 2,000 bytes, over a sort key's 1,024
const CYRILLIC = person('Ж'.repeat(1_000));
// two names that share their first 300 bytes, past what a key keeps of a name
const ALPHA = person(`${'Ж'.repeat(150)}а Alpha`);
const BETA = person(`${'Ж'.repeat(150)} Beta`);
// 4 bytes a character, and a `#`, the keys' separator
const EMOJI = person(`Emoji#${'😀'.repeat(1_500)}`);
// written before names were cut: its list key holds the whole of its 450-character name
const LEGACY = { ...person(`Legacy${'d'.repeat(444)}`), key: '' };
LEGACY.key = `legacy${'d'.repeat(444)}#${LEGACY.id}`;

const call = async (path: string) => {
  const res = await fetch(`${under.url}${path}`, { headers: { authorization: `Bearer ${under.alice}` } });
  return { status: res.status, type: res.headers.get('content-type'), body: await res.json() };
};

/** Every page of a list, following each cursor, checking each is accepted and within the cursor limit. */
async function allPages(path: string, limit: number): Promise<{ items: SpeakerSummary[]; cursors: string[] }> {
  const items: SpeakerSummary[] = [];
  const cursors: string[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page = await call(`${path}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(page.status, JSON.stringify(page.body).slice(0, 300)).toBe(200);
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
    if (cursor) cursors.push(cursor);
  } while (cursor && cursors.length < 100);
  return { items, cursors };
}

beforeAll(async () => {
  under = await startApiUnderTest();
  const ingest = await import('../../functions/ingest/handler.ts');
  await under.servers.put('long-name.txt', `The minister ${TEN_THOUSAND} said on Friday that the two countries would hold talks in May.\n`);
  await ingest.handler(sqsEventFor('long-name.txt'), lambdaContext('ingest-test'));
  await recordSpeakers(under.servers.store, [FOUR_HUNDRED_FIFTY, CYRILLIC, ALPHA, BETA, EMOJI]);
  const { client, table } = under.servers.store;
  await client.send(new PutCommand({ TableName: table, Item: { pk: `SPEAKER#${LEGACY.id}`, sk: 'SPEAKER', gsi1pk: SPEAKERS_PARTITION, gsi1sk: LEGACY.key, speakerId: LEGACY.id, name: LEGACY.name, type: 'person' } }));
});
afterAll(() => under.close());

describe('speakers with long names', () => {
  it('keeps an article whose speaker is named in 10,000 characters, with the claim and the whole name', async () => {
    const article = (await call('/articles?key=long-name.txt')).body.items[0];
    expect(article).toMatchObject({ status: 'ready', claimCount: 1 });
    const { body } = await call('/speakers?q=zqxaaa');
    expect(body.items.map((s: SpeakerSummary) => s.name)).toEqual([TEN_THOUSAND]);
    expect(body.items[0].counts).toEqual({ pending: 1, verified: 0, disputed: 0 });
    const claims = (await call(`/speakers/${body.items[0].speakerId}/claims`)).body.items as Claim[];
    expect(claims.map((c) => [c.articleId, c.speaker.name])).toEqual([[article.articleId, TEN_THOUSAND]]);
  });

  it('stores every key within DynamoDB\'s limits, the 10,000-character name\'s included', async () => {
    // checked here rather than left to the store: DynamoDB Local refuses an oversized index key in
    // a put but takes it in an update (recordSpeakers updates), and dynalite takes it in both; AWS refuses both
    const items = (await under.servers.store.client.send(new ScanCommand({ TableName: under.servers.store.table }))).Items ?? [];
    const keys = items.filter((item) => item.sk !== 'LIMIT').map((item) => Object.fromEntries(Object.entries(item).filter(([name]) => /^(pk|sk|gsi\dpk|gsi\dsk)$/.test(name))));
    expect(keys.filter((key) => key.gsi1pk === SPEAKERS_PARTITION).length).toBeGreaterThanOrEqual(7);
    expect(keys.filter((key) => !withinKeyLimits(key)).map((key) => `${key.pk} ${String(key.gsi1sk).slice(0, 40)}…`)).toEqual([]);
  });

  it('pages through every speaker at any page size, each cursor accepted and short, each speaker once in key order', async () => {
    const stored = await queryAll(under.servers.store.client, { TableName: under.servers.store.table, IndexName: GSI1, KeyConditionExpression: 'gsi1pk = :p', ExpressionAttributeValues: { ':p': SPEAKERS_PARTITION } });
    const inKeyOrder = stored.map((s) => s.speakerId);
    expect(inKeyOrder).toEqual(expect.arrayContaining([FOUR_HUNDRED_FIFTY.id, CYRILLIC.id, ALPHA.id, BETA.id, EMOJI.id, LEGACY.id]));
    for (const limit of [1, 2, 3]) {
      const { items, cursors } = await allPages('/speakers', limit);
      expect(items.map((s) => s.speakerId)).toEqual(inKeyOrder);
      // a page ends on every speaker at limit=1: on the 450-character name, the 10,000-character one, the legacy key
      for (const cursor of cursors) expect(cursor.length).toBeLessThanOrEqual(MAX_CURSOR_CHARS);
    }
    expect(Math.max(...(await allPages('/speakers', 1)).cursors.map((c) => c.length))).toBeLessThan(1_000);
  });

  it('finds speakers by the start of a name, a start longer than a key keeps of a name included', async () => {
    const names = async (q: string, limit = 100) => (await allPages(`/speakers?q=${encodeURIComponent(q)}`, limit)).items.map((s) => s.name);
    // 302 bytes: the key condition reads by the first 200, the rest is checked against each whole name
    expect(await names(`${'Ж'.repeat(150)}а`)).toEqual([ALPHA.name]);
    expect(await names(`${'Ж'.repeat(150)}а`, 1)).toEqual([ALPHA.name]);
    expect(new Set(await names('Ж'.repeat(120), 1))).toEqual(new Set([ALPHA.name, BETA.name, CYRILLIC.name]));
    expect(await names(`${'Ж'.repeat(120)}Q`)).toEqual([]);
    expect(await names('zqyb')).toEqual([FOUR_HUNDRED_FIFTY.name]);
    expect(await names('Emoji😀')).toEqual([EMOJI.name]);
  });

  it('refuses with a 400 a cursor moved outside its search or past a key limit, before DynamoDB sees it', async () => {
    const forged = (q: string, gsi1sk: string) => Buffer.from(JSON.stringify({ q, k: { pk: `SPEAKER#${'0'.repeat(16)}`, sk: 'SPEAKER', gsi1pk: SPEAKERS_PARTITION, gsi1sk } })).toString('base64url');
    const outside = await call(`/speakers?q=wang&cursor=${forged('speakers:wang', `zzz#${'0'.repeat(16)}`)}`);
    expect(outside).toMatchObject({ status: 400, type: 'application/problem+json' });
    const oversized = await call(`/speakers?cursor=${forged('speakers:', `${'e'.repeat(MAX_SORT_KEY_BYTES)}#${'0'.repeat(16)}`)}`);
    expect(oversized).toMatchObject({ status: 400, type: 'application/problem+json' });
  });
});

describe.runIf(DYNAMODB_BACKEND === 'dynamodb-local')('the key limits the keys are cut for', () => {
  // pins dynamodb-limits.ts against a store that enforces AWS's limits, on the table and an index
  const put = (item: Record<string, string>) => under.servers.store.client.send(new PutCommand({ TableName: under.servers.store.table, Item: { sk: 'LIMIT', ...item } }));

  it('takes a sort key of MAX_SORT_KEY_BYTES and refuses one byte more, on the table and on an index', async () => {
    await expect(put({ pk: 'LIMIT#1', sk: 'é'.repeat(MAX_SORT_KEY_BYTES / 2) })).resolves.toBeDefined();
    await expect(put({ pk: 'LIMIT#2', sk: `${'é'.repeat(MAX_SORT_KEY_BYTES / 2)}x` })).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(put({ pk: 'LIMIT#3', gsi1pk: 'LIMIT', gsi1sk: 'x'.repeat(MAX_SORT_KEY_BYTES) })).resolves.toBeDefined();
    await expect(put({ pk: 'LIMIT#4', gsi1pk: 'LIMIT', gsi1sk: 'x'.repeat(MAX_SORT_KEY_BYTES + 1) })).rejects.toMatchObject({ name: 'ValidationException' });
  });

  it('takes a partition key of MAX_PARTITION_KEY_BYTES and refuses one byte more', async () => {
    await expect(put({ pk: 'p'.repeat(MAX_PARTITION_KEY_BYTES) })).resolves.toBeDefined();
    await expect(put({ pk: 'p'.repeat(MAX_PARTITION_KEY_BYTES + 1) })).rejects.toMatchObject({ name: 'ValidationException' });
  });
});
