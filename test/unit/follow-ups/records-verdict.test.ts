import { describe, expect, it } from 'vitest';
import type { Claim } from '#shared/api/schemas.ts';
import { recordsVerdict } from '#shared/follow-ups/verdict-follow-up.ts';

const verdict = { verdict: 'verified' as const, reviewer: 'alice', at: '2026-12-03T10:00:00.000Z' };
const claimAt = (version: number, history: Claim['history']) => ({ claimId: 'a-1', version, history }) as unknown as Claim;

describe('which changes to a claim record a verdict', () => {
  it('a verdict given: the version moves on and the newest entry is the verdict', () => {
    expect(recordsVerdict(claimAt(0, []), claimAt(1, [verdict]))).toBe(true);
  });

  it('a verdict changed: a second verdict on a ruled claim', () => {
    expect(recordsVerdict(claimAt(1, [verdict]), claimAt(2, [verdict, { ...verdict, verdict: 'disputed', at: '2026-12-03T11:00:00.000Z' }]))).toBe(true);
  });

  it('not a change that leaves the version (a cluster settled, a queue move), nor the same record twice', () => {
    expect(recordsVerdict(claimAt(1, [verdict]), claimAt(1, [verdict]))).toBe(false);
  });

  it('not a correction or a dismissal after the verdict, nor a re-read of its words', () => {
    const corrected = { action: 'corrected', reviewer: 'bob', at: '2026-12-03T12:00:00.000Z', corrected: ['speaker'] } as unknown as Claim['history'][number];
    expect(recordsVerdict(claimAt(1, [verdict]), claimAt(2, [verdict, corrected]))).toBe(false);
    const dismissed = { action: 'dismissed', reviewer: 'bob', at: '2026-12-03T12:00:00.000Z', reason: 'not-checkable' } as unknown as Claim['history'][number];
    expect(recordsVerdict(claimAt(1, [verdict]), claimAt(2, [verdict, dismissed]))).toBe(false);
    const reread = { ...verdict, reviewer: 'extractor', reread: { extractorVersion: '2026.12.03.2', previous: { text: 'old', speaker: 'X' } } };
    expect(recordsVerdict(claimAt(1, [verdict]), claimAt(2, [verdict, reread]))).toBe(false);
  });
});
