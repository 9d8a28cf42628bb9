import { describe, expect, it } from 'vitest';
import { extractClaims } from '#shared/extraction/extract-claims.ts';

const INTERVIEW = [
  'Q&A: The engineer who inspects the bridges says most are safe',
  'Structural engineer Dr Tomas Varga has inspected the city’s bridges for 22 years. He spoke to Hannah Reed. This interview has been edited for length.',
  'Q: The council says a third of the bridges need repairs. Is that fair?',
  'A: It is fair, but it is not alarming. Most of the repairs are to railings and drainage, not to the structures themselves.',
  'The two bridges that worry me are the rail crossings, which carry far more weight than they were built for.',
  'Q: What would you tell the council to fix first?',
  'A: The rail crossings, this year. Everything else can wait for the normal budget.',
  'Tomas Varga is chief engineer at the Danube Bridge Institute.',
].join('\n\n');

describe('an interview printed as a transcript', () => {
  const claims = extractClaims(INTERVIEW);
  const speakerOf = (words: string) => claims.find((c) => c.content.text.includes(words))?.speaker.name;

  it('gives each answer, however many paragraphs it runs, to the person interviewed', () => {
    expect(speakerOf('It is fair, but it is not alarming')).toBe('Tomas Varga');
    expect(speakerOf('The rail crossings, this year')).toBe('Tomas Varga');
  });

  it('gives each question to who the introduction says asked them', () => {
    expect(speakerOf('What would you tell the council')).toBe('Hannah Reed');
  });

  it('reads `He spoke to Hannah Reed` as no report', () => {
    expect(claims.some((c) => c.content.text === 'Hannah Reed')).toBe(false);
  });
});
