import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignatureV4 } from '@smithy/signature-v4';
import { bucketNameRefusal, objectKeyRefusal } from './s3-object-keys.ts';

/**
 * The door in front of the local stack's embedded S3 and DynamoDB. s3rver and dynalite take any
 * request from anyone, answer CORS for every origin, and s3rver writes keys with `../` outside
 * its folder: any web page open in a reviewer's browser could rewrite verdicts or upload
 * articles. They listen on Unix sockets no browser can reach; this server, on the printed port,
 * passes on only requests signed (AWS Signature Version 4, checked with the AWS SDK's own signer)
 * with the printed credentials, for the service it fronts, made in the last 15 minutes, with the
 * body they signed; it answers no CORS (a page cannot send a signed request cross-origin, and a
 * form post carries no signature). For S3 it first refuses, signed or not, a bucket or key that
 * S3 would refuse or s3rver cannot store (s3-object-keys.ts), with S3's code: the answer says what
 * is wrong with the key rather than that a signature failed.
 */
export interface LocalCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface SignedDoorOptions {
  service: 's3' | 'dynamodb';
  credentials: LocalCredentials;
  region: string;
  /** the Unix socket the real server listens on */
  socketPath: string;
  port: number;
}

/** How far a request's signing time may be from now, as AWS allows. */
const MAX_SKEW_MS = 15 * 60 * 1000;
/**
 * Bodies are read whole (the signature covers them), so one is bounded: far above an article (10 MB
 * by default) or a DynamoDB request (16 MB), and far below what would exhaust the process's memory.
 */
const MAX_BODY_BYTES = 64 * 1024 * 1024;
const AUTHORIZATION = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

