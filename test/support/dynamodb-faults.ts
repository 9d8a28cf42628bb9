import { vi } from 'vitest';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';

/** A write of one claim: the per-claim conditional update ingest makes. */
export const isClaimWrite = (command: unknown): command is UpdateCommand => command instanceof UpdateCommand && String(command.input.Key?.sk).startsWith('CLAIM#');

/**
 * DynamoDB answers the commands `refused` picks with an error no local server gives (a throttle,
 * an outage, a refusal of the request), every time or only the first time; the rest reach the
 * real server. `vi.restoreAllMocks()` undoes it.
 */
export function refuseCommands(refused: (command: unknown) => boolean, error: { name: string; message: string }, options: { once?: boolean } = {}): void {
  const send = DynamoDBDocumentClient.prototype.send;
  let spent = false;
  vi.spyOn(DynamoDBDocumentClient.prototype, 'send').mockImplementation(function (this: DynamoDBDocumentClient, command: unknown, ...rest: unknown[]) {
    if (!spent && refused(command)) {
      spent = options.once === true;
      return Promise.reject(Object.assign(new Error(error.message), { name: error.name }));
    }
    return (send as (...a: unknown[]) => Promise<unknown>).call(this, command, ...rest);
  } as typeof send);
}
