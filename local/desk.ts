import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

/** The reviewer desk's built files; `npm start` builds them first when they are missing. */
export const DESK_DIST = resolve('desk/dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export async function ensureDeskBuilt(): Promise<void> {
  if (existsSync(join(DESK_DIST, 'index.html'))) return;
  const { build } = await import('vite');
  await build({ configFile: resolve('vite.desk.config.ts'), logLevel: 'warn' });
}

/**
 * Serves the desk on the API's origin: `/` and its assets from desk/dist, and `config.json`,
 * which tells the desk the API is on the same origin and sign-in is by pasted token. Returns
 * false for anything that is not the desk's.
 */
export function serveDesk(req: IncomingMessage, res: ServerResponse, path: string): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (path === '/config.json') {
    res.writeHead(200, { ...res.getHeaders(), 'content-type': 'application/json', 'cache-control': 'no-store' } as Record<string, string>);
    res.end(JSON.stringify({ apiUrl: '' }));
    return true;
  }
  const relative = path === '/' ? 'index.html' : normalize(decodeURIComponent(path)).replace(/^[/\\]+/, '');
  const file = resolve(DESK_DIST, relative);
  if (!file.startsWith(DESK_DIST + '/') || !existsSync(file) || !TYPES[extname(file)]) return false;
  res.writeHead(200, { ...res.getHeaders(), 'content-type': TYPES[extname(file)], 'cache-control': relative === 'index.html' ? 'no-cache' : 'public, max-age=31536000, immutable' } as Record<string, string>);
  res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  return true;
}
