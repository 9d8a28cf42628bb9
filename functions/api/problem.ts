import { ZodError } from 'zod';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { Forbidden, InvalidRequest, NotFound, StateConflict, Unauthorized, VersionConflict } from '#shared/errors.ts';
import { logger } from '#shared/aws/powertools.ts';

/** Answers an error as RFC 9457 problem+json: the one place where domain errors become HTTP. */
export function problemResponse(error: unknown, headers: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 {
  const [status, title, detail, extra] = classify(error);
  if (status >= 500) logger.error('request failed', { error: error as Error });
  return {
    statusCode: status,
    headers: { ...headers, 'content-type': 'application/problem+json' },
    body: JSON.stringify({ type: 'about:blank', title, status, detail, ...extra }),
  };
}

export class PayloadTooLarge extends Error {}
export class RouteNotFound extends Error {}

function classify(error: unknown): [number, string, string, Record<string, unknown>?] {
  if (error instanceof ZodError) return [400, 'Bad Request', error.issues.map(issueDetail).join('; ')];
  if (error instanceof InvalidRequest) return [400, 'Bad Request', error.message];
  if (error instanceof Unauthorized) return [401, 'Unauthorized', error.message];
  if (error instanceof Forbidden) return [403, 'Forbidden', error.message];
  if (error instanceof NotFound) return [404, 'Not Found', error.message];
  if (error instanceof RouteNotFound) return [404, 'Not Found', error.message];
  if (error instanceof VersionConflict) return [409, 'Conflict', error.message, { currentVersion: error.currentVersion }];
  if (error instanceof StateConflict) return [409, 'Conflict', error.message];
  if (error instanceof PayloadTooLarge) return [413, 'Content Too Large', error.message];
  return [500, 'Internal Server Error', 'the request could not be completed; it has been logged'];
}

/**
 * One schema issue in words: `limit: expected a whole number…`. An issue of the whole query or body
 * (an unknown parameter or field) has no path, and its message says what it is about.
 */
const issueDetail = (issue: ZodError['issues'][number]) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message);
