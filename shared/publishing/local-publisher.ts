import { appendFile } from 'node:fs/promises';
import type { Webhook } from './webhook-delivery.ts';
import type { PublishVerdict } from './verdict-event.ts';

/**
 * Locally: each verdict as a line of a newline-delimited log, written by its follow-up just after
 * the verdict is answered, and the same bytes POSTed to a webhook when one is set. The webhook is
 * not waited for: a slow or failing receiver holds up no other follow-up. Its delivery is signed
 * and retried (webhook-delivery.ts); one that fails every attempt is reported by the webhook's
 * `onGiveUp`.
 */
export function localPublisher(logPath: string, webhook?: Webhook): PublishVerdict {
  return async (event) => {
    const body = JSON.stringify(event);
    await appendFile(logPath, `${body}\n`);
    void webhook?.deliver(body, `the verdict on claim ${event.claimId} (version ${event.claimVersion})`);
  };
}
