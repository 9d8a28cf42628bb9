import { z } from 'zod';
import { spanSchema } from '../extraction/tokens/span.ts';

/** The shapes of CONTRACT.md §4: one schema each, shared by the API, its OpenAPI document and the tests. */
export const claimStatusSchema = z.enum(['pending', 'verified', 'disputed', 'dismissed']);
export const claimKindSchema = z.enum(['direct', 'indirect', 'mixed']);
export const dismissalReasonSchema = z.enum(['not-an-attribution', 'not-checkable', 'duplicate']);
export const verdictSchema = z.enum(['verified', 'disputed']);
export const articleStatusSchema = z.enum(['processing', 'ready', 'failed']);

export const speakerTypeSchema = z.enum(['person', 'organisation', 'group', 'document', 'anonymous']);
export const speakerSchema = z.object({
  /** the same for the same canonical name in every article (review/speaker-identity.ts) */
  id: z.string(),
  name: z.string(),
  title: z.string().optional(),
  type: speakerTypeSchema.optional(),
  /** the words the article names them with, where they differ from the name (`the ambassador`) */
  mention: z.string().optional(),
  /** 0..1: how sure extraction is of the speaker (extraction/speakers/speaker-confidence.ts); 1 for a speaker a reviewer gave */
  confidence: z.number().min(0).max(1).optional(),
});

/** A speaker's record: their claims under review by status (a dismissed claim is no claim of theirs). */
const recordCountsSchema = z.object({ pending: z.number().int(), verified: z.number().int(), disputed: z.number().int() });
/** An article's claims by status, the dismissed among them. */
const statusCountsSchema = recordCountsSchema.extend({ dismissed: z.number().int() });

export const speakerSummarySchema = z.object({
  speakerId: z.string(),
  name: z.string(),
  type: speakerTypeSchema,
  title: z.string().optional(),
  counts: recordCountsSchema,
});

export const MAX_NOTE_LENGTH = 2000;
export const MAX_EVIDENCE = 5;
/** Links a reviewer cites for a verdict: web pages only, no `javascript:` or `file:` URLs. */
export const evidenceSchema = z.array(z.url({ protocol: /^https?$/ }).max(2048)).max(MAX_EVIDENCE);

export const verdictEntrySchema = z.object({
  action: z.literal('verdict').optional(),
  verdict: verdictSchema,
  reviewer: z.string(),
  note: z.string().optional(),
  evidence: evidenceSchema.optional(),
  at: z.string(),
  /**
   * set on the entry a newer extractor writes when its reading of a ruled claim differs (other
   * words, another speaker): the verdict stands, and the entry keeps what the reviewer ruled on
   */
  reread: z.object({ extractorVersion: z.string(), previous: z.object({ text: z.string(), speaker: z.string() }) }).optional(),
  /** the earlier claim, saying the same, whose verdict the reviewer applied here */
  sameAs: z.string().optional(),
  /** the verdict was given to the claim's whole cluster (`scope: "cluster"`) through the claim `via` */
  cluster: z.object({ id: z.string(), via: z.string() }).optional(),
});

/** A claim's attribution fields as a correction saw them, before or after (only those it changed). */
const readingFieldsSchema = z.object({
  text: z.string().optional(),
  speaker: speakerSchema.optional(),
  content: spanSchema.optional(),
  cue: spanSchema.nullable().optional(),
  kind: claimKindSchema.optional(),
});

export const correctionEntrySchema = z.object({
  action: z.literal('corrected'),
  reviewer: z.string(),
  at: z.string(),
  note: z.string().optional(),
  before: readingFieldsSchema,
  after: readingFieldsSchema,
  /** made for the claim's whole cluster (`scope: "cluster"`) through the claim `via` */
  cluster: z.object({ id: z.string(), via: z.string() }).optional(),
});

export const dismissalEntrySchema = z.object({
  action: z.literal('dismissed'),
  reviewer: z.string(),
  at: z.string(),
  reason: dismissalReasonSchema,
  /** the status the claim had when it was dismissed */
  previousStatus: claimStatusSchema,
  duplicateOf: z.string().optional(),
  note: z.string().optional(),
  /** made for the claim's whole cluster (`scope: "cluster"`) through the claim `via` */
  cluster: z.object({ id: z.string(), via: z.string() }).optional(),
});

export const reopenEntrySchema = z.object({ action: z.literal('reopened'), reviewer: z.string(), at: z.string(), note: z.string().optional() });

