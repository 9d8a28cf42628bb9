/**
 * The load side of `npm run bench`, run in its own process so that it does not share a core's
 * event loop with the server: autocannon against one route, printing its figures as JSON.
 * usage: tsx scripts/http-load.ts OPTIONS.json   ({ url, method, token?, seconds?, connections, verdictsFor?: claimIds })
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const options = JSON.parse(readFileSync(process.argv[2], 'utf8')) as {
  url: string;
  method: 'GET' | 'PUT';
  token?: string;
  seconds?: number;
  connections: number;
  verdictsFor?: string[];
};
const headers = { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) };
let next = 0;
const result = await autocannon({
  url: options.url,
  method: options.method,
  headers,
  connections: options.connections,
  ...(options.verdictsFor
    ? {
        amount: options.verdictsFor.length,
        // each request rules on a claim of its own, at the version it has: every write should succeed
        requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: `/claims/${options.verdictsFor![next++]}/verdict`, body: JSON.stringify({ verdict: 'verified', expectedVersion: 0 }) }) }],
      }
    : { duration: options.seconds ?? 5 }),
});
console.log(JSON.stringify({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors, total: result.requests.total }));
