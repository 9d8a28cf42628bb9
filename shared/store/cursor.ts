import { InvalidRequest } from '../errors.ts';

/**
 * Page cursors: DynamoDB's LastEvaluatedKey, base64url-encoded with the name of the query it
 * belongs to, so that a cursor of one list cannot be replayed against another.
 */
export function encodeCursor(query: string, lastKey: Record<string, unknown> | undefined): string | null {
  if (!lastKey) return null;
  return Buffer.from(JSON.stringify({ q: query, k: lastKey })).toString('base64url');
}

export function decodeCursor(query: string, cursor: string | undefined): Record<string, string> | undefined {
  if (cursor === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidRequest('cursor is not one this API issued');
  }
  const { q, k } = (parsed ?? {}) as { q?: unknown; k?: unknown };
  const valid =
    q === query && typeof k === 'object' && k !== null && Object.values(k).every((v) => typeof v === 'string' && v.length < 512);
  if (!valid) throw new InvalidRequest('cursor is not one this API issued for this list');
  return k as Record<string, string>;
}
