import { describe, expect, it } from 'vitest';
import { correct, dismiss, keepingCorrections, reopen } from '#shared/review/corrections.ts';
import { Forbidden, InvalidRequest, StateConflict, VersionConflict } from '#shared/errors.ts';
import { speakerIdOf } from '#shared/review/speaker-identity.ts';
import type { Claim } from '#shared/api/schemas.ts';

const TEXT = 'Taxes will fall by 3 percent next year, the minister said. Ana Ruiz, the finance minister, spoke in Madrid.';
const reviewer = { id: 'rev-1', canWrite: true };
const reader = { id: 'rev-2', canWrite: false };
const at = new Date('2026-12-01T10:00:00Z');

function claim(overrides: Partial<Claim> = {}): Claim {
  const content = { start: 0, end: 38, text: TEXT.slice(0, 38) };
  return {
    claimId: 'a'.repeat(20) + '-' + 'b'.repeat(12),
    articleId: 'a'.repeat(20),
    text: content.text,
    kind: 'indirect',
    speaker: { id: speakerIdOf({ name: 'the minister' }, 'a'.repeat(20)), name: 'the minister', type: 'person' },
    content,
    source: { start: 40, end: 52, text: TEXT.slice(40, 52) },
    cue: { start: 53, end: 57, text: 'said' },
    confidence: 0.8,
    status: 'pending',
    version: 2,
    history: [],
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
    ...overrides,
  };
}

describe('correcting an attribution', () => {
  it('gives the claim to the named speaker, with the id the speaker identity rule gives that name', () => {
    const done = correct(claim(), { speaker: { name: '  Ana   Ruiz ', type: 'person', title: 'finance minister' }, expectedVersion: 2 }, TEXT, reviewer, at);
    expect(done.reading.speaker).toEqual({ id: speakerIdOf({ name: 'Ana Ruiz' }, 'a'.repeat(20)), name: 'Ana Ruiz', type: 'person', title: 'finance minister', confidence: 1 });
    expect(done.version).toBe(3);
    expect(done.corrected).toEqual(['speaker']);
    expect(done.entry).toMatchObject({ action: 'corrected', reviewer: 'rev-1', at: at.toISOString(), before: { speaker: { name: 'the minister' } }, after: { speaker: { name: 'Ana Ruiz' } } });
  });

  it('re-cuts the words to a span of the article, trimmed of outer spaces, and keeps the extractor reading as the original', () => {
    const done = correct(claim(), { content: { start: 0, end: 40 }, kind: 'indirect', expectedVersion: 2 }, TEXT, reviewer, at);
    expect(done.reading.content).toEqual({ start: 0, end: 39, text: 'Taxes will fall by 3 percent next year,' });
    expect(done.reading.text).toBe('Taxes will fall by 3 percent next year,');
    expect(done.original.text).toBe('Taxes will fall by 3 percent next year');
    expect(done.entry).toMatchObject({ before: { text: 'Taxes will fall by 3 percent next year' }, after: { text: 'Taxes will fall by 3 percent next year,' } });
    // the kind given is the claim's already: only what changed is recorded
    expect(done.corrected).toEqual(['content']);
  });

  it('keeps the first original through a second correction, and every field ever corrected', () => {
    const first = correct(claim(), { content: { start: 0, end: 28 }, expectedVersion: 2 }, TEXT, reviewer, at);
    const again = correct(claim({ ...first.reading, version: 3, original: first.original, corrected: first.corrected }), { speaker: { name: 'Ana Ruiz', type: 'person' }, expectedVersion: 3 }, TEXT, reviewer, at);
    expect(again.original.text).toBe('Taxes will fall by 3 percent next year');
    expect(again.corrected).toEqual(['content', 'speaker']);
  });

  it('refuses a span outside the text, an empty span and a correction that changes nothing', () => {
    expect(() => correct(claim(), { content: { start: 0, end: TEXT.length + 1 }, expectedVersion: 2 }, TEXT, reviewer, at)).toThrow(InvalidRequest);
    expect(() => correct(claim(), { content: { start: 38, end: 39 }, expectedVersion: 2 }, ' '.repeat(50), reviewer, at)).toThrow(/only spaces/);
    expect(() => correct(claim(), { content: { start: 0, end: 38 }, expectedVersion: 2 }, TEXT, reviewer, at)).toThrow(/changes nothing/);
    expect(() => correct(claim(), { speaker: { name: '   ', type: 'person' }, expectedVersion: 2 }, TEXT, reviewer, at)).toThrow(/needs a name/);
  });

  it('takes a stale version, a read-only token or a dismissed claim as no correction', () => {
    expect(() => correct(claim(), { kind: 'direct', expectedVersion: 1 }, TEXT, reviewer, at)).toThrow(VersionConflict);
    expect(() => correct(claim(), { kind: 'direct', expectedVersion: 2 }, TEXT, reader, at)).toThrow(Forbidden);
    expect(() => correct(claim({ status: 'dismissed' }), { kind: 'direct', expectedVersion: 2 }, TEXT, reviewer, at)).toThrow(StateConflict);
  });
});

