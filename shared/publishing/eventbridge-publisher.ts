import { PutEventsCommand, type EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { VERDICT_EVENT_SOURCE, VERDICT_EVENT_TYPE, type PublishVerdict } from './verdict-event.ts';

/**
 * In AWS: each verdict as an event on the stack's EventBridge bus, for rules to route, sent by the
 * follow-ups function within its invocation (Lambda freezes an environment once it answers, so
 * nothing is sent after). A refused event fails the follow-up, which the stream then retries.
 */
export function eventBridgePublisher(client: EventBridgeClient, busName: string): PublishVerdict {
  return async (event) => {
    const out = await client.send(new PutEventsCommand({ Entries: [{ EventBusName: busName, Source: VERDICT_EVENT_SOURCE, DetailType: VERDICT_EVENT_TYPE, Detail: JSON.stringify(event) }] }));
    if (out.FailedEntryCount) throw new Error(`EventBridge refused the verdict event: ${out.Entries?.[0]?.ErrorMessage ?? 'no reason given'}`);
  };
}
