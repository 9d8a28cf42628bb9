import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** What one kind of command cost: requests sent, and the units DynamoDB said they consumed. */
export interface CommandCount {
  requests: number;
  readUnits: number;
  writeUnits: number;
  /** requests that failed (a condition refused, a throttle): AWS bills a refused write, but returns no ConsumedCapacity with the error */
  failed: number;
}

export interface DynamoDbCounts {
  /** per command name as the SDK names it (`GetCommand`, `QueryCommand`, `TransactWriteCommand`, ...) */
  byCommand: Record<string, CommandCount>;
  total: CommandCount;
}

/** The operations whose input takes ReturnConsumedCapacity (the PartiQL ones too); DescribeTable and the like do not. */
const TAKES_CONSUMED_CAPACITY = /^(Get|Put|Update|Delete|Query|Scan|BatchGet|BatchWrite|TransactGet|TransactWrite|ExecuteStatement|BatchExecuteStatement|ExecuteTransaction)(Item)?Command$/;
/** Which of them write: their units are write units, whatever the response calls them (CapacityUnits). */
const WRITES = /^(Put|Update|Delete|BatchWrite|TransactWrite)(Item)?Command$/;

type Consumed = { CapacityUnits?: number; ReadCapacityUnits?: number; WriteCapacityUnits?: number };

const empty = (): CommandCount => ({ requests: 0, readUnits: 0, writeUnits: 0, failed: 0 });

/**
 * Counts every request the client sends, and the capacity DynamoDB says each consumed: a
 * middleware that asks for ReturnConsumedCapacity TOTAL on each command that takes it and sums
 * the ConsumedCapacity of the answer (one object, or one per table for batches and
 * transactions). DynamoDB reports a transaction's or batch's units as CapacityUnits only, so a
 * write command's CapacityUnits are counted as write units and a read's as read units.
 *
 * DynamoDB Local computes the units as AWS does, indexes included; dynalite computes them for the
 * table only (a write that also lands in a global secondary index costs more in AWS than
 * dynalite says).
 */
export function countDynamoDb(client: DynamoDBDocumentClient): { counts: () => DynamoDbCounts; reset: () => void } {
  let byCommand: Record<string, CommandCount> = {};
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = String((context as { commandName?: string }).commandName ?? 'unknown');
      const count = (byCommand[command] ??= empty());
      count.requests++;
      if (TAKES_CONSUMED_CAPACITY.test(command)) (args.input as { ReturnConsumedCapacity?: string }).ReturnConsumedCapacity = 'TOTAL';
      let result;
      try {
        result = await next(args);
      } catch (error) {
        count.failed++;
        throw error;
      }
      const consumed = (result.output as { ConsumedCapacity?: Consumed | Consumed[] }).ConsumedCapacity;
      for (const c of Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) {
        const read = c.ReadCapacityUnits ?? (WRITES.test(command) ? 0 : (c.CapacityUnits ?? 0));
        const write = c.WriteCapacityUnits ?? (WRITES.test(command) ? (c.CapacityUnits ?? 0) : 0);
        count.readUnits += read;
        count.writeUnits += write;
      }
      return result;
    },
    { step: 'initialize', name: 'countDynamoDbCapacity', override: true },
  );
  return {
    counts: () => {
      const copy = Object.fromEntries(Object.entries(byCommand).map(([name, c]) => [name, { ...c }]));
      const total = Object.values(copy).reduce((sum, c) => ({ requests: sum.requests + c.requests, readUnits: sum.readUnits + c.readUnits, writeUnits: sum.writeUnits + c.writeUnits, failed: sum.failed + c.failed }), empty());
      return { byCommand: copy, total };
    },
    reset: () => {
      byCommand = {};
    },
  };
}

/**
 * `8 Query 8 RCU + 1 GetItem 0.5 RCU`: a count's requests and units by command, most requests
 * first, each divided by `per` (the verdicts or claims counted together).
 */
export function describeRequests(counts: DynamoDbCounts, per = 1): string {
  const figure = (n: number) => String(Number((n / per).toFixed(2)));
  return Object.entries(counts.byCommand)
    .sort(([, a], [, b]) => b.requests - a.requests)
    .map(([name, c]) => {
      const units = [c.readUnits ? `${figure(c.readUnits)} RCU` : '', c.writeUnits ? `${figure(c.writeUnits)} WCU` : ''].filter(Boolean).join(' ');
      return `${figure(c.requests)} ${name.replace(/Command$/, '')}${units ? ` ${units}` : ''}${c.failed ? ` (${figure(c.failed)} refused)` : ''}`;
    })
    .join(' + ');
}
