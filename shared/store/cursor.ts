import { createHash } from 'node:crypto';
import { MAX_CURSOR_CHARS } from '../api/schemas.ts';
import { InvalidRequest } from '../errors.ts';
import { keyLimitOf } from './dynamodb-limits.ts';

/**
 * Page cursors: DynamoDB's LastEvaluatedKey, base64url-encoded with a digest of the query it
 * belongs to. A cursor is checked against the query it is used with before it reaches DynamoDB:
 * the same query, exactly the key attributes that query returns, each a non-empty string within
 * DynamoDB's key limits and of the form that list's keys take (its partition fixed, its sort key
 * within the query's bounds). DynamoDB refuses a start key outside the query's bounds, or with an
 * empty or oversized key value, with a ValidationException: a crafted cursor must get a 400 here,
 * never reach it.
 *
 * A cursor's length is bounded whatever the data: the query is named by a fixed-length digest,
 * however long the search or filter it holds, and every key value is bounded by the key builders
 * (keys.ts). The longest is the speakers list's, whose key holds up to 200 bytes of a name: 710
 * characters when each of them is a `"`, which JSON escapes; far under MAX_CURSOR_CHARS, the most
 * the API takes back.
 */
export interface CursorShape {
  /** the query and everything that narrows it (status, search, filters): a cursor is good for that query alone */
  query: string;
  /** every key attribute the query's LastEvaluatedKey holds: its fixed value, the form it takes, or a test of it */
  keys: Record<string, string | RegExp | ((value: string) => boolean)>;
}

/** 22 base64url characters (132 bits): the same for the same query, and no two queries' the same by chance. */
const digestOf = (query: string) => createHash('sha256').update(query).digest('base64url').slice(0, 22);

export function encodeCursor(shape: CursorShape, lastKey: Record<string, unknown> | undefined): string | null {
  if (!lastKey) return null;
  const cursor = Buffer.from(JSON.stringify({ q: digestOf(shape.query), k: lastKey })).toString('base64url');
  // never met with keys built by keys.ts; a cursor the API would refuse must not be handed out
  if (cursor.length > MAX_CURSOR_CHARS) throw new Error(`a page cursor of ${shape.query.slice(0, 40)} is ${cursor.length} characters, over ${MAX_CURSOR_CHARS}: a key holds unbounded text`);
  return cursor;
}

export function decodeCursor(shape: CursorShape, cursor: string | undefined): Record<string, string> | undefined {
  if (cursor === undefined) return undefined;
  if (cursor.length > MAX_CURSOR_CHARS) throw new InvalidRequest('cursor is not one this API issued');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidRequest('cursor is not one this API issued');
  }
  const { q, k } = (parsed ?? {}) as { q?: unknown; k?: unknown };
  // cursors issued before queries were digested name them in full: still good for their query
  const sameQuery = q === digestOf(shape.query) || q === shape.query;
  if (!sameQuery || typeof k !== 'object' || k === null || Array.isArray(k)) {
    throw new InvalidRequest('cursor is not one this API issued for this list');
  }
  const key = k as Record<string, unknown>;
  const valid =
    Object.keys(key).sort().join() === Object.keys(shape.keys).sort().join() &&
    Object.entries(shape.keys).every(([name, form]) => {
      const value = key[name];
      if (typeof value !== 'string' || value.length === 0 || Buffer.byteLength(value) > keyLimitOf(name)) return false;
      return typeof form === 'string' ? value === form : form instanceof RegExp ? form.test(value) : form(value);
    });
  if (!valid) throw new InvalidRequest('cursor is not one this API issued for this list');
  return key as Record<string, string>;
}
