import { createSocket } from 'node:dgram';
import type { AddressInfo } from 'node:net';

/** A segment or subsegment as the X-Ray SDK sends it, with those nested in it. */
export interface TraceDocument {
  name: string;
  trace_id: string;
  annotations?: Record<string, unknown>;
  aws?: Record<string, unknown>;
  subsegments?: TraceDocument[];
}

/**
 * The X-Ray daemon as far as a function sees it: a UDP port taking one document a datagram, each a
 * header line (`{"format":"json","version":1}`) and the document. Point a function at it with
 * AWS_XRAY_DAEMON_ADDRESS; `documents` lists what arrived, nested subsegments taken out beside
 * their parents.
 */
export async function startXRayDaemon(): Promise<{ address: string; documents: TraceDocument[]; close(): Promise<void> }> {
  const documents: TraceDocument[] = [];
  const socket = createSocket('udp4');
  const take = (document: TraceDocument) => {
    documents.push(document);
    document.subsegments?.forEach(take);
  };
  socket.on('message', (datagram) => take(JSON.parse(datagram.toString('utf8').split('\n').slice(1).join('\n')) as TraceDocument));
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    address: `127.0.0.1:${(socket.address() as AddressInfo).port}`,
    documents,
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}
