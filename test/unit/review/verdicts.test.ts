import { describe, expect, it } from 'vitest';
import { review } from '#shared/review/verdicts.ts';
import { Forbidden, VersionConflict } from '#shared/errors.ts';

const alice = { id: 'alice', canWrite: true };
const at = new Date('2026-01-02T03:04:05Z');

describe('review', () => {
  it('records the verdict under the reviewer, with the time, and moves the version on', () => {
    expect(review({ version: 0 }, { verdict: 'verified', note: ' checked ', expectedVersion: 0 }, alice, at)).toEqual({
      status: 'verified',
      version: 1,
      entry: { verdict: 'verified', reviewer: 'alice', note: 'checked', at: '2026-01-02T03:04:05.000Z' },
    });
  });

  it('refuses a verdict made against a version that has moved on', () => {
    expect(() => review({ version: 2 }, { verdict: 'disputed', expectedVersion: 1 }, alice, at)).toThrow(VersionConflict);
  });

  it('refuses a reader who may not write', () => {
    expect(() => review({ version: 0 }, { verdict: 'verified', expectedVersion: 0 }, { id: 'bob', canWrite: false }, at)).toThrow(Forbidden);
  });

  it('leaves out an empty note', () => {
    expect(review({ version: 0 }, { verdict: 'disputed', note: '  ', expectedVersion: 0 }, alice, at).entry).not.toHaveProperty('note');
  });
});
