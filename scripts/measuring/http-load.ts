/**
 * The load side of `npm run bench`, run in its own process so that it does not share a core's
 * event loop with the server, printing its figures as JSON. Either autocannon against one route,
 * or (`oneAtATime`) requests one after another, as one reviewer's desk makes them, each timed to
 * a hundredth of a millisecond: autocannon's latencies are whole milliseconds, and an idle API
 * answers in less than one, so a ratio against it needs the finer clock.
 * usage: tsx scripts/measuring/http-load.ts OPTIONS.json   ({ url, method, token?, seconds?, connections, verdictsFor?: claimIds, oneAtATime? })
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
  oneAtATime?: boolean;
};
const headers = { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) };

if (options.oneAtATime) {
  const latencies: number[] = [];
  let non2xx = 0;
  const until = performance.now() + (options.seconds ?? 5) * 1000;
  while (performance.now() < until) {
    const t0 = performance.now();
    const res = await fetch(options.url, { method: options.method, headers });
    await res.arrayBuffer();
    latencies.push(performance.now() - t0);
    if (!res.ok) non2xx++;
  }
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Number(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(2));
  console.log(JSON.stringify({ total: latencies.length, p50: at(0.5), p99: at(0.99), max: at(1), non2xx }));
  process.exit(0);
}

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
