import { describe, expect, it } from 'vitest';
import { extractClaims } from '#shared/extraction/extract-claims.ts';
import { describesBody } from '#shared/extraction/speakers/described-bodies.ts';

/** The speaker the claim holding `words` is given. */
const speakerOf = (text: string, words: string) => extractClaims(text).find((c) => c.content.text.includes(words))?.speaker.name;

const RETAILER = [
  'Kessler Retail issues second profit warning as shoppers cut back',
  'Kessler Retail has issued its second profit warning in four months, sending its shares down 14 per cent.',
  'The discount chain said on Tuesday that it now expected operating profit of 410mn euros for the year.',
  'Kessler shares fell further in Frankfurt after the warning.',
  'Analysts at broker Caldwell Baines said the warning was worse than feared, noting that Kessler had cut guidance by more than expected. Caldwell Baines lowered its price target to 18 euros.',
  'The company said the warning had nothing to do with its expansion into Poland.',
].join('\n\n');

describe('a description that stands for a body the article names', () => {
  it('is the business the story is about, though its name says no `company` and a broker is named nearer', () => {
    expect(speakerOf(RETAILER, 'now expected operating profit')).toBe('Kessler Retail');
    expect(speakerOf(RETAILER, 'nothing to do with its expansion')).toBe('Kessler Retail');
  });

  it('is the business the sentence before names, in a story about several', () => {
    const text = [
      'Oil slump weighs on company results',
      'Amazon reported strong sales on Thursday, and Amazon shares rose. Amazon said it would hire more staff.',
      'Exxon Mobil reported its lowest quarterly profit in 17 years, hurt by the fall in oil prices. Exxon Mobil shares fell 3 percent.',
      'The company said it would keep its dividend unchanged.',
    ].join('\n\n');
    expect(speakerOf(text, 'keep its dividend unchanged')).toBe('Exxon Mobil');
  });

  it('stays as written when the article names no body it could be, and is never a place or a people', () => {
    const text = 'Floods hit the north\n\nHeavy rain fell across Sydney and Sydney suburbs on Monday, and Sydney residents were told to stay home.\n\nThe company said its trains would run a reduced timetable.';
    expect(speakerOf(text, 'reduced timetable')).toBe('The company');
  });

  it('is only a definite or headline description of a business or body, not one that names itself or a group of people', () => {
    expect(describesBody({ head: 'company', text: 'The company' })).toBe(true);
    expect(describesBody({ head: 'chain', text: 'The Dusseldorf-based discount chain' })).toBe(true);
    expect(describesBody({ head: 'chain', text: 'Discount chain' })).toBe(true);
    expect(describesBody({ head: 'company', text: 'a company' })).toBe(false);
    expect(describesBody({ head: 'office', text: 'the Congressional Budget Office' })).toBe(false);
    expect(describesBody({ head: 'protesters', text: 'the group of protesters' })).toBe(false);
    expect(describesBody({ head: 'spokesman', text: 'the spokesman' })).toBe(false);
  });
});
