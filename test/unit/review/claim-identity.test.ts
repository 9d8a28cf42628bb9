import { describe, expect, it } from 'vitest';
import { claimIdsFor, rereadsReviewedWords, speakersCompatible, type KnownClaim } from '#shared/review/claim-identity.ts';

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

  it('hands no verdict to a reading that states another figure, but keeps it when a wider boundary takes in one more', () => {
    const stored = [known('c1', 'that we will not accept a 3 percent offer', 'Maria Lopez', 'disputed')];
    const changed = { text: 'that we will not accept a 4 percent offer', speaker: { name: 'Maria Lopez' } };
    expect(claimIdsFor([changed], stored, own)).toEqual([own(changed)]);
    const wider = { text: 'that we will not accept a 3 percent offer after 12 months of talks', speaker: { name: 'Maria Lopez' } };
    expect(claimIdsFor([wider], stored, own)).toEqual(['c1']);
  });

  it('hands each ruled claim to one reading at most, the closest', () => {
    const stored = [known('c1', 'that taxes would fall by 3 percent', 'Ana Ruiz', 'verified')];
    const close = { text: 'taxes would fall by 3 percent', speaker: { name: 'Ana Ruiz' } };
    const looser = { text: 'taxes would fall by 3 percent, and fees would rise by 2 percent', speaker: { name: 'Ana Ruiz' } };
    expect(claimIdsFor([looser, close], stored, own)).toEqual([own(looser), 'c1']);
  });

  it('finds a corrected claim again by the extractor reading it was corrected from', () => {
    const corrected: KnownClaim = { ...known('c1', 'taxes would fall', 'Ben Okafor', 'pending'), original: { text: 'that taxes would fall by 3 percent', speaker: { name: 'Ana Ruiz' } }, corrected: ['speaker', 'content'] };
    expect(claimIdsFor([{ text: 'that taxes would fall by 3 percent', speaker: { name: 'Ana Ruiz' } }], [corrected], own)).toEqual(['c1']);
  });

  it('offers no second claim for words a reviewer re-cut, when a new extractor reads them another way', () => {
    const recut: KnownClaim = { ...known('c1', 'taxes would fall by 3 percent next year', 'Ana Ruiz', 'pending'), original: { text: 'taxes would fall', speaker: { name: 'Ana Ruiz' } }, corrected: ['content'] };
    expect(claimIdsFor([{ text: 'that taxes would fall by 3 percent', speaker: { name: 'Ana Ruiz' } }], [recut], own)).toEqual(['c1']);
  });

  it('keeps a dismissed claim as the home of its words, so that no extraction brings them back as a new claim', () => {
    const dismissed = known('c1', 'Photo: the minister at the summit', 'unknown', 'dismissed');
    expect(claimIdsFor([{ text: 'the minister at the summit', speaker: { name: 'unknown' } }], [dismissed], own)).toEqual(['c1']);
  });

  it('prefers a claim as it reads now over another claim corrected away from the same words', () => {
    const movedAway: KnownClaim = { ...known('c1', 'fees would rise', 'Ana Ruiz', 'pending'), original: { text: 'that taxes would fall', speaker: { name: 'Ana Ruiz' } }, corrected: ['content'] };
    const holder = known('c2', 'that taxes would fall', 'Ana Ruiz', 'pending');
    expect(claimIdsFor([{ text: 'that taxes would fall', speaker: { name: 'Ana Ruiz' } }], [holder, movedAway], own)).toEqual(['c2']);
  });

  it('reads names as compatible when they share a name word or one of them names no one', () => {
    expect(speakersCompatible('Hillary Clinton', 'Mrs. Clinton')).toBe(true);
    expect(speakersCompatible('the ambassador', 'Moin ul Haque')).toBe(true);
    expect(speakersCompatible('Hillary Clinton', 'Donald Trump')).toBe(false);
    expect(speakersCompatible('The Democratic nominee', 'The Republican nominee')).toBe(false);
  });
});

describe('words a reviewer has already read', () => {
  const span = (start: number, end: number) => ({ start, end });
  it('are not offered again inside a claim they re-cut or dismissed, by a compatible speaker', () => {
    const recut = { ...known('c1', 'sweeping new sanctions that bar most trading', 'Security Council', 'pending'), content: span(100, 145), corrected: ['content'] };
    const dismissed = { ...known('c2', 'Photo: the minister at the summit', 'unknown', 'dismissed'), content: span(200, 233) };
    expect(rereadsReviewedWords({ content: span(100, 112), speaker: { name: 'the Security Council' } }, [recut])).toBe(true);
    expect(rereadsReviewedWords({ content: span(207, 233), speaker: { name: 'a spokesman' } }, [dismissed])).toBe(true);
  });

  it('are offered when they mostly lie outside, another speaker says them, or the reviewer only ruled on the claim', () => {
    const recut = { ...known('c1', 'sweeping new sanctions', 'Security Council', 'pending'), content: span(100, 122), corrected: ['content'] };
    const ruled = { ...known('c2', 'taxes would fall', 'Ana Ruiz', 'verified'), content: span(300, 316) };
    expect(rereadsReviewedWords({ content: span(110, 160), speaker: { name: 'Security Council' } }, [recut])).toBe(false);
    expect(rereadsReviewedWords({ content: span(100, 110), speaker: { name: 'Ben Okafor' } }, [recut])).toBe(false);
    expect(rereadsReviewedWords({ content: span(300, 310), speaker: { name: 'Ana Ruiz' } }, [ruled])).toBe(false);
  });
});
