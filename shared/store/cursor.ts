import { InvalidRequest } from '../errors.ts';

/**
 * Page cursors: DynamoDB's LastEvaluatedKey, base64url-encoded with the name of the query it
 * belongs to. A cursor is checked against the query it is used with before it reaches DynamoDB:
 * the same query name, exactly the key attributes that query returns, each a non-empty string of
 * the form that list's keys take (its partition fixed, its sort key within the query's prefix).
 * DynamoDB refuses a start key outside the query's bounds, or with an empty key value, with a
 * ValidationException: a crafted cursor must get a 400 here, never reach it.
 */
export interface CursorShape {
  query: string;
  /** every key attribute the query's LastEvaluatedKey holds: its fixed value, or the form it takes */
  keys: Record<string, string | RegExp>;
}

/** The longest key value a cursor may carry: DynamoDB's sort keys stop at 1,024 bytes. */
const MAX_KEY_CHARS = 1024;

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
  const valid =
    Object.keys(key).sort().join() === Object.keys(shape.keys).sort().join() &&
    Object.entries(shape.keys).every(([name, form]) => {
      const value = key[name];
      if (typeof value !== 'string' || value.length === 0 || value.length > MAX_KEY_CHARS) return false;
      return typeof form === 'string' ? value === form : form.test(value);
    });
  if (!valid) throw new InvalidRequest('cursor is not one this API issued for this list');
  return key as Record<string, string>;
}
