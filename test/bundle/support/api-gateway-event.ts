import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { matchRoute, routeKey } from '#shared/api/routes.ts';

/**
 * The event API Gateway (HTTP API, payload 2.0) hands the API function for a request that
 * Cognito's JWT authorizer let through: the token's claims as the authorizer passes them, groups
 * as one string such as `[reviewers]`.
 */
export function apiGatewayEvent(method: 'GET' | 'PUT' | 'DELETE', target: string, options: { reviewer: string; body?: unknown }): APIGatewayProxyEventV2WithJWTAuthorizer {
  const [path, rawQueryString = ''] = target.split('?');
  const match = matchRoute(method, path);
  if (!match) throw new Error(`no route ${method} ${path}`);
  const key = routeKey(match.route);
  const now = new Date();
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return {
    version: '2.0',
    routeKey: key,
    rawPath: path,
    rawQueryString,
    headers: { host: 'api.example.org', ...(body ? { 'content-type': 'application/json' } : {}) },
    queryStringParameters: rawQueryString ? Object.fromEntries(new URLSearchParams(rawQueryString)) : undefined,
    pathParameters: Object.keys(match.params).length ? match.params : undefined,
    body,
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000', apiId: 'bundle', domainName: 'api.example.org', domainPrefix: 'api', requestId: randomUUID(),
      routeKey: key, stage: '$default', time: now.toISOString(), timeEpoch: now.getTime(),
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bundle-test' },
      authorizer: { principalId: '', integrationLatency: 0, jwt: { claims: { sub: options.reviewer, username: options.reviewer, 'cognito:groups': '[reviewers]', token_use: 'access' }, scopes: [] } },
    },
  };
}
