import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Config } from '../config.ts';
import { localRequestHandler } from './local-connections.ts';

/** The credentials the local stack's embedded DynamoDB accepts (and prints): nothing else gets in. */
export const LOCAL_DYNAMODB_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/** A document client for AWS, or for the local stack's embedded DynamoDB when its endpoint is set. */
export function makeDocumentClient(config: Pick<Config, 'AWS_REGION' | 'DYNAMODB_ENDPOINT'>): DynamoDBDocumentClient {
  const client = config.DYNAMODB_ENDPOINT
    ? new DynamoDBClient({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT, credentials: LOCAL_DYNAMODB_CREDENTIALS, requestHandler: localRequestHandler() })
    : new DynamoDBClient({ region: config.AWS_REGION });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}