export async function startSignedDoor(options: SignedDoorOptions): Promise<{ endpoint: string; server: Server; close(): Promise<void> }> {
  const signer = new SignatureV4({ credentials: options.credentials, region: options.region, service: options.service, sha256: Sha256, uriEscapePath: options.service !== 's3' });
  const server = createServer((req, res) => {
    void admit(req, res, signer, options).catch(() => refuse(res, options.service, 500, 'InternalError', 'the local endpoint failed'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function admit(req: IncomingMessage, res: ServerResponse, signer: SignatureV4, options: SignedDoorOptions): Promise<void> {
  const body = await readBody(req);
  if (!body) return refuse(res, options.service, 400, 'EntityTooLarge', `the body is over the local limit of ${MAX_BODY_BYTES} bytes`);
  const target = options.service === 's3' ? s3TargetRefusal(req.url ?? '/') : null;
  if (target) return refuse(res, 's3', 400, target.code, target.message);
  const why = await refusal(req, body, signer, options);
  if (why) return refuse(res, options.service, 403, why.code, why.message);
  // s3rver reads a host name that is no IP as a virtual-hosted bucket, and would read the path as
  // a key of that bucket: the door checked it as path-style, so s3rver is told the same
  const headers = options.service === 's3' ? { ...req.headers, host: '127.0.0.1' } : req.headers;
  const inner = httpRequest({ socketPath: options.socketPath, method: req.method, path: req.url, headers }, (answer) => {
    const headers = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !name.startsWith('access-control-')));
    res.writeHead(answer.statusCode ?? 502, headers as Record<string, string | string[]>);
    // the server stopped half-way through its answer: the client must not take it as whole
    answer.on('aborted', () => res.destroy());
    answer.on('error', () => res.destroy());
    answer.pipe(res);
  });
  // the server stopped on this request (s3rver-thread.ts starts it again): this request failed, not the stack
  inner.on('error', () => refuse(res, options.service, 500, 'InternalError', 'the local server failed on this request'));
  inner.end(body);
}

/**
 * Why the local S3 refuses the bucket or key a path-style target (`/bucket/key?query`) names;
 * null for one it takes. s3rver reads the path up to `?` or `#`, and decodes bucket and key.
 */
function s3TargetRefusal(target: string): { code: string; message: string } | null {
  const uri = { code: 'InvalidURI', message: "Couldn't parse the specified URI." };
  if (!target.startsWith('/')) return uri;
  const path = target.split(/[?#]/)[0];
  const slash = path.indexOf('/', 1);
  let bucket: string;
  let key: string;
  try {
    bucket = decodeURIComponent(slash === -1 ? path.slice(1) : path.slice(1, slash));
    key = slash === -1 ? '' : decodeURIComponent(path.slice(slash + 1));
  } catch {
    return uri;
  }
  if (bucket === '') return key === '' ? null : uri;
  return bucketNameRefusal(bucket) ?? (key === '' ? null : objectKeyRefusal(key));
}

async function refusal(req: IncomingMessage, body: Buffer, signer: SignatureV4, options: SignedDoorOptions): Promise<{ code: string; message: string } | null> {
  if (req.method === 'OPTIONS') return { code: 'AccessDenied', message: 'no cross-origin requests: only the project’s own clients may call this endpoint' };
  const match = AUTHORIZATION.exec(String(req.headers.authorization ?? ''));
  if (!match) return { code: 'AccessDenied', message: 'requests must be signed (AWS Signature Version 4) with the local credentials' };
  const [, accessKeyId, day, region, service, signedHeaders, signature] = match;
  if (accessKeyId !== options.credentials.accessKeyId) return { code: 'InvalidAccessKeyId', message: 'unknown access key' };
  if (service !== options.service) return { code: 'AccessDenied', message: `signed for ${service}, not ${options.service}` };
  const amzDate = String(req.headers['x-amz-date'] ?? '');
  const at = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
  if (!at || !amzDate.startsWith(day)) return { code: 'AccessDenied', message: 'x-amz-date is missing or does not match the credential scope' };
  const signingDate = new Date(Date.UTC(+at[1], +at[2] - 1, +at[3], +at[4], +at[5], +at[6]));
  if (Math.abs(Date.now() - signingDate.getTime()) > MAX_SKEW_MS) return { code: 'RequestTimeTooSkewed', message: 'the request was signed more than 15 minutes from now' };
  const declared = req.headers['x-amz-content-sha256'];
  if (typeof declared === 'string' && /^[0-9a-f]{64}$/.test(declared) && declared !== createHash('sha256').update(body).digest('hex')) {
    return { code: 'XAmzContentSHA256Mismatch', message: 'the body is not the one that was signed' };
  }
  const names = signedHeaders.split(';');
  if (!names.includes('host')) return { code: 'AccessDenied', message: 'the host header must be signed' };
  const url = new URL(req.url ?? '/', 'http://local');
  const query: Record<string, string | string[]> = {};
  for (const [k, v] of url.searchParams) query[k] = k in query ? [...[query[k]].flat(), v] : v;
  const headers = Object.fromEntries(names.map((name) => [name, [req.headers[name] ?? ''].flat().join(',')]));
  const signed = await signer.sign(
    // S3's path is signed as sent (a URL would normalise it); DynamoDB's is always `/`
    { method: req.method ?? 'GET', protocol: 'http:', hostname: '127.0.0.1', path: options.service === 's3' ? (req.url ?? '/').split('?')[0] : decodeURIComponent(url.pathname), query, headers, body },
    { signingDate, signingRegion: region, signingService: service, signableHeaders: new Set(names) },
  );
  const expected = /Signature=([0-9a-f]{64})$/.exec(String(signed.headers.authorization))?.[1] ?? '';
  return expected.length === signature.length && timingSafeEqual(Buffer.from(expected), Buffer.from(signature)) ? null : { code: 'SignatureDoesNotMatch', message: 'the signature does not match the local credentials' };
}

function refuse(res: ServerResponse, service: 's3' | 'dynamodb', status: number, code: string, message: string): void {
  if (res.headersSent) return void res.end();
  if (service === 's3') {
    res.writeHead(status, { 'content-type': 'application/xml' });
    res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error>`);
  } else {
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0' });
    const type = status >= 500 ? 'InternalServerError' : code === 'SignatureDoesNotMatch' || code === 'InvalidAccessKeyId' ? 'UnrecognizedClientException' : status === 403 ? 'AccessDeniedException' : 'ValidationException';
    res.end(JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message }));
  }
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The whole body, or null when it is over MAX_BODY_BYTES (what is left of it is dropped unread). */
async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
    req.resume();
    return null;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  return size > MAX_BODY_BYTES ? null : Buffer.concat(chunks);
}

/** SHA-256 and HMAC-SHA-256 from node:crypto, in the shape the signer asks for. */
export class Sha256 {
  private readonly hash;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', toBuffer(secret));
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.hash.update(toBuffer(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
}

const toBuffer = (data: string | ArrayBuffer | ArrayBufferView) =>
  typeof data === 'string' ? Buffer.from(data) : ArrayBuffer.isView(data) ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : Buffer.from(data);
