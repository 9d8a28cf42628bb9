import { Agent } from 'node:http';

/**
 * The connection pool for the local endpoints (plain HTTP to the embedded servers). In AWS each
 * Lambda environment ingests one article at a time, and the SDK's default pool (keep-alive, 50
 * sockets) is ample; the local stack's ingest worker runs a whole burst in one process, and a
 * burst of 100 articles, each storing its claims with many requests at once, queued thousands of
 * requests behind those 50 sockets (the SDK warns of it). 200 sockets, kept alive so that a burst
 * reuses them rather than opening a connection per request; one agent per client, as the SDK's own.
 */
const LOCAL_MAX_SOCKETS = 200;
export const localRequestHandler = () => ({ httpAgent: new Agent({ keepAlive: true, maxSockets: LOCAL_MAX_SOCKETS }) });
