import { describe, expect, it } from 'vitest';
import { parseConfig } from '#shared/config.ts';

const URL = 'https://cms.example/hooks/verdicts';

describe('webhook settings', () => {
  it('refuses to start with a webhook URL and no secret to sign deliveries with', () => {
    expect(() => parseConfig({ VERDICT_WEBHOOK_URL: URL })).toThrow(/VERDICT_WEBHOOK_SECRET/);
    expect(() => parseConfig({ VERDICT_WEBHOOK_URL: URL, VERDICT_WEBHOOK_SECRET: '' })).toThrow(/VERDICT_WEBHOOK_SECRET/);
  });

  it('refuses a secret short enough to guess', () => {
    expect(() => parseConfig({ VERDICT_WEBHOOK_URL: URL, VERDICT_WEBHOOK_SECRET: 'changeme' })).toThrow(/at least 16/);
  });

  it('takes a webhook with its secret, retrying 5 times at most, 3 s an attempt, from 1 s apart', () => {
    expect(parseConfig({ VERDICT_WEBHOOK_URL: URL, VERDICT_WEBHOOK_SECRET: 'x'.repeat(64) })).toMatchObject({
      VERDICT_WEBHOOK_URL: URL,
      VERDICT_WEBHOOK_ATTEMPTS: 5,
      VERDICT_WEBHOOK_TIMEOUT_MS: 3_000,
      VERDICT_WEBHOOK_RETRY_DELAY_MS: 1_000,
    });
  });

  it('needs no secret without a webhook, and no webhook with EventBridge', () => {
    expect(parseConfig({})).not.toHaveProperty('VERDICT_WEBHOOK_SECRET');
    expect(() => parseConfig({ EVENT_BUS_NAME: 'verdicts' })).not.toThrow();
  });

  it('refuses a webhook that is no http(s) URL', () => {
    expect(() => parseConfig({ VERDICT_WEBHOOK_URL: 'file:///etc/passwd', VERDICT_WEBHOOK_SECRET: 'x'.repeat(64) })).toThrow();
  });
});
