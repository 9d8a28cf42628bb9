/**
 * The headers every answer of the API and the desk carries, locally (local/gateway.ts) and in AWS
 * (the API function's answers; CloudFront's response headers policy for the desk, cdk/constructs/desk.ts):
 * no MIME sniffing, no framing (clickjacking a verdict button), no referrer leaking a claim's URL,
 * and a content security policy that lets the desk run only its own script and call only the API
 * and, in AWS, Cognito.
 */
const COMMON = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

/** JSON answers: nothing in them is to be rendered, run or framed. */
export const API_SECURITY_HEADERS = { ...COMMON, 'content-security-policy': "default-src 'none'; frame-ancestors 'none'" };

/** The desk's policy; `connect` adds the origins it calls besides its own (the API and Cognito in AWS). */
export const deskContentSecurityPolicy = (connect: string[] = []) =>
  ["default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", `connect-src 'self'${connect.map((c) => ` ${c}`).join('')}`, "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"].join('; ');

export const DESK_SECURITY_HEADERS = { ...COMMON, 'content-security-policy': deskContentSecurityPolicy() };
