import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the SDK made: the operation (`AmazonSQS.SendMessageBatch`) and its input. */
export interface RecordedCall {
  target: string;
  input: Record<string, unknown>;
}

type Entries = Array<Record<string, string>>;
const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/**
 * SQS and EventBridge as far as the functions use them, on loopback: each call recorded and
 * answered as AWS answers it (the SDK checks the MD5 of every message body sent to SQS). Both
 * speak the AWS JSON protocol, the operation named in X-Amz-Target. Point the SDK here with
 * AWS_ENDPOINT_URL_SQS and AWS_ENDPOINT_URL_EVENTBRIDGE.
 */
export async function startAwsJsonServices(): Promise<{ url: string; calls: RecordedCall[]; close(): Promise<void> }> {
  const calls: RecordedCall[] = [];
  const answers: Partial<Record<string, (input: Record<string, unknown>) => unknown>> = {
    'AmazonSQS.SendMessage': (input) => ({ MessageId: randomUUID(), MD5OfMessageBody: md5(String(input.MessageBody)) }),
    'AmazonSQS.SendMessageBatch': (input) => ({
      Successful: (input.Entries as Entries).map((entry) => ({ Id: entry.Id, MessageId: randomUUID(), MD5OfMessageBody: md5(entry.MessageBody) })),
      Failed: [],
    }),
    'AWSEvents.PutEvents': (input) => ({ FailedEntryCount: 0, Entries: (input.Entries as Entries).map(() => ({ EventId: randomUUID() })) }),
  };
  const server = createServer(async (req, res) => {
    const target = String(req.headers['x-amz-target'] ?? '');
    const input = JSON.parse((await bodyOf(req)) || '{}') as Record<string, unknown>;
    calls.push({ target, input });
    const answer = Object.hasOwn(answers, target) ? answers[target] : undefined;
    res.writeHead(answer ? 200 : 400, { 'content-type': 'application/x-amz-json-1.0' });
    res.end(JSON.stringify(answer ? answer(input) : { __type: 'UnknownOperationException', message: `no ${target} here` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
