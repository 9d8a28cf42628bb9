import { GetObjectCommand, NoSuchKey, type S3Client } from '@aws-sdk/client-s3';
import { readDocument, UnreadableDocument, type ArticleDocument } from '../documents/read-document.ts';
import { extractClaims, type ExtractedClaim, type ExtractOptions } from '../extraction/extract-claims.ts';
import type { CastMember } from '../extraction/speakers/cast.ts';
import { detectLanguage, languageName } from '../documents/language.ts';
import type { Checkworthiness } from '../checkworthiness/model.ts';
import { EXTRACTOR_VERSION } from '../extraction/extractor-version.ts';
import { claimIdsFor, rereadsReviewedWords } from '../review/claim-identity.ts';
import { speakerOf } from '../review/speaker-identity.ts';
import { PIECE_JOINER, wordsSaid } from '../extraction/attributions/split-quotes.ts';
import { beginProcessing, getArticle, markFailed, markReady, normaliseSequencer, type ArticleStore } from '../store/articles.ts';
import { dropArticleText, storeArticleText } from '../store/article-text.ts';
import { getStoredClaim, listStoredClaims, retireClaim, withdrawCreated, writeReading, type Reading, type StoredClaim } from '../store/claims.ts';
import { isPermanentRefusal } from '../store/dynamodb-limits.ts';
import { recordSpeakers } from '../store/speakers.ts';
import { fileRuledClaim, findSeenBefore, unfileClaim } from '../store/seen-before.ts';
import { joinClusters, placeOnJoining, settleCluster } from '../store/clusters.ts';
import { articleIdFor, claimIdFor } from '../store/keys.ts';

export interface IngestDeps {
  s3: S3Client;
  store: ArticleStore;
  maxBytes: number;
  now?: () => Date;
  /** how long the function has left (Lambda's context); without it, ingest budgets no time */
  remainingMs?: () => number;
  /** the extraction to read with, and its version: the shipped one unless an upgrade is being measured */
  extract?: (text: string, options: ExtractOptions) => Array<ExtractedClaim & Partial<Checkworthiness>>;
  extractorVersion?: string;
}

/** An object named by an S3 ObjectCreated event. */
export interface StoredObject {
  bucket: string;
  key: string;
  etag?: string;
  versionId?: string;
  size?: number;
  /** S3's ordering of the events of one key; hex */
  sequencer?: string;
}

export type IngestOutcome =
  | { articleId: string; status: 'ready'; claimCount: number; timings: { extractionMs: number; storageMs: number } }
  | { articleId: string; status: 'failed'; error: string }
  /** the object was deleted since the event */
  | { articleId: string; status: 'gone' }
  /** a later upload of the same key was processed, or is being: this event is out of date */
  | { articleId: string; status: 'superseded' };

/**
 * What ingest budgets time with, when the function tells it how long it has left: extraction reads
 * at least ~80,000 words a second on a Lambda with 1 GB (a third of what `npm run bench` measures
 * on one core here, where 5 MB takes 4 s), and a text's words are about six characters each. An
 * article that cannot be read and stored in the time left fails at once with the reason, instead
 * of timing out on every delivery.
 */
const WORST_WORDS_PER_SECOND = 80_000;
const CHARS_PER_WORD = 6;
const STORAGE_RESERVE_MS = 20_000;

/** What the extractor reads; `und` (too little text to tell) is tried as English. */
const READ_LANGUAGES = new Set(['en', 'und']);

/** Claim writes in flight at once for one article: enough to hide latency, few enough not to throttle. */
const WRITE_CONCURRENCY = 8;