describe('dismissing and reopening a claim', () => {
  it('records the reason, the status it left and the duplicate it names', () => {
    const done = dismiss(claim({ status: 'verified' }), { reason: 'duplicate', duplicateOf: 'c'.repeat(20) + '-' + 'd'.repeat(12), note: ' same quote ', expectedVersion: 2 }, reviewer, at);
    expect(done).toEqual({ version: 3, entry: { action: 'dismissed', reviewer: 'rev-1', at: at.toISOString(), reason: 'duplicate', previousStatus: 'verified', duplicateOf: 'c'.repeat(20) + '-' + 'd'.repeat(12), note: 'same quote' } });
  });

  it('refuses a duplicate of itself, a duplicate naming nothing and a second dismissal', () => {
    const self = claim();
    expect(() => dismiss(self, { reason: 'duplicate', duplicateOf: self.claimId, expectedVersion: 2 }, reviewer, at)).toThrow(/itself/);
    expect(() => dismiss(self, { reason: 'duplicate', expectedVersion: 2 }, reviewer, at)).toThrow(/names the claim/);
    expect(() => dismiss(self, { reason: 'not-checkable', duplicateOf: 'c'.repeat(20) + '-' + 'd'.repeat(12), expectedVersion: 2 }, reviewer, at)).toThrow(InvalidRequest);
    expect(() => dismiss(claim({ status: 'dismissed' }), { reason: 'not-checkable', expectedVersion: 2 }, reviewer, at)).toThrow(StateConflict);
  });

  it('reopens only a dismissed claim, at the version the reviewer saw', () => {
    expect(reopen(claim({ status: 'dismissed' }), 2, reviewer, at).entry).toEqual({ action: 'reopened', reviewer: 'rev-1', at: at.toISOString() });
    expect(() => reopen(claim(), 2, reviewer, at)).toThrow(StateConflict);
    expect(() => reopen(claim({ status: 'dismissed' }), 1, reviewer, at)).toThrow(VersionConflict);
    expect(() => reopen(claim({ status: 'dismissed' }), 2, reader, at)).toThrow(Forbidden);
  });
});

describe('a reviewer’s corrections over a newer reading', () => {
  const span = (text: string, start: number) => ({ start, end: start + text.length, text });
  const corrected = { ...claim(), corrected: ['content' as const], content: span('Taxes will fall by 3 percent', 0), text: 'Taxes will fall by 3 percent', original: { ...claim(), content: span('Taxes will fall by 3 percent next year', 0) } };
  const readingAt = (text: string, start: number) => ({ ...claim(), content: span(text, start), text });

  it('move the reviewer’s words with the extractor’s when a newer version moved them', () => {
    const kept = keepingCorrections(readingAt('Taxes will fall by 3 percent next year', 40), corrected);
    expect(kept).toMatchObject({ text: 'Taxes will fall by 3 percent', content: { start: 40, end: 68 }, original: { content: { start: 40, end: 78 } } });
    // a header the newer version made part of the body opens the reading now
    expect(keepingCorrections(readingAt('MADRID: Taxes will fall by 3 percent next year', 32), corrected).content).toMatchObject({ start: 40, end: 68 });
  });

  it('leave them where they were when the move cannot be told', () => {
    expect(keepingCorrections(readingAt('Fees will rise', 40), corrected).content).toMatchObject({ start: 0, end: 28 });
    expect(keepingCorrections(readingAt('Taxes will fall by 3 percent next year, Taxes will fall by 3 percent next year', 40), corrected).content).toMatchObject({ start: 0, end: 28 });
  });
});
