import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { makeDocumentClient, makeS3Client } from '#shared/aws/clients.ts';
import { getArticle } from '#shared/store/articles.ts';
import { articleIdFor } from '#shared/store/keys.ts';
import type { LocalStack } from '../../local/stack.ts';
import { signingKey, signReviewerToken } from '../../local/reviewer-tokens.ts';

const CLAIMS_TO_RULE = 1000;

export type LoadFigures = { rps: number; p50: number; p99: number; max: number; non2xx: number; total: number };

/** Uploads to the local stack, each resolving with its time once its article is processed. */
export function uploaderTo(stack: LocalStack) {
  const s3 = makeS3Client({ AWS_REGION: 'us-east-1', S3_ENDPOINT: stack.s3Endpoint });
  const store = { client: makeDocumentClient({ AWS_REGION: 'us-east-1', DYNAMODB_ENDPOINT: stack.dynamoEndpoint }), table: stack.tableName };
  const put = (key: string, body: Uint8Array) => s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body }));
  const uploadToIdle = async (key: string, body: Uint8Array) => {
    const t0 = performance.now();
    await put(key, body);
    for (;;) {
      const article = await getArticle(store, articleIdFor(stack.bucket, key));
      if (article && article.status !== 'processing') return performance.now() - t0;
      if (performance.now() - t0 > 10_000) throw new Error(`${key} was not processed within 10 s`);
      await new Promise((r) => setTimeout(r, 1));
    }
  };
  return { s3, store, put, uploadToIdle };
}

/** Load from a child process, awaited asynchronously: this process serves the requests (http-load.ts). */
export async function loadFromAnotherProcess(dataDir: string, options: Record<string, unknown>): Promise<LoadFigures> {
  const file = join(dataDir, 'load.json');
  writeFileSync(file, JSON.stringify({ connections: 10, ...options }));
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./http-load.ts', import.meta.url)), file], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as LoadFigures;
}

/**
 * The reviewer API under 10 connections from a second process, with 1,000 claims stored: the
 * queue page and verdicts on distinct claims, against GET /health on the same server. A verdict's
 * follow-up (seen-before, cluster, event) runs in the stack's process after each answer, as the
 * local stack does; its work shares the thread that answers.
 */
export async function measureApiLoad(stack: LocalStack, dataDir: string): Promise<void> {
  const { uploadToIdle } = uploaderTo(stack);
  const text = Array.from({ length: 50 }, (_, i) => `The analyst said that prices rose ${i} percent.`).join('\n\n');
  for (let a = 0; a < CLAIMS_TO_RULE / 50; a++) await uploadToIdle(`load-${a}.txt`, Buffer.from(text.replaceAll('analyst', `analyst ${a}`)));
  const token = await signReviewerToken(signingKey(dataDir), 'bench');
  const claimIds: string[] = [];
  for (let cursor: string | null = null; ; ) {
    const page = (await (await fetch(`${stack.apiUrl}/claims?status=pending&clusters=false&limit=100${cursor ? `&cursor=${cursor}` : ''}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { items: Array<{ claimId: string }>; nextCursor: string | null };
    claimIds.push(...page.items.map((c) => c.claimId));
    if (!(cursor = page.nextCursor)) break;
  }
  const load = (options: Record<string, unknown>) => loadFromAnotherProcess(dataDir, options);
  const health = await load({ url: `${stack.apiUrl}/health`, method: 'GET', seconds: 5 });
  const queue = await load({ url: `${stack.apiUrl}/claims?status=pending&limit=20`, method: 'GET', token, seconds: 5 });
  const writes = await load({ url: stack.apiUrl, method: 'PUT', token, verdictsFor: claimIds.slice(0, CLAIMS_TO_RULE) });
  const loadEnded = performance.now();
  await stack.idle();
  const caughtUpMs = performance.now() - loadEnded;
  const row = (name: string, r: LoadFigures, note = '') =>
    console.log(`  ${name.padEnd(26)} ${Math.round(r.rps).toLocaleString('en').padStart(6)} req/s = ${(r.rps / health.rps).toFixed(2)}× the baseline   p50 ${r.p50} ms  p99 ${r.p99} ms${note}`);
  console.log(`API (local stack, 10 connections from a second process; ${claimIds.length} claims in the table)`);
  row('GET /health (baseline)', health);
  row('GET /claims (queue, 20)', queue);
  row('PUT verdict', writes, `  (${writes.total} writes, ${writes.non2xx} not 200; target p99 < 100 ms)`);
  console.log(`  their follow-ups (seen-before, cluster, event), after the answers: all done ${(caughtUpMs / 1000).toFixed(2)} s after the last answer`);
}
