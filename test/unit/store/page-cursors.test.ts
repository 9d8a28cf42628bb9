import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_CURSOR_CHARS } from '#shared/api/schemas.ts';
import { InvalidRequest } from '#shared/errors.ts';
import { canonicalName, speakerIdOf } from '#shared/review/speaker-identity.ts';
import { decodeCursor, encodeCursor, type CursorShape } from '#shared/store/cursor.ts';
import { MAX_SORT_KEY_BYTES } from '#shared/store/dynamodb-limits.ts';
import { SPEAKER_LIST_SK, SPEAKER_PK, speakerKey, speakerListKey, SPEAKERS_PARTITION } from '#shared/store/keys.ts';

const speakers = (query = 'speakers:'): CursorShape => ({ query, keys: { pk: SPEAKER_PK, sk: 'SPEAKER', gsi1pk: SPEAKERS_PARTITION, gsi1sk: SPEAKER_LIST_SK } });
const keyOf = (name: string) => {
  const id = speakerIdOf({ name }, 'a');
  return { ...speakerKey(id), ...speakerListKey(canonicalName(name), id) };
};
const forged = (q: string, k: unknown) => Buffer.from(JSON.stringify({ q, k })).toString('base64url');
/** The longest cursor the API issues: a speakers-list key whose 200 name bytes are each a `"`, escaped in JSON (cursor.ts). */
const LONGEST_ISSUED = 710;

describe('page cursors', () => {
  it('come back accepted, and at most 710 characters, whatever the name a page ends on', () => {
    const name = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 10_000 }),
      fc.tuple(fc.constantFrom('"', '\\', 'Ж', '😀', '#', '\u0001', 'a'), fc.integer({ min: 1, max: 10_000 })).map(([c, n]) => c.repeat(n)),
    );
    fc.assert(
      fc.property(name, fc.string({ maxLength: 200 }), (n, search) => {
        const shape = speakers(`speakers:${search}`);
        const cursor = encodeCursor(shape, keyOf(n))!;
        expect(cursor.length).toBeLessThanOrEqual(LONGEST_ISSUED);
        expect(decodeCursor(shape, cursor)).toEqual(keyOf(n));
      }),
      { numRuns: 300 },
    );
    expect(encodeCursor(speakers(), keyOf('"'.repeat(10_000)))!.length).toBe(LONGEST_ISSUED);
    expect(LONGEST_ISSUED).toBeLessThan(MAX_CURSOR_CHARS);
  });

  it('are the same length however long the search or filter of their list', () => {
    const key = keyOf('Wang Yi');
    expect(encodeCursor(speakers(`speakers:${'x'.repeat(5_000)}`), key)!.length).toBe(encodeCursor(speakers('speakers:wang'), key)!.length);
  });

  it('are good for their own list alone', () => {
    const cursor = encodeCursor(speakers('speakers:wang'), keyOf('Wang Yi'))!;
    expect(() => decodeCursor(speakers('speakers:wan'), cursor)).toThrow(InvalidRequest);
    expect(() => decodeCursor(speakers('speakers:'), cursor)).toThrow(InvalidRequest);
  });

  it('still take a cursor issued before lists were named by digest, which names its list in full', () => {
    const legacy = forged('speakers:wang', keyOf('Wang Yi'));
    expect(decodeCursor(speakers('speakers:wang'), legacy)).toEqual(keyOf('Wang Yi'));
    expect(() => decodeCursor(speakers('speakers:moin'), legacy)).toThrow(InvalidRequest);
  });

  it('still take a key written before names in keys were cut, while DynamoDB could hold it', () => {
    const id = 'a'.repeat(16);
    const legacy = { ...speakerKey(id), gsi1pk: SPEAKERS_PARTITION, gsi1sk: `${'b'.repeat(450)}#${id}` };
    expect(decodeCursor(speakers(), forged('speakers:', legacy))).toEqual(legacy);
  });

  it('refuse a key value DynamoDB would refuse for its size, though of the list\'s form', () => {
    const id = 'a'.repeat(16);
    const oversized = { ...speakerKey(id), gsi1pk: SPEAKERS_PARTITION, gsi1sk: `${'Ж'.repeat(MAX_SORT_KEY_BYTES / 2)}#${id}` };
    expect(SPEAKER_LIST_SK.test(oversized.gsi1sk)).toBe(true);
    expect(() => decodeCursor(speakers(), forged('speakers:', oversized))).toThrow(InvalidRequest);
  });

  it('refuse a sort key that a test of the list refuses: one outside a search\'s prefix', () => {
    const within = (prefix: string): CursorShape => ({ ...speakers(`speakers:${prefix}`), keys: { ...speakers().keys, gsi1sk: (sk: string) => SPEAKER_LIST_SK.test(sk) && sk.startsWith(prefix) } });
    expect(decodeCursor(within('wang'), forged('speakers:wang', keyOf('Wang Yi')))).toEqual(keyOf('Wang Yi'));
    expect(() => decodeCursor(within('wang'), forged('speakers:wang', keyOf('Zhou Enlai')))).toThrow(InvalidRequest);
  });

  it('refuse a cursor longer than any the API issues before decoding it', () => {
    expect(() => decodeCursor(speakers(), 'e'.repeat(MAX_CURSOR_CHARS + 1))).toThrow(InvalidRequest);
  });

  it('are never issued over MAX_CURSOR_CHARS: a key holding unbounded text is a fault, not a cursor to refuse later', () => {
    const unbounded = { ...speakerKey('a'.repeat(16)), gsi1pk: SPEAKERS_PARTITION, gsi1sk: `${'x'.repeat(5_000)}#${'a'.repeat(16)}` };
    expect(() => encodeCursor(speakers(), unbounded)).toThrow(/over 2048/);
  });
});
