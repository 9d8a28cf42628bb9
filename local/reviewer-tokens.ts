import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SignJWT, jwtVerify, type JWTPayload } from 'jose';

/**
 * Local reviewer tokens: HS256 JWTs shaped like Cognito's (subject, `cognito:groups`), signed with
 * a key kept in the data directory so that `npm run token` and the local gateway share it. The key
 * survives `--fresh`: tokens already handed out keep working.
 */
export const ISSUER = 'quote-factcheck-local';
export const AUDIENCE = 'reviewer-api';
const KEY_FILE = 'signing-key';

/**
 * The key the local stack made, for `npm run token`: a token signed with any other key is refused,
 * so a data directory without one is an error that says where it looked, never a fresh key.
 */
export function existingSigningKey(dataDir: string): Uint8Array {
  const path = resolve(dataDir, KEY_FILE);
  if (!existsSync(path)) {
    throw new Error(`no signing key at ${path}: start the local stack first (npm start), or set DATA_DIR to the data directory it runs with`);
  }
  return Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
}

export function signingKey(dataDir: string): Uint8Array {
  const path = join(dataDir, KEY_FILE);
  if (!existsSync(path)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(path, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  }
  return Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
}

export async function signReviewerToken(key: Uint8Array, name: string, options: { readOnly?: boolean; expiresIn?: string } = {}): Promise<string> {
  return new SignJWT({ 'cognito:groups': [options.readOnly ? 'readers' : 'reviewers'], username: name })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(name)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '12h')
    .sign(key);
}

/** Verifies as API Gateway's JWT authorizer does: signature, issuer, audience, expiry. */
export async function verifyReviewerToken(key: Uint8Array, token: string): Promise<JWTPayload> {
  // a token without an expiry would be good for ever: API Gateway's authorizer refuses one, and so does this
  const { payload } = await jwtVerify(token, key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], requiredClaims: ['exp'] });
  return payload;
}
