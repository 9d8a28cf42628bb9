import { afterEach, describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { retryDelayMs, webhook, DEFAULT_DELIVERY, type WebhookSettings } from '#shared/publishing/webhook-delivery.ts';
import { verifySignature } from '#shared/publishing/webhook-signature.ts';
import { poll } from '../../support/poll.ts';
import { startReceiver, type Answer } from '../../support/webhook-receiver.ts';

const SECRET = 'a test secret of some length';
const BODY = JSON.stringify({ schemaVersion: 1, claimId: 'c1', verdict: 'disputed', note: 'Ça ne tient pas </script> \u2028' });
/** retries at once, and an attempt that waits long enough never to time out in a test unless it is meant to */
const quick = (url: string, over: Partial<WebhookSettings> = {}): WebhookSettings => ({ url, secret: SECRET, attempts: 5, timeoutMs: 60_000, firstRetryDelayMs: 1, ...over });

const receivers: Array<{ close(): Promise<void> }> = [];
async function receiver(answer: (n: number) => Answer) {
  const r = await startReceiver(answer);
  receivers.push(r);
  return r;
}
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

describe('webhook delivery', () => {
  it('delivers on the third attempt to a webhook that fails twice, the same body and delivery id each time', async () => {
    const hook = await receiver((n) => (n <= 2 ? 500 : 204));
    const givenUp: Error[] = [];
    const outcome = await webhook(quick(hook.url), (e) => givenUp.push(e)).deliver(BODY, 'a verdict');
    expect(outcome).toEqual({ deliveryId: expect.any(String), delivered: true, attempts: 3 });
    expect(hook.received.map((r) => [r.headers['x-delivery-attempt'], r.status])).toEqual([['1', 500], ['2', 500], ['3', 204]]);
    expect(new Set(hook.received.map((r) => r.headers['x-delivery-id']))).toEqual(new Set([outcome.deliveryId]));
    expect(hook.received.every((r) => r.body === BODY)).toBe(true);
    expect(givenUp).toEqual([]);
  });

  it('gives up after the last attempt, and reports that once', async () => {
    const hook = await receiver(() => 503);
    const givenUp: Error[] = [];
    const outcome = await webhook(quick(hook.url, { attempts: 3 }), (e) => givenUp.push(e)).deliver(BODY, 'the verdict on claim c1');
    expect(outcome).toMatchObject({ delivered: false, attempts: 3 });
    expect(hook.received).toHaveLength(3);
    expect(givenUp).toHaveLength(1);
    expect(givenUp[0].message).toMatch(/the verdict on claim c1/);
    expect(givenUp[0].message).toContain(outcome.deliveryId);
    expect(givenUp[0].message).toMatch(/3 attempts.*503/);
  });

  it('does not retry a webhook that refuses the event (a 4xx other than 408 or 429)', async () => {
    const hook = await receiver(() => 401);
    const givenUp: Error[] = [];
    expect(await webhook(quick(hook.url), (e) => givenUp.push(e)).deliver(BODY, 'a verdict')).toMatchObject({ delivered: false, attempts: 1 });
    expect(givenUp[0].message).toMatch(/401/);
  });

  it('retries a webhook that asks for later (429) or times out (408)', async () => {
    const hook = await receiver((n) => (n === 1 ? 429 : n === 2 ? 408 : 200));
    expect(await webhook(quick(hook.url), () => {}).deliver(BODY, 'a verdict')).toMatchObject({ delivered: true, attempts: 3 });
  });

  it('abandons an attempt the webhook does not answer within the timeout, and tries again', async () => {
    const hook = await receiver((n) => (n === 1 ? 'hold' : 204));
    const outcome = await webhook(quick(hook.url, { timeoutMs: 200 }), () => {}).deliver(BODY, 'a verdict');
    expect(outcome).toMatchObject({ delivered: true, attempts: 2 });
    await poll('the first attempt seen abandoned', async () => (hook.received[0].abandoned ? true : undefined), 5_000);
    expect(hook.received[1]).toMatchObject({ status: 204, abandoned: false });
  });

  it('retries a webhook that cannot be reached, and says why it gave up', async () => {
    const hook = await receiver(() => 204);
    const url = hook.url;
    await hook.close();
    const givenUp: Error[] = [];
    expect(await webhook(quick(url, { attempts: 2 }), (e) => givenUp.push(e)).deliver(BODY, 'a verdict')).toMatchObject({ delivered: false, attempts: 2 });
    expect(givenUp[0].message).toMatch(/could not be reached \(ECONNREFUSED\)/);
  });

  it('waits twice as long before each retry: 1, 2, 4 and 8 s by default', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(DEFAULT_DELIVERY, attempt))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(DEFAULT_DELIVERY.attempts).toBe(5);
  });

  it('tells when every delivery started has ended', async () => {
    const hook = await receiver(() => 'hold');
    const hooked = webhook(quick(hook.url), () => {});
    await hooked.idle();
    void hooked.deliver(BODY, 'a verdict');
    let ended = false;
    const waiting = hooked.idle().then(() => (ended = true));
    await poll('the held delivery', async () => (hook.held.length ? true : undefined), 5_000);
    expect(ended).toBe(false);
    hook.release();
    await waiting;
    expect(hook.received[0].status).toBe(204);
  });
});

describe('webhook signatures', () => {
  it('signs the exact body with the secret as X-Signature-256: sha256=<hex>, with an id and a timestamp', async () => {
    const hook = await receiver(() => 204);
    await webhook(quick(hook.url), () => {}).deliver(BODY, 'a verdict');
    const [{ headers, body }] = hook.received;
    expect(body).toBe(BODY);
    expect(headers['x-signature-256']).toBe(`sha256=${createHmac('sha256', SECRET).update(Buffer.from(body, 'utf8')).digest('hex')}`);
    expect(headers['x-delivery-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(headers['x-delivery-timestamp']).toMatch(/^\d{10}$/);
    expect(headers['content-type']).toBe('application/json');
  });

  it('verifies a signature only for the same body and the same secret', () => {
    const signature = `sha256=${createHmac('sha256', SECRET).update(BODY).digest('hex')}`;
    expect(verifySignature(SECRET, BODY, signature)).toBe(true);
    expect(verifySignature(SECRET, Buffer.from(BODY), signature)).toBe(true);
    expect(verifySignature(SECRET, BODY.replace('disputed', 'verified'), signature)).toBe(false);
    expect(verifySignature('another secret of some length', BODY, signature)).toBe(false);
    expect(verifySignature(SECRET, BODY, signature.slice(0, -1))).toBe(false);
    expect(verifySignature(SECRET, BODY, undefined)).toBe(false);
  });
});
