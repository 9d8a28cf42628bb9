import { z } from 'zod';

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
  /** where verdict events go: the EventBridge bus in AWS; locally a log file and an optional webhook */
  EVENT_BUS_NAME: z.string().min(1).optional(),
  VERDICT_LOG_PATH: z.string().min(1).optional(),
  VERDICT_WEBHOOK_URL: z.url().optional(),
});
export type Config = z.infer<typeof configSchema>;

let cached: Config | undefined;
export function config(): Config {
  cached ??= configSchema.parse(process.env);
  return cached;
}
