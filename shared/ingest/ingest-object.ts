import { GetObjectCommand, NoSuchKey, type S3Client } from '@aws-sdk/client-s3';
import { readDocument, UnreadableDocument } from '../documents/read-document.ts';
import { extractClaims } from '../extraction/extract-claims.ts';
import type { Claim } from '../api/schemas.ts';
import { startProcessing, markFailed, markReady, type ArticleStore } from '../store/articles.ts';
import { deleteClaims, listArticleClaims, putNewClaims } from '../store/claims.ts';
import { articleIdFor, claimIdFor } from '../store/keys.ts';

export interface IngestDeps {
  s3: S3Client;
  store: ArticleStore;
  maxBytes: number;
  now?: () => Date;
}

export interface StoredObject {
  bucket: string;
  key: string;
  etag?: string;
}

export type IngestOutcome = { articleId: string; status: 'ready'; claimCount: number } | { articleId: string; status: 'failed'; error: string } | { articleId: string; status: 'gone' };

/**
 * One S3 object → one article with its claims. Safe to repeat: the article's id comes from the
 * object's key and each claim's id from its words and speaker, so a redelivered event rewrites
 * nothing a reviewer did. A file that cannot be read ends as a `failed` article with the reason;
 * anything else (S3, DynamoDB) throws so the message is retried.
 */
export async function ingestObject(deps: IngestDeps, object: StoredObject): Promise<IngestOutcome> {
  const now = deps.now ?? (() => new Date());
  const articleId = articleIdFor(object.bucket, object.key);
  let bytes: Uint8Array;
  try {
    const out = await deps.s3.send(new GetObjectCommand({ Bucket: object.bucket, Key: object.key }));
    bytes = await out.Body!.transformToByteArray();
  } catch (error) {
    if (error instanceof NoSuchKey) return { articleId, status: 'gone' };
    throw error;
  }
  await startProcessing(deps.store, { articleId, bucket: object.bucket, key: object.key, etag: object.etag }, now());

  let document;
  try {
    document = readDocument(bytes, deps.maxBytes);
  } catch (error) {
    if (!(error instanceof UnreadableDocument)) throw error;
    await markFailed(deps.store, articleId, error.reason, now());
    return { articleId, status: 'failed', error: error.reason };
  }

  const createdAt = now().toISOString();
  const extracted = extractClaims(document.text, { bodyStart: document.bodyStart });
  const claims = new Map<string, Claim>();
  for (const c of extracted) {
    const claimId = claimIdFor(articleId, c.content.text, c.speaker.name);
    if (claims.has(claimId)) continue;
    claims.set(claimId, {
      claimId, articleId, text: c.content.text, kind: c.kind, speaker: c.speaker, content: c.content, source: c.source, cue: c.cue,
      confidence: c.confidence, status: 'pending', version: 0, history: [], createdAt, updatedAt: createdAt,
    });
  }
  const stored = await listArticleClaims(deps.store, articleId);
  const storedIds = new Set(stored.map((c) => c.claimId));
  await putNewClaims(deps.store, [...claims.values()].filter((c) => !storedIds.has(c.claimId)));
  await deleteClaims(deps.store, stored.filter((c) => !claims.has(c.claimId)).map((c) => c.claimId));
  await markReady(deps.store, articleId, { claimCount: claims.size, title: document.title, publishedAt: document.publishedAt, dateline: document.dateline }, now());
  return { articleId, status: 'ready', claimCount: claims.size };
}
