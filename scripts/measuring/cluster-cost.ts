/**
 * The clustering section of `npm run bench`: what joining a cluster costs a claim (requests,
 * read and write units) and the ingest time it adds, with 100,000 claims already filed, against
 * the same claims joined in an empty table and against the claim's own write, in the same run.
 * Alone: `npm run bench -- --only=clusters` (or `npx tsx scripts/measuring/cluster-cost.ts`).
 *
 * The claims measured are the syndication set's (test/syndication: copies of 20 wire stories and
 * their near misses), joined one after another as ingest joins them: copies join their story's
 * cluster, the rest found their own. The 100,000 claims filed before them are sentences of
 * PolNeAR's training articles (POLNEAR_DIR) and, past those, sentences drawn from the same
 * articles' words at their frequencies: text with the words and the collisions of real news. A
 * claim reads only what is filed under its own 8 keys, so only those entries of the 100,000 are
 * written (the rest are computed, and would change neither what it reads nor what it pays).
 *
 * On dynalite: the items clustering reads and writes carry no index keys, so the units dynalite
 * reports are those AWS would bill; the claims' own writes, which land in four indexes, cost more
 * in AWS than dynalite says (the dynamodb section counts those on DynamoDB Local).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDocumentClient } from '#shared/aws/clients.ts';
import { readDocument } from '#shared/documents/read-document.ts';
import { extractClaims } from '#shared/extraction/extract-claims.ts';
import { clusterKeys, signed } from '#shared/review/clusters.ts';
import { batchWriteAll } from '#shared/store/batch-write.ts';
import { writeReading } from '#shared/store/claims.ts';
import { joinClusters, placeOnJoining, settleCluster } from '#shared/store/clusters.ts';
import { claimIdFor, clusterBandKey, clusterIdFor } from '#shared/store/keys.ts';
import { startDynamo } from '../../local/embedded-servers.ts';
import { buildSet } from '../../test/syndication/make-set.ts';
import { countDynamoDb, describeRequests, type DynamoDbCounts } from './dynamodb-counts.ts';

const TABLE = 'bench-clusters';
export const FILED_BEFORE = 100_000;

interface Measured {
  claims: number;
  join: DynamoDbCounts;
  write: DynamoDbCounts;
  joinMs: number;
  writeMs: number;
  clusters: number;
}

/** The syndication set's claims, as the extractor reads them, in the set's order. */
function syndicationClaims() {
  return buildSet().flatMap((article, i) => {
    const document = readDocument(Buffer.from(article.text));
    const articleId = String(i).padStart(20, '0');
    return extractClaims(document.text, { bodyStart: document.bodyStart, furniture: document.furniture }).map((c) => ({
      claimId: claimIdFor(articleId, c.content.text, c.speaker.name),
      articleId,
      text: c.content.text,
      kind: c.kind,
      speaker: { id: 'bench', name: c.speaker.name },
      content: c.content,
      source: c.source,
      cue: c.cue,
      confidence: c.confidence,
      checkworthiness: 0.5,
      extractorVersion: 'bench',
    }));
  });
}

