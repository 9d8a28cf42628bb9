/**
 * The DynamoDB limits this code can meet, named once so that each place that handles one points
 * here. DynamoDB Local enforces them as AWS does but for an index key written by an update (see
 * the key limits below); dynalite enforces fewer.
 */

/** An item, attribute names and values together, in UTF-8. */
export const MAX_ITEM_BYTES = 400 * 1024;

/** Requests in one BatchWriteItem. */
export const MAX_BATCH_WRITE = 25;

/** Keys in one BatchGetItem. */
export const MAX_BATCH_GET = 100;

/**
 * Characters of a claim's words kept in its item: at most 3 bytes each in UTF-8, so 60 KB, and the
 * rest of the item (speaker, spans, the newest history entries) stays far under MAX_ITEM_BYTES.
 * A longer claim is stored truncated, marked `truncated`; the article's text keeps every word.
 */
export const MAX_CLAIM_CHARS = 20_000;

/** Characters of a source or cue span kept in a claim's item. */
export const MAX_SPAN_CHARS = 2_000;

/**
 * History entries kept in a claim's item; older ones move to items of their own (keys.ts
 * historyKey). An entry is at most ~16 KB (a 2,000-character note and five 2,048-character
 * links), so ten of them and the claim's words stay under MAX_ITEM_BYTES however often a claim
 * is ruled on.
 */
export const MAX_HISTORY_IN_ITEM = 10;

/** Characters of an article's text per item: 100,000 UTF-16 units are at most 300 KB of UTF-8. */
export const TEXT_CHUNK_CHARS = 100_000;

/**
 * DynamoDB refuses a request it can never accept (an item over the size limit, a key too long,
 * an expression too large) with a ValidationException: retrying cannot help.
 */
export const isPermanentRefusal = (error: unknown) => (error as { name?: string } | null)?.name === 'ValidationException';

/**
 * Key values, in bytes of UTF-8: DynamoDB refuses a partition key over 2,048 bytes or a sort key
 * over 1,024, of the table or of an index, and with it the whole write (or the query that names
 * one as a bound or start key). Every key built from user text (a speaker's name, a name typed in
 * to search by) is cut to fit (keys.ts). Neither local store is a safe check: DynamoDB Local refuses
 * an oversized index key in a put but takes it in an update, and dynalite takes it in both, so
 * the tests check the keys themselves (test/unit/store/bounded-keys.test.ts, and the stored keys
 * in test/integration/long-speaker-names.test.ts).
 */
export const MAX_PARTITION_KEY_BYTES = 2048;
export const MAX_SORT_KEY_BYTES = 1024;

/** The byte limit of one of this table's key attributes: `pk`, `gsi1pk`… are partition keys, `sk`, `gsi1sk`… sort keys. */
export const keyLimitOf = (attribute: string) => (attribute.endsWith('pk') ? MAX_PARTITION_KEY_BYTES : MAX_SORT_KEY_BYTES);

/** Whether DynamoDB would take every value of a key (table, index or both): a non-empty string within its attribute's limit. */
export const withinKeyLimits = (key: Record<string, unknown>) =>
  Object.entries(key).every(([attribute, value]) => typeof value === 'string' && value.length > 0 && Buffer.byteLength(value) <= keyLimitOf(attribute));

/**
 * The longest start of `text` whose UTF-8 fits in `maxBytes`, cut between code points so that a
 * character is never split (a half surrogate pair would be stored as U+FFFD, and the key read back
 * would no longer be the key built).
 */
export function cutToBytes(text: string, maxBytes: number): string {
  if (text.length * 3 <= maxBytes || Buffer.byteLength(text) <= maxBytes) return text;
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += char.length;
  }
  return text.slice(0, end);
}
