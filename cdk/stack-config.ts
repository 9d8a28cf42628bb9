import type { Node } from 'constructs';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

/**
 * What an operator sets per deployment, from CDK context (`-c key=value` or cdk.json):
 *   stage            name suffix for the stack's resources               default `dev`
 *   logRetentionDays days CloudWatch keeps function and API logs         default 30
 *   maxArticleBytes  uploads larger than this end `failed`               default 10 MB
 *   ingestConcurrency concurrent ingest functions (protects the table)   default 10
 *   reprocessPerMinute uploads a reprocess sends to ingest each minute    default 1000 (a million in ~17 hours)
 *   existingBucket   name of a bucket the newsroom already has           default: a new bucket
 *   allowedOrigins   browser origins for CORS, comma-separated           default: the desk's CloudFront origin
 *   alarmEmail       address that receives alarm notifications           default: none
 *   publisherName    the newsroom named as author of each ClaimReview     default `Quote fact-check desk`
 *   publisherUrl     its web address                                      default https://factcheck.example.org
 *   claimReviewUrlTemplate where a review lives, `{claimId}` replaced      default <publisherUrl>/claims/{claimId}
 */
export interface StackConfig {
  stage: string;
  logRetention: RetentionDays;
  maxArticleBytes: number;
  ingestConcurrency: number;
  reprocessPerMinute: number;
  existingBucket?: string;
  allowedOrigins?: string[];
  alarmEmail?: string;
  publisher: { name: string; url: string; reviewUrlTemplate?: string };
}

export function stackConfig(node: Node): StackConfig {
  const get = (key: string) => node.tryGetContext(key) as string | number | undefined;
  const number = (key: string, fallback: number) => {
    const value = Number(get(key) ?? fallback);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`context ${key} must be a positive number, not ${get(key)}`);
    return value;
  };
  const days = number('logRetentionDays', 30);
  const retention = Object.values(RetentionDays).find((d) => d === days);
  if (retention === undefined) throw new Error(`context logRetentionDays must be one CloudWatch accepts (1, 3, 5, 7, 14, 30, 60, 90, …), not ${days}`);
  return {
    stage: String(get('stage') ?? 'dev'),
    logRetention: retention as RetentionDays,
    maxArticleBytes: number('maxArticleBytes', 10 * 1024 * 1024),
    ingestConcurrency: number('ingestConcurrency', 10),
    reprocessPerMinute: number('reprocessPerMinute', 1000),
    existingBucket: get('existingBucket') ? String(get('existingBucket')) : undefined,
    allowedOrigins: get('allowedOrigins') ? String(get('allowedOrigins')).split(',').map((o) => o.trim()).filter(Boolean) : undefined,
    alarmEmail: get('alarmEmail') ? String(get('alarmEmail')) : undefined,
    publisher: {
      name: String(get('publisherName') ?? 'Quote fact-check desk'),
      url: String(get('publisherUrl') ?? 'https://factcheck.example.org'),
      reviewUrlTemplate: get('claimReviewUrlTemplate') ? String(get('claimReviewUrlTemplate')) : undefined,
    },
  };
}
