import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { config } from '#shared/config.ts';
import { makeDocumentClient } from '#shared/aws/dynamodb-client.ts';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logger, metrics, traceClient, traceHandler } from '#shared/aws/powertools.ts';
import { API_SECURITY_HEADERS } from '#shared/api/security-headers.ts';
import { problemResponse, RouteNotFound } from './problem.ts';
import { routes, type ApiDeps } from './routes.ts';
import { localPublisher } from '#shared/publishing/local-publisher.ts';
import { webhook } from '#shared/publishing/webhook-delivery.ts';
import { escapeJsonForHtml, htmlSafeJson } from '#shared/api/json-response.ts';
import { afterAnswer } from '#shared/follow-ups/after-answer.ts';
import { followUpVerdict } from '#shared/follow-ups/verdict-follow-up.ts';
import type { ClaimRecord } from '#shared/store/claims.ts';

const settings = config();
const store = { client: traceClient(makeDocumentClient(settings)), table: settings.TABLE_NAME };

/** The local webhook, signed and retried; config() has refused a URL without a secret. */
function verdictWebhook() {
  const { VERDICT_WEBHOOK_URL: url, VERDICT_WEBHOOK_SECRET: secret } = settings;
  if (!url || !secret) return undefined;
  const onGiveUp = (error: Error) => logger.error('the verdict was stored, but its webhook delivery failed', { error });
  return webhook({ url, secret, attempts: settings.VERDICT_WEBHOOK_ATTEMPTS, timeoutMs: settings.VERDICT_WEBHOOK_TIMEOUT_MS, firstRetryDelayMs: settings.VERDICT_WEBHOOK_RETRY_DELAY_MS }, onGiveUp);
}

/**
 * Where the table has no stream to hand verdicts to the follow-ups function (the local stack, the
 * tests), this process follows each verdict up itself once it has answered, journalled in
 * FOLLOW_UPS_JOURNAL: its events go to the local log and webhook.
 */
export const followUps = settings.VERDICT_FOLLOW_UPS === 'stream' ? undefined : inProcessFollowUps();

function inProcessFollowUps() {
  const publishVerdict = settings.VERDICT_LOG_PATH ? localPublisher(settings.VERDICT_LOG_PATH, verdictWebhook()) : undefined;
  return afterAnswer<ClaimRecord>({
    run: (claim) => followUpVerdict({ store, publishVerdict }, claim),
    keyOf: (claim) => claim.claimId,
    isItem: (value): value is ClaimRecord => typeof value === 'object' && value !== null && typeof (value as ClaimRecord).claimId === 'string' && Array.isArray((value as ClaimRecord).history),
    journalPath: settings.FOLLOW_UPS_JOURNAL,
    onGiveUp: (error, claim) => logger.error('a verdict was stored, but its follow-up (seen-before filing, cluster, event) failed; it is tried again at the next start', { claimId: claim.claimId, error }),
  });
}

const deps: ApiDeps = {
  store,
  bucket: settings.BUCKET_NAME,
  now: () => new Date(),
  publisher: { name: settings.PUBLISHER_NAME, url: settings.PUBLISHER_URL, reviewUrlTemplate: settings.CLAIMREVIEW_URL_TEMPLATE ?? `${settings.PUBLISHER_URL.replace(/\/$/, '')}/claims/{claimId}` },
  // in AWS the table's stream hands each verdict to functions/verdict-follow-ups
  afterVerdict: (ruled) => followUps?.schedule(ruled),
  // published at once rather than by middleware: most requests are reads with no metric to send
  onVerdict: (verdict) => {
    metrics.addMetric(verdict === 'verified' ? 'VerdictsVerified' : 'VerdictsDisputed', MetricUnit.Count, 1);
    metrics.publishStoredMetrics();
  },
};

async function handleRequest(event: APIGatewayProxyEventV2WithJWTAuthorizer, apiDeps: ApiDeps): Promise<APIGatewayProxyStructuredResultV2> {
  try {
    const route = routes[event.routeKey as keyof typeof routes];
    if (!route) throw new RouteNotFound(`no route ${event.routeKey}`);
    const body = await route(event, apiDeps);
    // every body safe to paste into a <script> element: publishers embed the ClaimReview JSON-LD so
    return { statusCode: 200, headers: { ...API_SECURITY_HEADERS, 'content-type': 'application/json' }, body: htmlSafeJson(body) };
  } catch (error) {
    const problem = problemResponse(error, API_SECURITY_HEADERS);
    // a problem's detail can quote the request back
    return { ...problem, body: problem.body === undefined ? undefined : escapeJsonForHtml(problem.body) };
  }
}

export const handler = middy((event: APIGatewayProxyEventV2WithJWTAuthorizer) => handleRequest(event, deps))
  .use(traceHandler())
  .use(injectLambdaContext(logger, { resetKeys: true }));