/** A reviewer took the claim out of its cluster: it was not the same claim after all. */
export const clusterLeftEntrySchema = z.object({ action: z.literal('left-cluster'), reviewer: z.string(), at: z.string(), clusterId: z.string(), note: z.string().optional() });

/** One step of a claim's review: a verdict (with no `action`, as entries before corrections were), a correction, a dismissal, a reopening or leaving a cluster. */
export const historyEntrySchema = z.union([verdictEntrySchema, correctionEntrySchema, dismissalEntrySchema, reopenEntrySchema, clusterLeftEntrySchema]);

export const claimSchema = z.object({
  claimId: z.string(),
  articleId: z.string(),
  text: z.string(),
  kind: claimKindSchema,
  speaker: speakerSchema,
  /** `pieces` when the reporting clause splits the words (`“A,” she said. “B.”`): the claim's `text` is then the pieces joined by ` … `, the content's the whole span's */
  content: spanSchema.extend({ pieces: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })).optional() }),
  source: spanSchema.nullable(),
  cue: spanSchema.nullable(),
  confidence: z.number().min(0).max(1),
  /** how likely a fact-checker is to find this a check-worthy factual claim (checkworthiness/model.ts) */
  checkworthiness: z.number().min(0).max(1).optional(),
  /** why, in words: a number or statistic, a comparison, … an opinion, a prediction (checkworthiness/signals.ts) */
  signals: z.array(z.string()).optional(),
  status: claimStatusSchema,
  version: z.number().int().nonnegative(),
  /** the newest entries (at most MAX_HISTORY_IN_ITEM); GET /claims/{claimId}/history pages through all */
  history: z.array(historyEntrySchema),
  /** ruled claims that said the same before (review/seen-before.ts), latest first */
  seenBefore: z.array(z.object({ claimId: z.string(), articleId: z.string(), status: claimStatusSchema, reviewer: z.string().optional(), at: z.string() })).optional(),
  /** which extraction read the claim (extraction/extractor-version.ts) */
  extractorVersion: z.string().optional(),
  /** the words were longer than a claim stores: `text` holds the first MAX_CLAIM_CHARS, the article's text all */
  truncated: z.literal(true).optional(),
  /** a newer version of the article, or a newer extractor, no longer says this; kept because a reviewer ruled on it */
  retracted: z.boolean().optional(),
  retractedReason: z.string().optional(),
  /** the fields a reviewer corrected (PUT /claims/{claimId}/attribution): theirs now, never re-read by an extractor */
  corrected: z.array(z.enum(['speaker', 'content', 'cue', 'kind'])).optional(),
  /** the extractor's reading before the first correction: what the claim was found by, and the audit trail's start */
  original: z.object({ text: z.string(), speaker: speakerSchema, content: spanSchema, cue: spanSchema.nullable(), kind: claimKindSchema }).optional(),
  /** on a speaker's claims (GET /speakers/{speakerId}/claims): the article each appeared in */
  article: z.object({ key: z.string(), title: z.string().optional(), lead: z.string().optional(), publishedAt: z.string().optional() }).optional(),
  /** why a reviewer took the claim out of review (status `dismissed`) */
  dismissal: z.object({ reason: dismissalReasonSchema, duplicateOf: z.string().optional(), reviewer: z.string(), at: z.string() }).optional(),
  /** the claims of other articles that say the same (review/clusters.ts): GET /clusters/{id} lists them; absent for a claim no other article carries */
  cluster: z.object({ id: z.string(), size: z.number().int().min(2) }).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const articleSchema = z.object({
  articleId: z.string(),
  bucket: z.string(),
  key: z.string(),
  title: z.string().optional(),
  publishedAt: z.string().optional(),
  dateline: z.string().optional(),
  /** the body's first sentence, shortened: what the desk names an untitled article by */
  lead: z.string().optional(),
  /** where the article was published, when its upload said (a JSON upload's `url`) */
  url: z.string().optional(),
  /** the language the article is written in (ISO 639-1; `und` when too short to tell) */
  language: z.string().optional(),
  /** what a reviewer should know about the reading: a language the extractor does not read */
  warning: z.string().optional(),
  /** the people, organisations and groups the article names, most likely speakers first: what a reviewer gives a claim to */
  people: z.array(z.object({ name: z.string(), type: speakerTypeSchema, title: z.string().optional() })).optional(),
  /** where the body starts in the text: before it, a header such as `date 2022-03-24 BEIJING:` */
  bodyStart: z.number().int().nonnegative().optional(),
  status: articleStatusSchema,
  error: z.string().optional(),
  format: z.enum(['text', 'markdown', 'html', 'json']).optional(),
  claimCount: z.number().int().nonnegative(),
  counts: statusCountsSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const verdictRequestSchema = z.strictObject({
  verdict: verdictSchema,
  note: z.string().max(MAX_NOTE_LENGTH).optional(),
  evidence: evidenceSchema.optional(),
  /** apply the verdict of this earlier claim, which says the same (its `seenBefore`) */
  sameAs: z.string().regex(/^[0-9a-f]{20}-[0-9a-f]{12}$/, 'not a claim id').optional(),
  /** `cluster`: the verdict is given to every pending member of the claim's cluster too, each member's history saying so */
  scope: z.enum(['claim', 'cluster']).default('claim'),
  expectedVersion: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
});


const CLAIM_ID_PATTERN = /^[0-9a-f]{20}-[0-9a-f]{12}$/;
/** A run of the article's text named by its offsets (the claims' own: JavaScript string indices, end exclusive). */
const offsetsSchema = z.strictObject({ start: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER), end: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER) });
export const MAX_SPEAKER_NAME = 200;

