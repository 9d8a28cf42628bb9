import { GetObjectCommand, NoSuchKey, type S3Client } from '@aws-sdk/client-s3';
import { readDocument, UnreadableDocument, type ArticleDocument } from '../documents/read-document.ts';
import { extractClaims } from '../extraction/extract-claims.ts';
import type { Claim } from '../api/schemas.ts';
import { beginProcessing, markFailed, markReady, normaliseSequencer, type ArticleStore } from '../store/articles.ts';
import { storeArticleText } from '../store/article-text.ts';
import { createClaim, listArticleClaims, restoreClaim, retireClaim } from '../store/claims.ts';
import { articleIdFor, claimIdFor } from '../store/keys.ts';

export interface IngestDeps {
  s3: S3Client;
  store: ArticleStore;
  maxBytes: number;
  now?: () => Date;
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

/** Claim writes in flight at once for one article: enough to hide latency, few enough not to throttle. */
const WRITE_CONCURRENCY = 8;

/**
 * One S3 object → one article with its claims, safe under redelivery, concurrency and
 * out-of-order events:
 *   - the article's id comes from the key, and the event's sequencer decides which upload of the
 *     key an article shows: an older upload's late event is refused (`superseded`);
 *   - each claim's id comes from its words and speaker, and claims are created only where absent,
 *     so a claim that a re-upload still says keeps its id, status and history;
 *   - claims a re-upload no longer says leave the review queue (retireClaim);
 *   - a file that can never be read ends `failed` with the reason; anything else throws, so the
 *     message is retried.
 */
export async function ingestObject(deps: IngestDeps, object: StoredObject): Promise<IngestOutcome> {
  const now = deps.now ?? (() => new Date());
  const articleId = articleIdFor(object.bucket, object.key);
  // an event without a sequencer (none from S3 itself) sorts before any that has one
  const sequencer = normaliseSequencer(object.sequencer ?? '0');
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
  try {
    const out = await deps.s3.send(new GetObjectCommand({ Bucket: object.bucket, Key: object.key, ...(object.versionId ? { VersionId: object.versionId } : {}) }));
    contentType = out.ContentType;
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
  if (!(await beginProcessing(deps.store, source, now()))) return { articleId, status: 'superseded' };

  let document: ArticleDocument;
  try {
    document = readDocument(bytes, { contentType: generic(contentType) ? undefined : contentType, key: object.key, maxBytes: deps.maxBytes });
  } catch (error) {
    if (!(error instanceof UnreadableDocument)) throw error;
    await markFailed(deps.store, articleId, sequencer, error.reason, now());
    return { articleId, status: 'failed', error: error.reason };
  }

  const started = performance.now();
  const createdAt = now().toISOString();
  const claims = new Map<string, Claim>();
  for (const c of extractClaims(document.text, { bodyStart: document.bodyStart })) {
    const claimId = claimIdFor(articleId, c.content.text, c.speaker.name);
    if (claims.has(claimId)) continue;
    claims.set(claimId, {
      claimId, articleId, text: c.content.text, kind: c.kind, speaker: c.speaker, content: c.content, source: c.source, cue: c.cue,
      confidence: c.confidence, status: 'pending', version: 0, history: [], createdAt, updatedAt: createdAt,
    });
  }
  const extracted = performance.now();

  const stored = new Map((await listArticleClaims(deps.store, articleId)).map((c) => [c.claimId, c]));
  await inBatches([...claims.values()], WRITE_CONCURRENCY, async (claim) => {
    const existing = stored.get(claim.claimId);
    if (!existing) await createClaim(deps.store, claim);
    else if (existing.retracted) await restoreClaim(deps.store, existing, now());
  });
  await inBatches([...stored.values()].filter((c) => !claims.has(c.claimId) && !c.retracted), WRITE_CONCURRENCY, (c) => retireClaim(deps.store, c, now()));
  await storeArticleText(deps.store, articleId, document.text, sequencer);
  const finished = await markReady(deps.store, articleId, sequencer, { claimCount: claims.size, format: document.format, title: document.title, publishedAt: document.publishedAt, dateline: document.dateline }, now());
  if (!finished) return { articleId, status: 'superseded' };
  return { articleId, status: 'ready', claimCount: claims.size, timings: { extractionMs: extracted - started, storageMs: performance.now() - extracted } };
}

/** `application/octet-stream` and its kin say nothing about the format: the key and the bytes decide. */
const generic = (type: string | undefined) => !type || /^(application|binary)\/octet-stream/i.test(type);

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}
