import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { InvalidRequest, Unauthorized } from '#shared/errors.ts';
import type { Reviewer } from '#shared/review/verdicts.ts';
import { PayloadTooLarge } from './problem.ts';

export const MAX_BODY_BYTES = 16 * 1024;
const WRITER_GROUP = 'reviewers';

/**
 * The caller, from the claims of the token that API Gateway's JWT authorizer (or the local
 * gateway) has already verified. Cognito sends groups as an array, or through API Gateway as a
 * string such as `[reviewers readers]`.
 */
export function reviewerOf(event: APIGatewayProxyEventV2WithJWTAuthorizer): Reviewer {
  const claims = event.requestContext.authorizer?.jwt?.claims;
  const subject = claims?.sub;
  if (typeof subject !== 'string' || subject.length === 0) throw new Unauthorized();
  const raw = claims['cognito:groups'];
  const groups = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? raw.replace(/^\[|\]$/g, '').split(/[\s,]+/) : [];
  return { id: subject, canWrite: groups.includes(WRITER_GROUP) };
}

export function jsonBody(event: APIGatewayProxyEventV2WithJWTAuthorizer): unknown {
  const raw = event.body ?? '';
  const text = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new PayloadTooLarge(`the body is over ${MAX_BODY_BYTES} bytes`);
  try {
    return JSON.parse(text);
  } catch {
    throw new InvalidRequest('the body is not valid JSON');
  }
}

/**
 * The query's parameters, each as sent, for a strict schema to check (api/schemas.ts). Read from
 * the raw query string into an object without a prototype: a parameter named `__proto__` assigned
 * to a plain object sets nothing (it is the prototype's setter), so a gateway that builds
 * queryStringParameters that way drops it, and the schema, never seeing it, cannot refuse it as it
 * refuses every other unknown parameter. A repeated parameter is joined with commas, as API
 * Gateway joins it (`limit=1&limit=2` is `1,2`, no number).
 */
export function queryOf(event: APIGatewayProxyEventV2WithJWTAuthorizer): Record<string, string> {
  const query: Record<string, string> = Object.create(null);
  const pairs = event.rawQueryString ? new URLSearchParams(event.rawQueryString) : Object.entries(event.queryStringParameters ?? {});
  for (const [name, value] of pairs) query[name] = Object.hasOwn(query, name) ? `${query[name]},${value}` : (value ?? '');
  return query;
}
