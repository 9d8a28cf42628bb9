import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the receiver got, and how it was answered (once it was). */
export interface Received {
  headers: IncomingHttpHeaders;
  /** the exact bytes posted, as UTF-8 */
  body: string;
  status?: number;
  /** the sender gave up on the request (a timeout) before it was answered */
  abandoned: boolean;
}

/** How to answer the nth request (1-based): a status, or hold it open until `release`. */
export type Answer = number | 'hold';

/**
 * A real HTTP server standing in for a newsroom's webhook: it records what arrives, and answers as
 * the test scripts it, so the sender's retries, timeouts and background delivery cross a wire.
 */
export async function startReceiver(answer: (n: number, received: Received) => Answer) {
  const received: Received[] = [];
  const held: Array<{ delivery: Received; res: ServerResponse }> = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const delivery: Received = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), abandoned: false };
      received.push(delivery);
      res.on('close', () => {
        if (!res.writableFinished) delivery.abandoned = true;
      });
      const how = answer(received.length, delivery);
      if (how === 'hold') held.push({ delivery, res });
      else respond(delivery, res, how);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const respond = (delivery: Received, res: ServerResponse, status: number) => {
    res.on('finish', () => (delivery.status = status));
    res.writeHead(status).end();
  };
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    held,
    /** answers every held request with `status` */
    release(status = 204) {
      for (const { delivery, res } of held.splice(0)) respond(delivery, res, status);
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
