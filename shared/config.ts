import { z } from 'zod';
import { DEFAULT_DELIVERY } from './publishing/webhook-delivery.ts';

/** Shorter than this, a webhook secret could be guessed, or is a placeholder left in. */
const MIN_SECRET_LENGTH = 16;

/**
 * Settings from the environment, read and checked once. In AWS the stack sets them; locally the
 * local stack does, adding the endpoints of its embedded servers.
 */
const configSchema = z.object({
  TABLE_NAME: z.string().min(1).default('factcheck'),
  AWS_REGION: z.string().min(1).default('us-east-1'),
  S3_ENDPOINT: z.url().optional(),
  DYNAMODB_ENDPOINT: z.url().optional(),
  BUCKET_NAME: z.string().min(1).default('articles'),
  MAX_ARTICLE_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  /** deliveries of one message before it goes to the dead-letter queue: the queue's maxReceiveCount */
  INGEST_MAX_RECEIVES: z.coerce.number().int().positive().default(5),
  /** who publishes the ClaimReviews, and where each review lives (`{claimId}` replaced) */
  PUBLISHER_NAME: z.string().min(1).default('Quote fact-check desk'),
  PUBLISHER_URL: z.url().default('https://factcheck.example.org'),
  CLAIMREVIEW_URL_TEMPLATE: z.string().includes('{claimId}').optional(),
  /**
   * who does the work a verdict sets off after its answer (shared/follow-ups): `stream`, in AWS, the
   * follow-ups function the table's stream calls; `in-process`, locally, the API's own process,
   * journalled in FOLLOW_UPS_JOURNAL so that a stop loses none
   */
  VERDICT_FOLLOW_UPS: z.enum(['stream', 'in-process']).default('in-process'),
  FOLLOW_UPS_JOURNAL: z.string().min(1).optional(),
  /** where verdict events go: the EventBridge bus in AWS; locally a log file and an optional webhook */
  EVENT_BUS_NAME: z.string().min(1).optional(),
  VERDICT_LOG_PATH: z.string().min(1).optional(),
  VERDICT_WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * the key every webhook delivery is signed with (docs/webhooks.md); required with a webhook URL,
   * and long enough not to be guessed: `openssl rand -hex 32` makes one
   */
  VERDICT_WEBHOOK_SECRET: z.string().min(MIN_SECRET_LENGTH, `must be at least ${MIN_SECRET_LENGTH} characters`).optional(),
  /** attempts at one webhook delivery, the first included; the wait before each retry doubles from the first */
  VERDICT_WEBHOOK_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(DEFAULT_DELIVERY.attempts),
  VERDICT_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().default(DEFAULT_DELIVERY.timeoutMs),
  VERDICT_WEBHOOK_RETRY_DELAY_MS: z.coerce.number().int().nonnegative().default(DEFAULT_DELIVERY.firstRetryDelayMs),
}).superRefine((settings, context) => {
  // an unsigned webhook lets anyone who finds its URL post verdicts to the newsroom's tools; a
  // secret made up here would be one the receiver cannot know: so no start without one
  if (settings.VERDICT_WEBHOOK_URL && !settings.VERDICT_WEBHOOK_SECRET) {
    context.addIssue({ code: 'custom', path: ['VERDICT_WEBHOOK_SECRET'], message: 'VERDICT_WEBHOOK_URL is set, so VERDICT_WEBHOOK_SECRET must be too: every delivery is signed with it (docs/webhooks.md)' });
  }
});
export type Config = z.infer<typeof configSchema>;

/** Reads settings from an environment; throws, naming each bad setting, when any is wrong. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  return configSchema.parse(env);
}

let cached: Config | undefined;
export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
