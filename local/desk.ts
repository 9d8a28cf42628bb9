import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

/** The reviewer desk's built files; `npm start` builds them first when they are missing or older than its sources. */
export const DESK_DIST = resolve('desk/dist');
const DESK_SOURCES = [resolve('desk/src'), resolve('desk/index.html'), resolve('vite.desk.config.ts')];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export async function ensureDeskBuilt(): Promise<void> {
  const built = join(DESK_DIST, 'index.html');
  // a pulled or edited source must never be served as its old build
  if (existsSync(built) && newestChange(DESK_SOURCES) <= statSync(built).mtimeMs) return;
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

/** The latest modification time of the files under these paths. */
function newestChange(paths: string[]): number {
  return Math.max(
    0,
    ...paths.filter(existsSync).map((path) => {
      const stat = statSync(path);
      return stat.isDirectory() ? newestChange(readdirSync(path).map((name) => join(path, name))) : stat.mtimeMs;
    }),
  );
}