/**
 * One S3 object → one article with its claims, safe under redelivery, concurrency and
 * out-of-order events:
 *   - the article's id comes from the key, and the event's sequencer decides which upload of the
 *     key an article shows: an older upload's late event is refused (`superseded`);
 *   - each claim's id comes from its words and speaker, or from the ruled claim it continues
 *     (review/claim-identity.ts), so a claim that a re-upload or a newer extractor still says
 *     keeps its id, status and history;
 *   - every write is fenced by the sequencer, so an older upload still running never changes what
 *     a newer one wrote;
 *   - claims a re-upload no longer says leave the review queue (retireClaim);
 *   - a write DynamoDB can never accept fails the article at once, with the reason;
 *   - a file that can never be read ends `failed` with the reason; anything else throws, so the
 *     message is retried.
 */
export async function ingestObject(deps: IngestDeps, object: StoredObject): Promise<IngestOutcome> {
  const now = deps.now ?? (() => new Date());
  const articleId = articleIdFor(object.bucket, object.key);
  // an event without a sequencer is a reprocess request (reprocess.ts), never S3's own: it re-reads
  // the upload the article shows, and sorts before any later upload's event
  const sequencer = normaliseSequencer(object.sequencer ?? (await getArticle(deps.store, articleId))?.sourceSequencer ?? '0');
  const source = { articleId, bucket: object.bucket, key: object.key, etag: object.etag, sequencer };

  const refuseOversized = async (size: number): Promise<IngestOutcome> => {
    if (!(await beginProcessing(deps.store, source, now()))) return { articleId, status: 'superseded' };
    const error = `the file is ${size} bytes, over the limit of ${deps.maxBytes} bytes`;
    await markFailed(deps.store, articleId, sequencer, error, now());
    return { articleId, status: 'failed', error };
  };
  if (object.size !== undefined && object.size > deps.maxBytes) return refuseOversized(object.size);

  let bytes: Uint8Array;
  let contentType: string | undefined;
  let uploadedAt: Date | undefined;
  try {
    const out = await deps.s3.send(new GetObjectCommand({ Bucket: object.bucket, Key: object.key, ...(object.versionId ? { VersionId: object.versionId } : {}) }));
    contentType = out.ContentType;
    uploadedAt = out.LastModified;
    if ((out.ContentLength ?? 0) > deps.maxBytes) {
      // the event did not say the size: stop the download and refuse it
      (out.Body as { destroy?: () => void } | undefined)?.destroy?.();
      return refuseOversized(out.ContentLength!);
    }
    bytes = await out.Body!.transformToByteArray();
  } catch (error) {
    if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return { articleId, status: 'gone' };
    throw error;
  }
  if (!(await beginProcessing(deps.store, { ...source, uploadedAt }, now()))) return { articleId, status: 'superseded' };

  const fail = async (reason: string): Promise<IngestOutcome> => {
    await markFailed(deps.store, articleId, sequencer, reason, now());
    return { articleId, status: 'failed', error: reason };
  };
  let document: ArticleDocument;
  let readings: ReturnType<NonNullable<IngestDeps['extract']>>;
  let language = 'und';
  let people: CastMember[] | undefined;
  const started = performance.now();
  try {
    document = readDocument(bytes, { contentType: generic(contentType) ? undefined : contentType, key: object.key, maxBytes: deps.maxBytes });
    const words = document.text.length / CHARS_PER_WORD;
    if (deps.remainingMs && words / WORST_WORDS_PER_SECOND + STORAGE_RESERVE_MS / 1000 > deps.remainingMs() / 1000) {
      return fail(`the article is too long to read within the function's time limit (${Math.round(words).toLocaleString('en')} words)`);
    }
    language = detectLanguage(document.text.slice(document.bodyStart));
    // the extractor reads English: another language gets no claims, and says so
    readings = READ_LANGUAGES.has(language) ? (deps.extract ?? extractClaims)(document.text, { bodyStart: document.bodyStart, furniture: document.furniture, observeCast: (cast) => (people = cast) }) : [];
  } catch (error) {
    if (error instanceof UnreadableDocument) return fail(error.reason);
    // the same bytes overflow the same stack every time: no delivery can succeed
    if (error instanceof RangeError) return fail(`the file could not be read: ${error.message}`);
    throw error;
  }
  const extracted = performance.now();

  try {
    const { claimCount, created, clusters } = await storeReadings(deps, articleId, sequencer, document.text, readings, { now: now(), uploadedAt: uploadedAt ?? now() });
    const finished = await markReady(deps.store, articleId, sequencer, {
      claimCount, format: document.format, title: document.title, lead: leadOf(document.text, document.bodyStart), bodyStart: document.bodyStart,
      publishedAt: document.publishedAt, dateline: document.dateline, url: document.url, language, people,
      warning: READ_LANGUAGES.has(language) ? undefined : `written in ${languageName(language)}, which the extractor does not read: no claims were extracted`,
    }, now());
    if (!finished) {
      // a later upload began meanwhile: what it read before these writes it has fenced, what it
      // could not see is withdrawn here (only what still carries this upload's sequencer)
      await withdrawCreated(deps.store, created, sequencer, now());
      // a cluster a withdrawn claim led is led by another of its members, or by none
      await inBatches(clusters, WRITE_CONCURRENCY, (clusterId) => settleCluster(deps.store, clusterId));
      await dropArticleText(deps.store, articleId, { of: sequencer });
      return { articleId, status: 'superseded' };
    }
    await dropArticleText(deps.store, articleId, { olderThan: sequencer });
    return { articleId, status: 'ready', claimCount, timings: { extractionMs: extracted - started, storageMs: performance.now() - extracted } };
  } catch (error) {
    if (!isPermanentRefusal(error)) throw error;
    // no retry can store what DynamoDB refuses: say so now rather than after every delivery
    const reason = `the article's claims could not be stored: ${(error as Error).message}`;
    await markFailed(deps.store, articleId, sequencer, reason, now());
    return { articleId, status: 'failed', error: reason };
  }
}

