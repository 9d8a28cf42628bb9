import { appendFile } from 'node:fs/promises';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { Webhook } from './webhook-delivery.ts';
import { VERDICT_EVENT_SOURCE, VERDICT_EVENT_TYPE, type PublishVerdict } from './verdict-event.ts';

/**
 * In AWS: each verdict as an event on the stack's EventBridge bus, for rules to route. Sent
 * within the request, unlike the local webhook: Lambda freezes its environment once the handler
 * answers, so an event still being sent then could be lost without a trace. PutEvents is one
 * short call that the SDK retries, and EventBridge itself retries delivery to its targets.
 */
export function eventBridgePublisher(client: EventBridgeClient, busName: string): PublishVerdict {
  return async (event) => {
    const out = await client.send(new PutEventsCommand({ Entries: [{ EventBusName: busName, Source: VERDICT_EVENT_SOURCE, DetailType: VERDICT_EVENT_TYPE, Detail: JSON.stringify(event) }] }));
    if (out.FailedEntryCount) throw new Error(`EventBridge refused the verdict event: ${out.Entries?.[0]?.ErrorMessage ?? 'no reason given'}`);
  };
}

/**
 * Locally: each verdict as a line of a newline-delimited log, written before the verdict is
 * answered, and the same bytes POSTed to a webhook when one is set. The webhook is not waited
 * for: a slow or failing receiver costs the verdict nothing. Its delivery is signed and retried
 * (webhook-delivery.ts); one that fails every attempt is reported by the webhook's `onGiveUp`.
 */
export function localPublisher(logPath: string, webhook?: Webhook): PublishVerdict {
  return async (event) => {
    const body = JSON.stringify(event);
    await appendFile(logPath, `${body}\n`);
    void webhook?.deliver(body, `the verdict on claim ${event.claimId} (version ${event.claimVersion})`);
  };
}
