import { z } from 'zod';
import { spanSchema } from '../extraction/tokens/span.ts';

/** The shapes of CONTRACT.md §4: one schema each, shared by the API, its OpenAPI document and the tests. */
export const claimStatusSchema = z.enum(['pending', 'verified', 'disputed']);
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
});

export const speakerSummarySchema = z.object({
  speakerId: z.string(),
  name: z.string(),
  type: speakerTypeSchema,
  title: z.string().optional(),
  counts: z.object({ pending: z.number().int(), verified: z.number().int(), disputed: z.number().int() }),
});

export const MAX_NOTE_LENGTH = 2000;
export const MAX_EVIDENCE = 5;
/** Links a reviewer cites for a verdict: web pages only, no `javascript:` or `file:` URLs. */
export const evidenceSchema = z.array(z.url({ protocol: /^https?$/ }).max(2048)).max(MAX_EVIDENCE);

export const historyEntrySchema = z.object({
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
});

export const claimSchema = z.object({
  claimId: z.string(),
  articleId: z.string(),
  text: z.string(),
  kind: z.enum(['direct', 'indirect', 'mixed']),
  speaker: speakerSchema,
  content: spanSchema,
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
  /** where the body starts in the text: before it, a header such as `date 2022-03-24 BEIJING:` */
  bodyStart: z.number().int().nonnegative().optional(),
  status: articleStatusSchema,
  error: z.string().optional(),
  format: z.enum(['text', 'markdown', 'html', 'json']).optional(),
  claimCount: z.number().int().nonnegative(),
  counts: z.object({ pending: z.number().int(), verified: z.number().int(), disputed: z.number().int() }),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const verdictRequestSchema = z.strictObject({
  verdict: verdictSchema,
  note: z.string().max(MAX_NOTE_LENGTH).optional(),
  evidence: evidenceSchema.optional(),
  /** apply the verdict of this earlier claim, which says the same (its `seenBefore`) */
  sameAs: z.string().regex(/^[0-9a-f]{20}-[0-9a-f]{12}$/, 'not a claim id').optional(),
  expectedVersion: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
});


export const MAX_PAGE = 100;
const limitSchema = z.coerce.number().int().min(1).max(MAX_PAGE).default(20);
const cursorSchema = z.string().max(2048).optional();

export const listArticlesQuerySchema = z.strictObject({ limit: limitSchema, cursor: cursorSchema, key: z.string().min(1).max(1024).optional() });
export const listClaimsQuerySchema = z.strictObject({
  limit: limitSchema,
  cursor: cursorSchema,
  status: claimStatusSchema.default('pending'),
  /** most check-worthy first, or oldest article first in reading order; one article's claims always come in reading order */
  order: z.enum(['checkworthiness', 'reading']).default('checkworthiness'),
  minCheckworthiness: z.coerce.number().min(0).max(1).optional(),
  speaker: z.string().min(1).max(200).optional(),
  articleId: z.string().regex(/^[0-9a-f]{20}$/, 'not an article id').optional(),
});

export const listSpeakersQuerySchema = z.strictObject({ limit: limitSchema, cursor: cursorSchema, q: z.string().min(1).max(200).optional() });
export const speakerClaimsQuerySchema = z.strictObject({ limit: limitSchema, cursor: cursorSchema, status: claimStatusSchema.optional() });

export const claimReviewsQuerySchema = z.strictObject({
  limit: limitSchema,
  cursor: cursorSchema,
  /** reviews of verdicts made at or after this time (ISO 8601) */
  since: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
});

export const historyQuerySchema = z.strictObject({ limit: limitSchema, cursor: cursorSchema });

export const healthSchema = z.object({ status: z.literal('ok') });

export const problemSchema = z.object({ type: z.string(), title: z.string(), status: z.number().int(), detail: z.string() });

export type Claim = z.infer<typeof claimSchema>;
export type SpeakerSummary = z.infer<typeof speakerSummarySchema>;
export type Article = z.infer<typeof articleSchema>;
export type ArticleWithClaims = Article & { claims: Claim[] };
export type ClaimStatus = z.infer<typeof claimStatusSchema>;
export type Verdict = z.infer<typeof verdictSchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type VerdictRequest = z.infer<typeof verdictRequestSchema>;