/** Pieces a reviewer may give a claim's words: the quotes either side of a reporting clause, and a few more. */
export const MAX_PIECES = 8;

export const correctionRequestSchema = z.strictObject({
  speaker: z.strictObject({ name: z.string().trim().min(1, 'a speaker needs a name').max(MAX_SPEAKER_NAME), type: speakerTypeSchema, title: z.string().max(MAX_SPEAKER_NAME).optional() }).optional(),
  /**
   * the words' span; `pieces`, the words said within it when a reporting clause interrupts them
   * (one piece: not split). Without `pieces` a span holding the claim's cue is split at it, as the
   * extractor splits (`“A,” she said. “B.”`)
   */
  content: offsetsSchema.extend({ pieces: z.array(offsetsSchema).min(1).max(MAX_PIECES).optional() }).optional(),
  /** null takes the cue away: the words are attributed by no verb (a headline quote) */
  cue: offsetsSchema.nullable().optional(),
  kind: claimKindSchema.optional(),
  note: z.string().max(MAX_NOTE_LENGTH).optional(),
  /** `cluster`: the speaker and kind are corrected in every copy of the claim too (words and cue are each article's own) */
  scope: z.enum(['claim', 'cluster']).default('claim'),
  expectedVersion: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
});

export const dismissalRequestSchema = z.strictObject({
  reason: dismissalReasonSchema,
  duplicateOf: z.string().regex(CLAIM_ID_PATTERN, 'not a claim id').optional(),
  note: z.string().max(MAX_NOTE_LENGTH).optional(),
  /** `cluster`: every copy of the claim in other articles is dismissed too */
  scope: z.enum(['claim', 'cluster']).default('claim'),
  expectedVersion: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
});


export const MAX_PAGE = 100;

/** Articles a page of the review export reads: each brings its text and claims. */
export const MAX_EXPORT_PAGE = 20;
/**
 * The longest cursor the API takes back: longer than any it issues (store/cursor.ts bounds them
 * whatever the data), short enough that a crafted one is refused before it is decoded.
 */
export const MAX_CURSOR_CHARS = 2048;

/**
 * Query parameters arrive as strings, and zod's coerce reads them as JavaScript's Number does:
 * `0x10` as 16, `1e1` as 10, `` and ` ` as 0. A number in a query is plain decimal digits.
 */
const decimal = (pattern: RegExp, expected: string) => z.string().regex(pattern, `expected ${expected}, in decimal digits`).transform(Number);
const PAGE_SIZE = `a whole number from 1 to ${MAX_PAGE}`;
const limitSchema = decimal(/^\d{1,3}$/, PAGE_SIZE).pipe(z.number().int().min(1, `expected ${PAGE_SIZE}`).max(MAX_PAGE, `expected ${PAGE_SIZE}`)).default(20);
const cursorSchema = z.string().max(MAX_CURSOR_CHARS, 'cursor is not one this API issued').optional();
/** A speaker's name as a filter or the start of one as a search: no name holds control characters. */
const nameSchema = z.string().min(1).max(200).regex(/^\P{Cc}*$/u, 'a name has no control characters');

/**
 * A query's schema: strict, so that a parameter the API does not know (`junk`, `__proto__`,
 * `constructor`) is a 400 rather than ignored, and says which it was.
 */
