/**
 * usage: npm run --silent measure-upgrade -- GOLD_DIR [--from REV]
 * How many verdicts an extractor upgrade keeps. On in-process s3rver and dynalite: every article
 * of GOLD_DIR/text is ingested with the claim model of commit REV (default: the one before the
 * shipped model's last change) and that commit's content model (none if it had none), every claim is ruled on, then every article is read again with
 * the shipped extractor, as `npm run reprocess` does. Reviewers also correct and dismiss: of each
 * article's claims, every fifth (from the first) is given to another speaker and every fifth (from
 * the second) re-cut to its sentence's end before its verdict, and every fifth (from the third) is
 * dismissed instead. Prints the share of verdicts still on a live claim, how many of those changed
 * words or speaker (handed over, review/claim-identity.ts), every verdict retracted with its
 * reason, and how many corrections and dismissals the upgrade kept and whether it offered a second
 * claim for any words a reviewer had re-cut or dismissed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { startDynamo, startS3 } from '../../local/embedded-servers.ts';
import { makeDocumentClient, makeS3Client } from '#shared/aws/clients.ts';
import { extractClaims } from '#shared/extraction/extract-claims.ts';
import type { ClaimModel } from '#shared/extraction/models/claim-model.ts';
import type { ContentModel } from '#shared/extraction/models/content-model.ts';
import { ingestObject } from '#shared/ingest/ingest-object.ts';
import { review } from '#shared/review/verdicts.ts';
import { correct, dismiss } from '#shared/review/corrections.ts';
import { getClaim, listArticleClaims, recordCorrection, recordDismissal, recordReview } from '#shared/store/claims.ts';
import type { Claim } from '#shared/api/schemas.ts';
import { articleIdFor } from '#shared/store/keys.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { from: { type: 'string' } } });
if (positionals.length !== 1) {
  console.error('usage: npm run --silent measure-upgrade -- GOLD_DIR [--from REV]');
  process.exit(2);
}
const MODEL = 'shared/extraction/models/claim-model.json';
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
// the model's versions, newest first, each with the path it had then: the file has moved
const versions = git('log', '--follow', '--format=%h', '--name-only', '--', MODEL)
  .split(/\n+/)
  .reduce<Array<{ rev: string; path: string }>>((out, line, i, lines) => (i % 2 === 0 ? [...out, { rev: line, path: lines[i + 1] }] : out), []);
const shipped = git('rev-parse', `HEAD:${MODEL}`);
const version = values.from
  ? (versions.find((v) => v.rev.startsWith(values.from!) || values.from!.startsWith(v.rev)) ?? { rev: values.from, path: MODEL })
  : versions.find((v) => git('rev-parse', `${v.rev}:${v.path}`) !== shipped);
if (!version) throw new Error('the claim model has no earlier version to upgrade from');
const from = version.rev;
const previousModel = JSON.parse(git('show', `${version.rev}:${version.path}`)) as ClaimModel;
// the content model of that commit, or none when it had none (contents cut by the rules alone)
const CONTENT_MODEL = 'shared/extraction/models/content-model.json';
const hadContentModel = (() => {
  try {
    execFileSync('git', ['cat-file', '-e', `${from}:${CONTENT_MODEL}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const previousContentModel = hadContentModel ? (JSON.parse(git('show', `${from}:${CONTENT_MODEL}`)) as ContentModel) : null;

const dir = mkdtempSync(join(tmpdir(), 'measure-upgrade-'));
const bucket = 'articles';
const s3Server = await startS3(join(dir, 's3'), 0, [bucket]);
const dynamo = await startDynamo(null, 0, 'factcheck');
const s3 = makeS3Client({ AWS_REGION: 'us-east-1', S3_ENDPOINT: s3Server.endpoint });
const store = { client: makeDocumentClient({ AWS_REGION: 'us-east-1', DYNAMODB_ENDPOINT: dynamo.endpoint }), table: 'factcheck' };
const reviewer = { id: 'measure-upgrade', canWrite: true };

try {
  const textDir = join(positionals[0], 'text');
  const keys = readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort();
  const ruled = new Map<string, { status: string; text: string; speaker: string }>();
  const corrected = new Map<string, Pick<Claim, 'text' | 'speaker' | 'content'>>();
  const dismissed = new Map<string, Pick<Claim, 'content'>>();
  for (const key of keys) {
    const body = readFileSync(join(textDir, key));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
    await ingestObject({ s3, store, maxBytes: 1 << 24, extractorVersion: `claim model of ${from}`, extract: (text, options) => extractClaims(text, { ...options, claimModel: previousModel, contentModel: previousContentModel }) }, { bucket, key });
    const text = body.toString('utf8');
    for (const [i, read] of (await listArticleClaims(store, articleIdFor(bucket, key))).entries()) {
      let claim = read;
      if (i % 5 === 2) {
        claim = await recordDismissal(store, claim, claim.version, dismiss(claim, { reason: 'not-an-attribution', expectedVersion: claim.version }, reviewer, new Date()));
        dismissed.set(claim.claimId, claim);
        continue;
      }
      const sentenceEnd = text.indexOf('.', claim.content.end) + 1;
      const recut = i % 5 === 1 && sentenceEnd > claim.content.end ? { content: { start: claim.content.start, end: sentenceEnd } } : undefined;
      const respoken = i % 5 === 0 ? { speaker: { name: `Reviewer Named ${i}`, type: 'person' as const } } : undefined;
      if (recut || respoken) {
        claim = await recordCorrection(store, claim, claim.version, correct(claim, { ...recut, ...respoken, expectedVersion: claim.version }, text, reviewer, new Date()));
        corrected.set(claim.claimId, claim);
      }
      const verdict = i % 3 === 2 ? 'disputed' : 'verified';
      claim = await recordReview(store, claim, claim.version, review(claim, { verdict, expectedVersion: claim.version }, reviewer, new Date()));
      ruled.set(claim.claimId, { status: verdict, text: claim.text, speaker: claim.speaker.name });
    }
  }
  const before = new Set<string>();
  for (const key of keys) for (const c of await listArticleClaims(store, articleIdFor(bucket, key))) before.add(c.claimId);
  for (const key of keys) await ingestObject({ s3, store, maxBytes: 1 << 24 }, { bucket, key });

  let kept = 0;
  let handedOver = 0;
  const retracted: string[] = [];
  for (const [claimId, before] of ruled) {
    const after = await getClaim(store, claimId);
    if (after && !after.retracted && after.status === before.status) {
      kept++;
      if (after.history.some((e) => 'reread' in e && e.reread)) handedOver++;
    } else {
      retracted.push(`  ${claimId} (${before.speaker}: “${before.text.slice(0, 80)}”): ${after?.retractedReason ?? 'gone'}`);
    }
  }
  console.log(`extractor upgrade from the claim model of ${from} (${hadContentModel ? 'with its' : 'no'} content model) to the shipped extractor, ${keys.length} articles`);
  console.log(`verdicts kept on a live claim: ${kept} / ${ruled.size} = ${(kept / ruled.size).toFixed(4)}`);
  console.log(`  of which the claim's words or speaker changed (handed over, with a history entry): ${handedOver}`);
  console.log(`verdicts on retracted claims: ${retracted.length}`);
  for (const line of retracted) console.log(line);

  // only what the reviewer corrected is theirs: the extractor may re-cut the words of a claim whose speaker alone was corrected
  let correctionsKept = 0;
  const lost: string[] = [];
  for (const [claimId, before] of corrected) {
    const after = await getClaim(store, claimId);
    const fields = after?.corrected ?? [];
    const asLeft = (!fields.includes('speaker') || after!.speaker.name === before.speaker.name) && (!fields.includes('content') || (after!.text === before.text && after!.content.start === before.content.start));
    if (after && !after.retracted && fields.length > 0 && asLeft) correctionsKept++;
    else lost.push(`  ${claimId} (${before.speaker.name}: “${before.text.slice(0, 80)}”) now reads ${after ? `${after.speaker.name}: “${after.text.slice(0, 80)}”${after.retracted ? ', retracted' : ''}` : 'gone'}`);
  }
  let dismissalsKept = 0;
  for (const claimId of dismissed.keys()) if ((await getClaim(store, claimId))?.status === 'dismissed') dismissalsKept++;
  // a second claim for the same words: a claim the upgrade created, over half of whose words lie in a reviewed one's
  const offeredAgain: string[] = [];
  for (const key of keys) {
    const claims = await listArticleClaims(store, articleIdFor(bucket, key));
    for (const reviewed of claims.filter((c) => corrected.has(c.claimId) || dismissed.has(c.claimId))) {
      const span = (corrected.get(reviewed.claimId) ?? dismissed.get(reviewed.claimId))!.content;
      for (const c of claims.filter((c) => !before.has(c.claimId) && Math.min(c.content.end, span.end) - Math.max(c.content.start, span.start) > (c.content.end - c.content.start) / 2)) {
        offeredAgain.push(`  ${c.speaker.name}: “${c.text.slice(0, 80)}”, inside ${reviewed.status} ${reviewed.speaker.name}: “${reviewed.text.slice(0, 80)}”`);
      }
    }
  }
  console.log(`corrections kept (speaker and words as the reviewer left them, on a live claim): ${correctionsKept} / ${corrected.size}`);
  for (const line of lost) console.log(line);
  console.log(`dismissals kept: ${dismissalsKept} / ${dismissed.size}`);
  console.log(`new claims offered for words a reviewer re-cut or dismissed: ${offeredAgain.length}`);
  for (const line of offeredAgain) console.log(line);
} finally {
  await s3Server.close();
  await dynamo.close();
  rmSync(dir, { recursive: true, force: true });
}
