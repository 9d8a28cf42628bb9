import { InvalidRequest } from '../errors.ts';

/**
 * Page cursors: DynamoDB's LastEvaluatedKey, base64url-encoded with the name of the query it
 * belongs to. A cursor is checked against the query it is used with: the same query name, exactly
 * the key attributes that query returns, and its partition, so a cursor cannot be edited into a
 * read of another list or another partition.
 */
export interface CursorShape {
  query: string;
  /** the key attributes the query's LastEvaluatedKey holds */
  keys: string[];
  /** attributes whose value the query fixes (its partition) */
  fixed: Record<string, string>;
}

export function encodeCursor(shape: CursorShape, lastKey: Record<string, unknown> | undefined): string | null {
  if (!lastKey) return null;
  return Buffer.from(JSON.stringify({ q: shape.query, k: lastKey })).toString('base64url');
}

export function decodeCursor(shape: CursorShape, cursor: string | undefined): Record<string, string> | undefined {
  if (cursor === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidRequest('cursor is not one this API issued');
  }
  const { q, k } = (parsed ?? {}) as { q?: unknown; k?: unknown };
  if (q !== shape.query || typeof k !== 'object' || k === null || Array.isArray(k)) {
    throw new InvalidRequest('cursor is not one this API issued for this list');
  }
  const key = k as Record<string, unknown>;
  const names = Object.keys(key).sort();
  const valid =
    names.join() === [...shape.keys].sort().join() &&
    names.every((n) => typeof key[n] === 'string' && (key[n] as string).length < 512) &&
    Object.entries(shape.fixed).every(([n, v]) => key[n] === v);
  if (!valid) throw new InvalidRequest('cursor is not one this API issued for this list');
  return key as Record<string, string>;
}
