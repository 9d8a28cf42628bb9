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
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { eventBridgePublisher, localPublisher } from '#shared/publishing/verdict-publishers.ts';
import { webhook } from '#shared/publishing/webhook-delivery.ts';
import { escapeJsonForHtml, htmlSafeJson } from '#shared/api/json-response.ts';

const settings = config();
const onPublishError = (error: Error) => logger.error('the verdict was stored, but its event, its webhook delivery or its seen-before filing failed', { error });

/** The local webhook, signed and retried; config() has refused a URL without a secret. */
function verdictWebhook() {
  const { VERDICT_WEBHOOK_URL: url, VERDICT_WEBHOOK_SECRET: secret } = settings;
  if (!url || !secret) return undefined;
  return webhook({ url, secret, attempts: settings.VERDICT_WEBHOOK_ATTEMPTS, timeoutMs: settings.VERDICT_WEBHOOK_TIMEOUT_MS, firstRetryDelayMs: settings.VERDICT_WEBHOOK_RETRY_DELAY_MS }, onPublishError);
}

const deps: ApiDeps = {
  store: { client: traceClient(makeDocumentClient(settings)), table: settings.TABLE_NAME },
  bucket: settings.BUCKET_NAME,
  now: () => new Date(),
  publisher: { name: settings.PUBLISHER_NAME, url: settings.PUBLISHER_URL, reviewUrlTemplate: settings.CLAIMREVIEW_URL_TEMPLATE ?? `${settings.PUBLISHER_URL.replace(/\/$/, '')}/claims/{claimId}` },
  publishVerdict: settings.EVENT_BUS_NAME
    ? eventBridgePublisher(traceClient(new EventBridgeClient({ region: settings.AWS_REGION })), settings.EVENT_BUS_NAME)
    : settings.VERDICT_LOG_PATH
      ? localPublisher(settings.VERDICT_LOG_PATH, verdictWebhook())
      : undefined,
  onPublishError,
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