const querySchema = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown query parameter ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}; ${Object.keys(shape).length ? `this list takes ${Object.keys(shape).join(', ')}` : 'this route takes none'}`
        : undefined,
  });

/** The query of a route that reads one item: none. */
export const noQuerySchema = querySchema({});

export const listArticlesQuerySchema = querySchema({ limit: limitSchema, cursor: cursorSchema, key: z.string().min(1).max(1024).optional() });
export const listClaimsQuerySchema = querySchema({
  limit: limitSchema,
  cursor: cursorSchema,
  status: claimStatusSchema.default('pending'),
  /** most check-worthy first, or oldest article first in reading order; one article's claims always come in reading order */
  order: z.enum(['checkworthiness', 'reading']).default('checkworthiness'),
  minCheckworthiness: decimal(/^\d{1,3}(\.\d{1,20})?$/, 'a number from 0 to 1').pipe(z.number().min(0).max(1, 'expected a number from 0 to 1')).optional(),
  speaker: nameSchema.optional(),
  articleId: z.string().regex(/^[0-9a-f]{20}$/, 'not an article id').optional(),
  /** the pending queue shows one entry per cluster (its lead, with `cluster.size`); `false` lists every member */
  clusters: z.enum(['true', 'false']).transform((v) => v === 'true').default(true),
});

export const listSpeakersQuerySchema = querySchema({ limit: limitSchema, cursor: cursorSchema, q: nameSchema.optional() });
export const speakerClaimsQuerySchema = querySchema({ limit: limitSchema, cursor: cursorSchema, status: claimStatusSchema.optional() });

const ISO_8601 = 'expected an ISO 8601 date (2026-11-29) or date-time with a time zone (2026-11-29T10:00:00Z, 2026-11-29T11:00:00+01:00)';
export const claimReviewsQuerySchema = querySchema({
  limit: limitSchema,
  cursor: cursorSchema,
  /**
   * reviews of verdicts made at or after this time (ISO 8601), read as the UTC instant it names:
   * verdicts are keyed by their UTC time (`2026-11-29T10:00:00.000Z`), so an offset or a time
   * without milliseconds compared as it came would miss the verdicts of its own second
   */
  since: z
    .string()
    .max(40, ISO_8601)
    .pipe(z.union([z.iso.datetime({ offset: true }), z.iso.date()], { error: ISO_8601 }))
    .transform((at) => new Date(at).toISOString())
    .optional(),
});

export const historyQuerySchema = querySchema({ limit: limitSchema, cursor: cursorSchema });

/** DELETE /claims/{claimId}/dismissal and /cluster name the version the reviewer saw in the query: a DELETE has no body. */
export const reopenQuerySchema = querySchema({ expectedVersion: decimal(/^\d{1,15}$/, 'the claim version you read') });
export const leaveClusterQuerySchema = reopenQuerySchema;

export const clusterSchema = z.object({ clusterId: z.string(), size: z.number().int().nonnegative(), claims: z.array(claimSchema) });

export const reviewExportQuerySchema = querySchema({
  limit: decimal(/^\d{1,2}$/, `a whole number from 1 to ${MAX_EXPORT_PAGE}`).pipe(z.number().int().min(1).max(MAX_EXPORT_PAGE)).default(MAX_EXPORT_PAGE),
  cursor: cursorSchema,
  /** only articles whose every claim a reviewer has ruled on, corrected or dismissed */
  complete: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});

export const healthSchema = z.object({ status: z.literal('ok') });

export const problemSchema = z.object({ type: z.string(), title: z.string(), status: z.number().int(), detail: z.string() });

export type Claim = z.infer<typeof claimSchema>;
export type SpeakerSummary = z.infer<typeof speakerSummarySchema>;
export type Article = z.infer<typeof articleSchema>;
export type ArticleWithClaims = Article & { claims: Claim[] };
export type ClaimStatus = z.infer<typeof claimStatusSchema>;
export type Verdict = z.infer<typeof verdictSchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type VerdictEntry = z.infer<typeof verdictEntrySchema>;
export type CorrectionEntry = z.infer<typeof correctionEntrySchema>;
export type DismissalEntry = z.infer<typeof dismissalEntrySchema>;
export type ReopenEntry = z.infer<typeof reopenEntrySchema>;
export type ClusterLeftEntry = z.infer<typeof clusterLeftEntrySchema>;
export type VerdictRequest = z.infer<typeof verdictRequestSchema>;
/** as a client sends it: `scope` may be left out */
export type CorrectionRequest = z.input<typeof correctionRequestSchema>;
export type DismissalRequest = z.input<typeof dismissalRequestSchema>;

