import { describe, expect, it } from 'vitest';
import { extractClaims } from '#shared/extraction/extract-claims.ts';
import { readDocument } from '#shared/documents/read-document.ts';
import { seedGold, seedText } from '../../support/seed.ts';

describe('the seed article', () => {
  const document = readDocument(Buffer.from(seedText));
  const claims = extractClaims(document.text, { bodyStart: document.bodyStart });

  it('yields exactly the ten gold claims', () => {
    expect(claims.map((c) => c.content.text)).toEqual(seedGold.claims.map((c) => c.content.text));
  });

  it.each(seedGold.claims.map((gold, i) => [i + 1, gold] as const))('claim %i has the gold spans, kind and resolved speaker', (i, gold) => {
    const claim = claims[i - 1];
    expect(claim.content).toEqual(gold.content);
    expect(claim.cue).toEqual(gold.cue);
    expect(claim.source).toEqual(gold.source);
    expect(claim.kind).toBe(gold.kind);
    expect({ name: claim.speaker.name, title: claim.speaker.title }).toEqual(gold.speaker);
  });

  it('reads the dateline header as metadata, not as part of a claim', () => {
    expect(document.publishedAt).toBe(seedGold.article.date);
    expect(document.dateline).toBe(seedGold.article.dateline);
    expect(claims.every((c) => c.content.start >= document.bodyStart)).toBe(true);
  });

  it('gives every claim a confidence between 0 and 1', () => {
    for (const c of claims) expect(c.confidence).toBeGreaterThan(0), expect(c.confidence).toBeLessThanOrEqual(1);
  });
});
