/**
 * The DynamoDB limits this code can meet, named once so that each place that handles one points
 * here. DynamoDB Local enforces them as AWS does; dynalite enforces most.
 */

/** An item, attribute names and values together, in UTF-8. */
export const MAX_ITEM_BYTES = 400 * 1024;

/** Requests in one BatchWriteItem. */
export const MAX_BATCH_WRITE = 25;

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
