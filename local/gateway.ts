import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { matchRoute, routeKey } from '#shared/api/routes.ts';
import { API_SECURITY_HEADERS, DESK_SECURITY_HEADERS } from '#shared/api/security-headers.ts';
import { verifyReviewerToken } from './reviewer-tokens.ts';
import { lambdaContext } from './lambda-context.ts';
import { serveDesk } from './desk.ts';

type ApiHandler = (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/** Bodies beyond this are cut off here, as API Gateway would; the handler answers 413 for them. */
const MAX_READ_BYTES = 64 * 1024;

const problem = (res: ServerResponse, status: number, title: string, detail: string) => {
  res.writeHead(status, { ...res.getHeaders(), 'content-type': 'application/problem+json' } as Record<string, string>);
  res.end(JSON.stringify({ type: 'about:blank', title, status, detail }));
};

/**
 * The local stand-in for API Gateway's HTTP API: matches the route, checks the bearer token as the
 * JWT authorizer would (401 when it is missing, forged or expired), and hands the API Lambda
 * handler the same v2 event it gets in AWS.
 */
export interface GatewayOptions {
  port: number;
  signingKey: Uint8Array;
  handler: ApiHandler;
  /** origins a browser client may call from, as the HTTP API's CORS configuration; `*` for any */
  corsOrigins?: string[];
  /** also serve the reviewer desk at `/`, as CloudFront does in AWS */
  desk?: boolean;
}

export async function startGateway(options: GatewayOptions): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    serve(req, res, options).catch(() => problem(res, 500, 'Internal Server Error', 'the local gateway failed'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

async function serve(req: IncomingMessage, res: ServerResponse, options: GatewayOptions) {
  // the path as sent: a URL would resolve `..` and `%2e%2e` segments, and `/speakers/%2e%2e/claims`
  // would become `/claims`, another route; as in API Gateway, an encoded segment stays a parameter
  const target = (req.url?.startsWith('/') ? req.url : '/').split('#')[0];
  const queryAt = target.includes('?') ? target.indexOf('?') : target.length;
  const path = target.slice(0, queryAt);
  const rawQuery = target.slice(queryAt + 1);
  const method = req.method ?? 'GET';
  const match = matchRoute(method, path);
  for (const [name, value] of Object.entries(match || !options.desk ? API_SECURITY_HEADERS : DESK_SECURITY_HEADERS)) res.setHeader(name, value);
  if (allowCors(req, res, options.corsOrigins ?? ['*']) && method === 'OPTIONS') {
    res.writeHead(204, res.getHeaders() as Record<string, string>);
    return res.end();
  }
  if (!match) {
    try {
      if (options.desk && serveDesk(req, res, path)) return;
    } catch {
      return problem(res, 400, 'Bad Request', 'the path is not valid');
    }
    return problem(res, 404, 'Not Found', `no route ${method} ${path}`);
  }

  let claims: Record<string, string | number | boolean | string[]> = {};
  if (match.route.protected) {
    const token = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!token) return problem(res, 401, 'Unauthorized', 'a bearer token is required');
    try {
      claims = (await verifyReviewerToken(options.signingKey, token)) as typeof claims;
    } catch {
      return problem(res, 401, 'Unauthorized', 'the token is not valid');
    }
  }

  const body = await readBody(req);
  // no prototype: `__proto__=1` arrives as a parameter, as API Gateway passes it, for the API to refuse
  const query: Record<string, string> = Object.create(null);
  for (const [k, v] of new URLSearchParams(rawQuery)) query[k] = k in query ? `${query[k]},${v}` : v;
  const key = routeKey(match.route);
  const now = new Date();
  const event = {
    version: '2.0',
    routeKey: key,
    rawPath: path,
    rawQueryString: rawQuery,
    headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : (v ?? '')])),
    queryStringParameters: Object.keys(query).length ? query : undefined,
    pathParameters: Object.keys(match.params).length ? match.params : undefined,
    body: body.length ? body.toString('utf8') : undefined,
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000', apiId: 'local', domainName: '127.0.0.1', domainPrefix: 'local', requestId: randomUUID(),
      routeKey: key, stage: '$default', time: now.toISOString(), timeEpoch: now.getTime(),
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: req.socket.remoteAddress ?? '', userAgent: req.headers['user-agent'] ?? '' },
      authorizer: { principalId: '', integrationLatency: 0, jwt: { claims, scopes: [] } },
    },
  } as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;

  const result = await options.handler(event, lambdaContext('api-local', 30_000));
  res.writeHead(result.statusCode ?? 200, { ...res.getHeaders(), ...result.headers } as Record<string, string>);
  res.end(result.body ?? '');
}

/**
 * CORS as API Gateway's corsPreflight does it: a listed (or any, with `*`) origin gets
 * Access-Control-Allow-Origin on every answer, and a preflight names the methods and headers the
 * API takes. Bearer tokens travel in a header, so no credentials mode is needed.
 */
function allowCors(req: IncomingMessage, res: ServerResponse, origins: string[]): boolean {
  const origin = req.headers.origin;
  if (!origin || !(origins.includes('*') || origins.includes(origin))) return false;
  res.setHeader('access-control-allow-origin', origins.includes('*') ? '*' : origin);
  res.setHeader('vary', 'origin');
  if (req.method === 'OPTIONS') {
    res.setHeader('access-control-allow-methods', 'GET, PUT, DELETE, OPTIONS');
    res.setHeader('access-control-allow-headers', 'authorization, content-type');
    res.setHeader('access-control-max-age', '600');
  }
  return true;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size <= MAX_READ_BYTES) chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
