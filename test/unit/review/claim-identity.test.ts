import { describe, expect, it } from 'vitest';
import { claimIdsFor, speakersCompatible, type KnownClaim } from '#shared/review/claim-identity.ts';

const own = (r: { text: string; speaker: { name: string } }) => `own:${r.text}|${r.speaker.name}`;
const known = (claimId: string, text: string, speaker: string, status: KnownClaim['status']): KnownClaim => ({ claimId, text, speaker: { name: speaker }, status });

describe('claim identity across extractions', () => {
  it('keeps the id of a claim read again with the same words and speaker', () => {
    const stored = [known('c1', 'that taxes would fall', 'Ana Ruiz', 'pending')];
    expect(claimIdsFor([{ text: 'that taxes would fall', speaker: { name: 'Ana Ruiz' } }], stored, own)).toEqual(['c1']);
  });

  it('hands a ruled claim to a reading whose boundary moved and whose speaker is better resolved', () => {
    const stored = [known('c1', 'that taxes would fall by 3 percent next year', 'he', 'verified')];
    expect(claimIdsFor([{ text: 'taxes would fall by 3 percent', speaker: { name: 'Ana Ruiz' } }], stored, own)).toEqual(['c1']);
    const surname = [known('c2', 'that taxes would fall by 3 percent', 'Ruiz', 'disputed')];
    expect(claimIdsFor([{ text: 'that taxes would fall by 3 percent', speaker: { name: 'Ana Ruiz' } }], surname, own)).toEqual(['c2']);
  });

  it('gives a pending claim no heir: without a verdict a new id costs nothing', () => {
    const stored = [known('c1', 'that taxes would fall by 3 percent next year', 'Ana Ruiz', 'pending')];
    const reading = { text: 'taxes would fall by 3 percent', speaker: { name: 'Ana Ruiz' } };
    expect(claimIdsFor([reading], stored, own)).toEqual([own(reading)]);
  });

  it('hands nothing over to other words, or to the same words said by someone else', () => {
    const stored = [known('c1', 'that crime rose last year', 'Ana Ruiz', 'verified')];
    const other = { text: 'that reserves were thin', speaker: { name: 'Ana Ruiz' } };
    const someoneElse = { text: 'that crime rose last year', speaker: { name: 'Ben Okafor' } };
    expect(claimIdsFor([other, someoneElse], stored, own)).toEqual([own(other), own(someoneElse)]);
  });

  it('hands each ruled claim to one reading at most, the closest', () => {
    const stored = [known('c1', 'that taxes would fall by 3 percent', 'Ana Ruiz', 'verified')];
    const close = { text: 'taxes would fall by 3 percent', speaker: { name: 'Ana Ruiz' } };
    const looser = { text: 'taxes would fall by 3 percent, and fees would rise by 2 percent', speaker: { name: 'Ana Ruiz' } };
    expect(claimIdsFor([looser, close], stored, own)).toEqual([own(looser), 'c1']);
  });

  it('reads names as compatible when they share a name word or one of them names no one', () => {
    expect(speakersCompatible('Hillary Clinton', 'Mrs. Clinton')).toBe(true);
    expect(speakersCompatible('the ambassador', 'Moin ul Haque')).toBe(true);
    expect(speakersCompatible('Hillary Clinton', 'Donald Trump')).toBe(false);
    expect(speakersCompatible('The Democratic nominee', 'The Republican nominee')).toBe(false);
  });
});
