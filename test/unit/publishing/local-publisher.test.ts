import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localPublisher } from '#shared/publishing/local-publisher.ts';
import { webhook } from '#shared/publishing/webhook-delivery.ts';
import { verifySignature } from '#shared/publishing/webhook-signature.ts';
import type { VerdictEvent } from '#shared/publishing/verdict-event.ts';
import { poll } from '../../support/poll.ts';
import { startReceiver } from '../../support/webhook-receiver.ts';

const SECRET = 'a test secret of some length';
const dir = mkdtempSync(join(tmpdir(), 'local-publisher-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const event = { schemaVersion: 1, claimId: 'c1', articleId: 'a1', claimVersion: 1, text: 'The bridge opens in May.', speaker: { name: 'Jane Doe', type: 'person' }, verdict: 'disputed', reviewer: 'alice', at: '2026-03-02T09:30:00.000Z' } as unknown as VerdictEvent;

describe('the local verdict publisher', () => {
  it('writes the event to the log and returns while the webhook still holds the delivery, which then arrives signed', async () => {
    const hook = await startReceiver(() => 'hold');
    const log = join(dir, 'hold.jsonl');
    // long enough that, were the publisher to wait for the webhook, it would never return within the test
    const hooked = webhook({ url: hook.url, secret: SECRET, attempts: 5, timeoutMs: 120_000, firstRetryDelayMs: 1 }, () => {});
    try {
      await localPublisher(log, hooked)(event);
      expect(readFileSync(log, 'utf8')).toBe(`${JSON.stringify(event)}\n`);
      const [delivery] = await poll('the webhook to get the event', async () => (hook.held.length ? hook.received : undefined), 10_000);
      expect(delivery.status).toBeUndefined();
      hook.release(204);
      await hooked.idle();
      expect(delivery).toMatchObject({ status: 204, abandoned: false, body: JSON.stringify(event) });
      expect(verifySignature(SECRET, delivery.body, delivery.headers['x-signature-256'] as string)).toBe(true);
    } finally {
      await hook.close();
    }
  });

  it('reports a delivery that failed every attempt through the error path, and keeps the event in the log', async () => {
    const hook = await startReceiver(() => 500);
    const log = join(dir, 'failing.jsonl');
    const errors: Error[] = [];
    const hooked = webhook({ url: hook.url, secret: SECRET, attempts: 3, timeoutMs: 60_000, firstRetryDelayMs: 1 }, (e) => errors.push(e));
    try {
      await localPublisher(log, hooked)(event);
      await hooked.idle();
      expect(hook.received).toHaveLength(3);
      expect(errors).toHaveLength(1);
      expect(errors[0].message).toMatch(/the verdict on claim c1 \(version 1\).*3 attempts.*500/);
      expect(JSON.parse(readFileSync(log, 'utf8'))).toEqual(event);
    } finally {
      await hook.close();
    }
  });

  it('only logs when no webhook is set', async () => {
    const log = join(dir, 'log-only.jsonl');
    await localPublisher(log)(event);
    await localPublisher(log)({ ...event, claimVersion: 2 });
    expect(readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l).claimVersion)).toEqual([1, 2]);
  });
});