/**
 * Writes one upload's readings of an article: each under the id claim-identity gives it (so a
 * verdict survives a redrawn boundary or a better-resolved speaker), every write fenced by the
 * upload's sequencer; retires what the upload no longer says; stores the text under the upload's
 * own key. Returns how many claims the upload says and which it created.
 */
async function storeReadings(deps: IngestDeps, articleId: string, sequencer: string, text: string, readings: Array<ExtractedClaim & Partial<Checkworthiness>>, at: { now: Date; uploadedAt: Date }): Promise<{ claimCount: number; created: string[]; clusters: string[] }> {
  const stored = await listStoredClaims(deps.store, articleId);
  const read = readings.map((r) => ({
    articleId, text: wordsSaid(r.content), kind: r.kind, speaker: speakerOf(r, articleId), content: r.content, source: r.source, cue: r.cue,
    confidence: r.confidence, checkworthiness: r.checkworthiness, signals: r.signals, extractorVersion: deps.extractorVersion ?? EXTRACTOR_VERSION,
  }));
  const ids = claimIdsFor(read, stored, (r) => claimIdFor(articleId, r.text, r.speaker.name));
  const storedIds = new Set(stored.map((c) => c.claimId));
  const said = new Map<string, Reading>();
  read.forEach((r, i) => {
    if (said.has(ids[i]) || (!storedIds.has(ids[i]) && rereadsReviewedWords(r, stored))) return;
    said.set(ids[i], { claimId: ids[i], ...r });
  });
  const byId = new Map(stored.map((c) => [c.claimId, c]));
  // a claim joins the cluster of the claims other articles carry that say the same, or founds one,
  // once: then it keeps its cluster, and a claim a reviewer took out of one stays out
  const joining = [...said.values()].filter((r) => {
    const prior = byId.get(r.claimId);
    return prior?.clusterId === undefined && !prior?.leftCluster;
  });
  // a claim joining reads its keys' partitions once, for its cluster and for the verdicts it has seen
  // before; a claim already in its cluster reads only the verdicts
  const joiningIds = new Set(joining.map((r) => r.claimId));
  const [joins] = await Promise.all([
    joinClusters(deps.store, joining.map((r) => ({ ...r, createdAt: at.uploadedAt.toISOString() }))),
    inBatches([...said.values()].filter((r) => !joiningIds.has(r.claimId)), WRITE_CONCURRENCY, async (reading) => {
      reading.seenBefore = await findSeenBefore(deps.store, reading.claimId, reading.text);
    }),
  ]);
  for (const reading of joining) reading.seenBefore = joins.get(reading.claimId)?.seenBefore ?? [];
  const created: string[] = [];
  const toSettle = new Set<string>();
  const clusters = new Set<string>();
  await inBatches([...said.values()], WRITE_CONCURRENCY, async (reading) => {
    const prior = byId.get(reading.claimId);
    const joined = joins.get(reading.claimId);
    if (joined && !joined.founded) toSettle.add(joined.clusterId);
    if (joined) clusters.add(joined.clusterId);
    if ((await writeReading(deps.store, reading, sequencer, prior, at.now, at.uploadedAt, placeOnJoining(joined, reading.checkworthiness))) === 'created') created.push(reading.claimId);
    // a ruled claim the article says again after a version that retracted it: its verdict is offered to later claims again
    if (prior?.retracted && (prior.status === 'verified' || prior.status === 'disputed')) {
      const back = await getStoredClaim(deps.store, reading.claimId);
      if (back && !back.retracted) await fileRuledClaim(deps.store, back);
    }
  });
  // a reviewer's reading stands while the text still says it: a claim they corrected or dismissed is
  // kept even when no new reading continues it; a ruled one is retracted, with the reason
  const standing = (c: StoredClaim) => reviewersOwn(c) && (c.content.pieces ?? [c.content]).map((p) => text.slice(p.start, p.end)).join(PIECE_JOINER) === c.text;
  const unsaid = stored.filter((c) => !said.has(c.claimId) && !standing(c));
  const kept = stored.filter((c) => !said.has(c.claimId) && standing(c)).length;
  await inBatches(unsaid, WRITE_CONCURRENCY, async (claim) => {
    // a retracted claim's verdict is offered to no later claim: the article no longer says it
    if ((await retireClaim(deps.store, claim, sequencer, RETRACTED_REASON, at.now)) === 'written' && claim.status !== 'pending') await unfileClaim(deps.store, claim);
  });
  // the clusters claims joined are settled with them, and a cluster a retired claim led is led by another member
  for (const claim of unsaid) if (claim.clusterId && claim.sharesCluster) toSettle.add(claim.clusterId);
  await inBatches([...toSettle], WRITE_CONCURRENCY, (clusterId) => settleCluster(deps.store, clusterId));
  await recordSpeakers(deps.store, [...said.values()].map((r) => r.speaker));
  await storeArticleText(deps.store, articleId, text, sequencer);
  return { claimCount: said.size + kept, created, clusters: [...clusters] };
}

/** A claim whose reading a reviewer made their own: corrected, or dismissed (kept out of review). */
const reviewersOwn = (c: StoredClaim) => (c.corrected?.length ?? 0) > 0 || c.status === 'dismissed';

/** Why a ruled claim left review: no reading of the article's newest version continues it (claim-identity.ts). */
const RETRACTED_REASON = 'no claim in the newest reading of the article continues it';

/** The body's first sentence, shortened at a word: what a reader takes an untitled article by. */
function leadOf(text: string, bodyStart: number): string | undefined {
  const body = text.slice(bodyStart).trim();
  const sentence = /^[\s\S]*?[.!?](?=["”’]?\s|$)/.exec(body)?.[0] ?? body;
  const line = sentence.split('\n')[0].replace(/\s+/g, ' ').trim();
  if (!line) return undefined;
  return line.length <= LEAD_CHARS ? line : `${line.slice(0, line.lastIndexOf(' ', LEAD_CHARS)).replace(/[,;:]$/, '')}…`;
}
const LEAD_CHARS = 100;

/** `application/octet-stream` and its kin say nothing about the format: the key and the bytes decide. */
const generic = (type: string | undefined) => !type || /^(application|binary)\/octet-stream/i.test(type);

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}
