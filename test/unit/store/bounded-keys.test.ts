import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalName, speakerIdOf } from '#shared/review/speaker-identity.ts';
import { signatureOf } from '#shared/review/seen-before.ts';
import { normaliseSequencer } from '#shared/store/articles.ts';
import { cutToBytes, MAX_SORT_KEY_BYTES, withinKeyLimits } from '#shared/store/dynamodb-limits.ts';
import {
  articleIdFor, articleKey, articleListKey, claimIdFor, claimKey, historyKey, keyableName, queueKey, reviewListKey, seenKey, SPEAKER_LIST_SK,
  SPEAKER_NAME_KEY_BYTES, speakerClaimKey, speakerKey, speakerListKey, speakerNamePrefix, textChunkKey,
} from '#shared/store/keys.ts';

const bytes = (s: string) => Buffer.byteLength(s);

/**
 * Text as articles and clients send it: any length, any script, with the characters keys and JSON
 * treat specially (`#`, quotes, control characters, half surrogate pairs, NFKD-expanding ligatures).
 */
const awkward = fc.constantFrom('#', '"', '\\', '\u0000', '\u001f', '\ud800', '\udc00', 'Ж', '😀', 'a', 'Z', ' ', '\u00e9', 'e\u0301', '\ufdfa', 'Mr. ');
const text = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: awkward, maxLength: Math.ceil(maxLength / 4) }),
    fc.tuple(fc.constantFrom('a', 'Ж', '😀', '"', '\ufdfa'), fc.integer({ min: 1, max: maxLength })).map(([c, n]) => c.repeat(n)),
  );
const LONG = 10_000;

describe('keys built from user text', () => {
  it('stay within DynamoDB\'s key limits for any speaker name, claim, S3 key and search, however long', () => {
    fc.assert(
      fc.property(text(LONG), text(LONG), text(1024), text(200), (name, words, s3Key, q) => {
        const articleId = articleIdFor('articles', s3Key);
        const speaker = { name, type: 'person' };
        const claimId = claimIdFor(articleId, words, name);
        const speakerId = speakerIdOf(speaker, articleId);
        const at = new Date(0).toISOString();
        const keys = [
          articleKey(articleId),
          articleListKey(at, articleId),
          claimKey(claimId),
          historyKey(claimId, 999_999),
          queueKey('pending', { createdAt: at, articleId, claimId, content: { start: 999_999_999 }, checkworthiness: 0.5 }),
          reviewListKey(at, claimId),
          speakerKey(speakerId),
          speakerListKey(canonicalName(name), speakerId),
          speakerClaimKey({ speaker: { id: speakerId }, createdAt: at, claimId }),
          textChunkKey(articleId, normaliseSequencer('0123456789ABCDEF01'), 9_999),
          ...signatureOf(words).bands.map((band) => seenKey(band, claimId)),
          // what a search reads by: begins_with on a sort key takes no more than a key holds
          { gsi1sk: speakerNamePrefix(canonicalName(q)) || 'empty' },
        ];
        for (const key of keys) expect(withinKeyLimits(key), JSON.stringify(key).slice(0, 200)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keep at most SPEAKER_NAME_KEY_BYTES of a name in a speaker\'s list key, a start of the name, in the form a cursor takes', () => {
    fc.assert(
      fc.property(text(LONG), (name) => {
        const canonical = canonicalName(name);
        const id = speakerIdOf({ name }, 'a');
        const { gsi1sk } = speakerListKey(canonical, id);
        const kept = gsi1sk.slice(0, -17);
        expect(bytes(kept)).toBeLessThanOrEqual(SPEAKER_NAME_KEY_BYTES);
        expect(keyableName(canonical).startsWith(kept)).toBe(true);
        expect(gsi1sk).toMatch(SPEAKER_LIST_SK);
        expect(gsi1sk.endsWith(`#${id}`)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('leave the key of a name under 200 bytes as it was before names were cut, so stored speakers keep their places', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', 'Ж', '#', ' ', "'", '.', '😀'), maxLength: 60 }), (name) => {
        const canonical = canonicalName(name);
        fc.pre(bytes(canonical) <= SPEAKER_NAME_KEY_BYTES);
        const id = speakerIdOf({ name }, 'a');
        expect(speakerListKey(canonical, id).gsi1sk).toBe(`${canonical.replace(/#/g, '')}#${id}`);
      }),
    );
  });

  it('find a speaker by any start of their name: a search\'s key prefix is a prefix of the name\'s key', () => {
    fc.assert(
      fc.property(text(2_000), fc.nat(), (name, at) => {
        const canonical = canonicalName(name);
        const typed = canonical.slice(0, at % (canonical.length + 1));
        expect(speakerNamePrefix(canonical).startsWith(speakerNamePrefix(typed))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('list names that differ within the bytes a key keeps in the order of the names', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'ж', 'z'), minLength: 1, maxLength: 300 }), fc.string({ unit: fc.constantFrom('a', 'b', 'ж', 'z'), minLength: 1, maxLength: 300 }), (a, b) => {
        fc.pre(speakerNamePrefix(a) !== speakerNamePrefix(b));
        const keyOf = (name: string) => Buffer.from(speakerListKey(name, speakerIdOf({ name }, 'x')).gsi1sk);
        expect(Math.sign(Buffer.compare(keyOf(a), keyOf(b)))).toBe(Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b))));
      }),
    );
  });

  it('tell apart two speakers whose names share more than a key keeps', () => {
    const common = 'ж'.repeat(150);
    const [alpha, beta] = [`${common} alpha`, `${common} beta`].map((name) => speakerListKey(name, speakerIdOf({ name }, 'x')).gsi1sk);
    expect(alpha).not.toBe(beta);
    expect(alpha.split('#')[0]).toBe(beta.split('#')[0]);
  });
});

describe('cutToBytes', () => {
  it('keeps the longest start of the text that fits, never splitting a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), fc.integer({ min: 0, max: MAX_SORT_KEY_BYTES }), (s, max) => {
        const cut = cutToBytes(s, max);
        expect(s.startsWith(cut)).toBe(true);
        expect(bytes(cut)).toBeLessThanOrEqual(max);
        if (cut !== s) {
          const next = String.fromCodePoint(s.codePointAt(cut.length)!);
          expect(bytes(cut + next)).toBeGreaterThan(max);
          expect(/[\ud800-\udbff]$/.test(cut)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('counts bytes, not characters: 200 bytes hold 100 Cyrillic letters and 50 emoji', () => {
    expect(cutToBytes('Ж'.repeat(300), 200)).toBe('Ж'.repeat(100));
    expect(cutToBytes('😀'.repeat(300), 200)).toBe('😀'.repeat(50));
    expect(cutToBytes(`a${'😀'.repeat(100)}`, 200)).toBe(`a${'😀'.repeat(49)}`);
  });
});
