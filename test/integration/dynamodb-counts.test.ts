import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { startDynamo, type DynamoServer } from '../../local/embedded-servers.ts';
import { makeDocumentClient } from '#shared/aws/clients.ts';
import { countDynamoDb, describeRequests } from '../../scripts/measuring/dynamodb-counts.ts';

/** The bench's counting client against the local stack's dynalite: requests and units by command. */
let dynamo: DynamoServer;
beforeAll(async () => {
  dynamo = await startDynamo(null, 0, 'counts');
});
afterAll(async () => {
  await dynamo.close();
});

const given = () => {
  const client = makeDocumentClient({ AWS_REGION: 'us-east-1', DYNAMODB_ENDPOINT: dynamo.endpoint });
  return { client, counter: countDynamoDb(client) };
};

describe('countDynamoDb', () => {
  it('counts requests and the units DynamoDB reports, reads and writes apart', async () => {
    const { client, counter } = given();
    await client.send(new PutCommand({ TableName: 'counts', Item: { pk: 'A', sk: '1', text: 'x' } }));
    await client.send(new PutCommand({ TableName: 'counts', Item: { pk: 'A', sk: '2', text: 'y' } }));
    await client.send(new GetCommand({ TableName: 'counts', Key: { pk: 'A', sk: '1' }, ConsistentRead: true }));
    await client.send(new QueryCommand({ TableName: 'counts', KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': 'A' } }));
    const { byCommand, total } = counter.counts();
    expect(byCommand.PutItemCommand).toMatchObject({ requests: 2, writeUnits: 2, readUnits: 0 });
    expect(byCommand.GetItemCommand).toMatchObject({ requests: 1, readUnits: 1, writeUnits: 0 });
    expect(byCommand.QueryCommand).toMatchObject({ requests: 1, readUnits: 0.5 });
    expect(total).toMatchObject({ requests: 4, readUnits: 1.5, writeUnits: 2, failed: 0 });
    expect(describeRequests(counter.counts())).toBe('2 PutItem 2 WCU + 1 GetItem 1 RCU + 1 Query 0.5 RCU');
  });

  // a batch's (and a transaction's, which dynalite lacks) units come as CapacityUnits per table, the same for reads and writes
  it("counts a batch write's units as writes, and a refused write as a request that failed", async () => {
    const { client, counter } = given();
    await client.send(new BatchWriteCommand({ RequestItems: { counts: [{ PutRequest: { Item: { pk: 'T', sk: '1' } } }, { PutRequest: { Item: { pk: 'T', sk: '2' } } }] } }));
    await expect(client.send(new PutCommand({ TableName: 'counts', Item: { pk: 'T', sk: '1' }, ConditionExpression: 'attribute_not_exists(pk)' }))).rejects.toThrow();
    const { byCommand } = counter.counts();
    expect(byCommand.BatchWriteItemCommand.requests).toBe(1);
    expect(byCommand.BatchWriteItemCommand.writeUnits).toBeGreaterThan(0);
    expect(byCommand.BatchWriteItemCommand.readUnits).toBe(0);
    expect(byCommand.PutItemCommand).toMatchObject({ requests: 1, failed: 1 });
  });

  it('leaves commands that take no ReturnConsumedCapacity alone, and starts again from nothing on reset', async () => {
    const { client, counter } = given();
    await expect(client.send(new DescribeTableCommand({ TableName: 'counts' }))).resolves.toMatchObject({ Table: { TableName: 'counts' } });
    expect(counter.counts().byCommand.DescribeTableCommand).toMatchObject({ requests: 1, readUnits: 0, writeUnits: 0 });
    counter.reset();
    expect(counter.counts().total.requests).toBe(0);
  });
});