/** Sentences of real news, and more drawn from their words at their frequencies, to FILED_BEFORE. */
function filedTexts(polnearDir: string | undefined): string[] {
  const sentences: string[] = [];
  if (polnearDir) {
    const dir = join(polnearDir, 'train', 'text');
    for (const name of readdirSync(dir)) for (const s of readFileSync(join(dir, name), 'utf8').split(/(?<=[.!?]["”’]?)\s+/)) if (s.split(/\s+/).length >= 6) sentences.push(s);
  } else {
    for (const a of buildSet()) sentences.push(...a.text.split(/(?<=[.!?]["”’]?)\s+/));
  }
  const words = sentences.flatMap((s) => s.split(/\s+/));
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const texts = sentences.slice(0, FILED_BEFORE);
  while (texts.length < FILED_BEFORE) texts.push(Array.from({ length: 8 + Math.floor(random() * 16) }, () => words[Math.floor(random() * words.length)]).join(' '));
  return texts;
}

/** Files the claims under the keys the measured claims will read: what they would find among FILED_BEFORE claims. */
async function fileBefore(client: ReturnType<typeof makeDocumentClient>, texts: string[], wanted: Set<string>): Promise<number> {
  const requests = texts.flatMap((text, i) => {
    const articleId = `f${String(i).padStart(19, '0')}`;
    const claimId = claimIdFor(articleId, text, 'filed');
    const claim = signed({ articleId, text, speaker: { name: `Speaker ${i % 997}` } });
    return clusterKeys(claim)
      .filter((key) => wanted.has(key))
      .map((key) => ({ PutRequest: { Item: { ...clusterBandKey(key, claimId), claimId, articleId, clusterId: clusterIdFor(claimId), createdAt: '2026-01-01T00:00:00.000Z', words: claim.signature.words, numbers: claim.signature.numbers, speaker: claim.speaker.name } } }));
  });
  for (let i = 0; i < requests.length; i += 500) await batchWriteAll(client, TABLE, requests.slice(i, i + 500));
  return requests.length;
}

async function joinAll(endpoint: string, claims: ReturnType<typeof syndicationClaims>): Promise<Measured> {
  const client = makeDocumentClient({ AWS_REGION: 'us-east-1', DYNAMODB_ENDPOINT: endpoint });
  const counter = countDynamoDb(client);
  const store = { client, table: TABLE };
  let join = counter.counts();
  let write = counter.counts();
  let joinMs = 0;
  let writeMs = 0;
  const clusters = new Set<string>();
  const createdAt = new Date('2026-12-02T10:00:00.000Z');
  for (const claim of claims) {
    counter.reset();
    let t = performance.now();
    const joined = (await joinClusters(store, [{ ...claim, createdAt: createdAt.toISOString() }])).get(claim.claimId);
    joinMs += performance.now() - t;
    const joinCounts = counter.counts();
    counter.reset();
    t = performance.now();
    await writeReading(store, claim, '0001', undefined, createdAt, createdAt, placeOnJoining(joined, claim.checkworthiness));
    writeMs += performance.now() - t;
    const writeCounts = counter.counts();
    counter.reset();
    t = performance.now();
    if (joined && !joined.founded) await settleCluster(store, joined.clusterId);
    joinMs += performance.now() - t;
    join = add(join, add(joinCounts, counter.counts()));
    write = add(write, writeCounts);
    if (joined) clusters.add(joined.clusterId);
  }
  client.destroy();
  return { claims: claims.length, join, write, joinMs, writeMs, clusters: clusters.size };
}

const add = (a: DynamoDbCounts, b: DynamoDbCounts): DynamoDbCounts => {
  const byCommand = { ...a.byCommand };
  for (const [name, c] of Object.entries(b.byCommand)) {
    const was = byCommand[name] ?? { requests: 0, readUnits: 0, writeUnits: 0, failed: 0 };
    byCommand[name] = { requests: was.requests + c.requests, readUnits: was.readUnits + c.readUnits, writeUnits: was.writeUnits + c.writeUnits, failed: was.failed + c.failed };
  }
  const t = (k: keyof DynamoDbCounts['total']) => a.total[k] + b.total[k];
  return { byCommand, total: { requests: t('requests'), readUnits: t('readUnits'), writeUnits: t('writeUnits'), failed: t('failed') } };
};

export async function measureClusterCost(polnearDir = process.env.POLNEAR_DIR): Promise<void> {
  const claims = syndicationClaims();
  const wanted = new Set(claims.flatMap((c) => clusterKeys(signed(c))));
  const texts = filedTexts(polnearDir);

  const empty = await startDynamo(null, 0, TABLE);
  const alone = await joinAll(empty.endpoint, claims).finally(() => empty.close());

  const full = await startDynamo(null, 0, TABLE);
  let filed: number;
  let crowded: Measured;
  try {
    const client = makeDocumentClient({ AWS_REGION: 'us-east-1', DYNAMODB_ENDPOINT: full.endpoint });
    filed = await fileBefore(client, texts, wanted);
    client.destroy();
    crowded = await joinAll(full.endpoint, claims);
  } finally {
    await full.close();
  }

  const per = (m: Measured, c: DynamoDbCounts) => `${(c.total.requests / m.claims).toFixed(1)} requests, ${(c.total.readUnits / m.claims).toFixed(2)} RCU, ${(c.total.writeUnits / m.claims).toFixed(2)} WCU`;
  console.log(`clustering (${claims.length} claims of the syndication set, joined one by one as ingest joins them; dynalite)`);
  console.log(`  into an empty table          per claim: ${per(alone, alone.join)}; ${(alone.joinMs / alone.claims).toFixed(1)} ms; ${alone.clusters} clusters`);
  console.log(`  with ${FILED_BEFORE.toLocaleString('en')} claims filed   per claim: ${per(crowded, crowded.join)}; ${(crowded.joinMs / crowded.claims).toFixed(1)} ms = ${(crowded.joinMs / alone.joinMs).toFixed(2)}× the empty table (${filed.toLocaleString('en')} entries of theirs under the measured claims' keys)`);
  console.log(`    by request: ${describeRequests(crowded.join, crowded.claims)}`);
  console.log(`  the claim's own write (baseline)  per claim: ${per(crowded, crowded.write)}; ${(crowded.writeMs / crowded.claims).toFixed(1)} ms: clustering adds ${(crowded.joinMs / crowded.writeMs).toFixed(2)}× the claim's own write time`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await measureClusterCost();
