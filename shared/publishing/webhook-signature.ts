import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * How a webhook receiver knows a verdict came from this desk: as GitHub signs its webhooks, an
 * HMAC-SHA256 of the exact bytes of the body, keyed with the shared secret, sent as
 * `X-Signature-256: sha256=<hex>`. docs/webhooks.md tells receivers how to check it.
 */
export const SIGNATURE_HEADER = 'X-Signature-256';
/** the same on every attempt at one event, so a receiver can tell a retry from a new event */
export const DELIVERY_ID_HEADER = 'X-Delivery-Id';
/** when this attempt was sent, in Unix seconds */
export const DELIVERY_TIMESTAMP_HEADER = 'X-Delivery-Timestamp';
/** 1 for the first attempt, 2 for the first retry, … */
export const DELIVERY_ATTEMPT_HEADER = 'X-Delivery-Attempt';

export function signatureOf(secret: string, body: string | Uint8Array): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Whether `header` is the signature of `body`; compared in constant time, so no timing tells how much of a forgery was right. */
export function verifySignature(secret: string, body: string | Uint8Array, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signatureOf(secret, body));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
