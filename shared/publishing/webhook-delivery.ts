import { randomUUID } from 'node:crypto';
import { setTimeout as wait } from 'node:timers/promises';
import { DELIVERY_ATTEMPT_HEADER, DELIVERY_ID_HEADER, DELIVERY_TIMESTAMP_HEADER, SIGNATURE_HEADER, signatureOf } from './webhook-signature.ts';

/**
 * Signed webhook deliveries that retry, in the background. A delivery is started and left to run:
 * the caller (a verdict request) goes on without it. Each attempt is a POST of the same bytes
 * with the same delivery id, signed, and bounded by a timeout; a failed attempt is tried again
 * after a wait that doubles each time, up to a fixed number of attempts, then given up on and
 * reported. The schedule is in docs/webhooks.md for the receiver's side.
 */
export interface WebhookSettings {
  url: string;
  secret: string;
  /** attempts at one delivery, the first included */
  attempts: number;
  /** how long one attempt may wait for the webhook's answer */
  timeoutMs: number;
  /** the wait before the first retry; each later retry waits twice as long as the one before */
  firstRetryDelayMs: number;
}

/** 5 attempts, 3 s each at most, retried after 1, 2, 4 and 8 s: a webhook down for up to ~15 s misses nothing. */
export const DEFAULT_DELIVERY = { attempts: 5, timeoutMs: 3_000, firstRetryDelayMs: 1_000 } as const;

export interface DeliveryOutcome {
  deliveryId: string;
  delivered: boolean;
  attempts: number;
}

export interface Webhook {
  /** Starts delivering `body` and returns at once. The promise never rejects: it says how the delivery ended. */
  deliver(body: string, what: string): Promise<DeliveryOutcome>;
  /** Resolves once every delivery started so far has been delivered or given up on. */
  idle(): Promise<void>;
}

interface Failure {
  reason: string;
  /** whether a later attempt may fare better: not when the webhook refused the event itself */
  retry: boolean;
}

/** The wait after failed attempt `attempt` (1, 2, …) before the next: 1, 2, 4, 8 s by default. */
export function retryDelayMs(settings: Pick<WebhookSettings, 'firstRetryDelayMs'>, attempt: number): number {
  return settings.firstRetryDelayMs * 2 ** (attempt - 1);
}

/** `onGiveUp` hears of every delivery that failed its last attempt, or was refused. */
export function webhook(settings: WebhookSettings, onGiveUp: (error: Error) => void): Webhook {
  const running = new Set<Promise<DeliveryOutcome>>();

  async function deliverWithRetries(body: string, what: string): Promise<DeliveryOutcome> {
    const deliveryId = randomUUID();
    for (let attempt = 1; ; attempt++) {
      const failure = await attemptDelivery(settings, body, deliveryId, attempt);
      if (!failure) return { deliveryId, delivered: true, attempts: attempt };
      if (!failure.retry || attempt >= settings.attempts) {
        onGiveUp(new Error(`the webhook never took ${what} (delivery ${deliveryId}, ${attempt} attempt${attempt === 1 ? '' : 's'}): ${failure.reason}`));
        return { deliveryId, delivered: false, attempts: attempt };
      }
      await wait(retryDelayMs(settings, attempt));
    }
  }

  return {
    deliver(body, what) {
      const delivery = deliverWithRetries(body, what).catch((error: Error) => {
        // only a throwing onGiveUp lands here; the delivery itself never throws
        console.error(error);
        return { deliveryId: '', delivered: false, attempts: 0 };
      });
      running.add(delivery);
      void delivery.finally(() => running.delete(delivery));
      return delivery;
    },
    async idle() {
      while (running.size) await Promise.all(running);
    },
  };
}

async function attemptDelivery(settings: WebhookSettings, body: string, deliveryId: string, attempt: number): Promise<Failure | undefined> {
  try {
    const res = await fetch(settings.url, {
      method: 'POST',
      // a redirect would send the signed event somewhere the settings never named
      redirect: 'manual',
      signal: AbortSignal.timeout(settings.timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'quote-factcheck-webhook/1',
        [SIGNATURE_HEADER]: signatureOf(settings.secret, body),
        [DELIVERY_ID_HEADER]: deliveryId,
        [DELIVERY_TIMESTAMP_HEADER]: String(Math.floor(Date.now() / 1000)),
        [DELIVERY_ATTEMPT_HEADER]: String(attempt),
      },
      body,
    });
    // the answer's body says nothing we use; cancelling it frees the connection for the next delivery
    await res.body?.cancel();
    if (res.ok) return undefined;
    // 408 and 429 say "later"; a 5xx is the receiver's trouble and may pass; any other answer refuses this event, and would refuse it again
    return { reason: `the webhook answered ${res.status}`, retry: res.status === 408 || res.status === 429 || res.status >= 500 };
  } catch (error) {
    const err = error as Error & { cause?: { code?: string; message?: string } };
    const reason = err.name === 'TimeoutError' ? `no answer within ${settings.timeoutMs} ms` : `the webhook could not be reached (${err.cause?.code ?? err.cause?.message ?? err.message})`;
    return { reason, retry: true };
  }
}
