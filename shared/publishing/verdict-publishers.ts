import { appendFile } from 'node:fs/promises';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { VERDICT_EVENT_SOURCE, VERDICT_EVENT_TYPE, type PublishVerdict } from './verdict-event.ts';

/** In AWS: each verdict as an event on the stack's EventBridge bus, for rules to route. */
export function eventBridgePublisher(client: EventBridgeClient, busName: string): PublishVerdict {
  return async (event) => {
    const out = await client.send(new PutEventsCommand({ Entries: [{ EventBusName: busName, Source: VERDICT_EVENT_SOURCE, DetailType: VERDICT_EVENT_TYPE, Detail: JSON.stringify(event) }] }));
    if (out.FailedEntryCount) throw new Error(`EventBridge refused the verdict event: ${out.Entries?.[0]?.ErrorMessage ?? 'no reason given'}`);
  };
}

/** How long a webhook may take before the verdict stops waiting for it. */
const WEBHOOK_TIMEOUT_MS = 3_000;

/**
 * Locally: each verdict as a line of a newline-delimited log, and POSTed to a webhook when one is
 * set. A webhook that fails or hangs costs the verdict nothing: the caller logs the error.
 */
export function localPublisher(logPath: string, webhookUrl?: string): PublishVerdict {
  return async (event) => {
    await appendFile(logPath, `${JSON.stringify(event)}\n`);
    if (!webhookUrl) return;
    const res = await fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event), signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS) });
    if (!res.ok) throw new Error(`the webhook answered ${res.status}`);
  };
}
