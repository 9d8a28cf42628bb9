import { describe, expect, it } from 'vitest';
import { piecesAgainstGold } from '#shared/evaluation/pieces.ts';
import type { GoldArticle } from '#shared/evaluation/brat.ts';

// an emoji before the quote: gold offsets count code points, the claims' count UTF-16 units
const text = '😀 “We will not raise taxes,” Marsh told reporters at the Treasury. “The budget is balanced.”';
const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const codePoints = (words: string): [number, number] => [at(words).start - 1, at(words).end - 1];
const gold: GoldArticle = {
  name: 'split',
  textPath: '',
  text,
  attributions: [{ content: [codePoints('We will not raise taxes'), codePoints('The budget is balanced')], source: [codePoints('Marsh')], cue: [codePoints('told')] }],
};
const whole = at('“We will not raise taxes,” Marsh told reporters at the Treasury. “The budget is balanced.”');

describe('claims in pieces against their gold', () => {
  it('counts a claim whose pieces leave out the reporting clause as closer to its gold than its whole span', () => {
    const claim = { content: { ...whole, pieces: [at('“We will not raise taxes,”'), at('“The budget is balanced.”')] } };
    expect(piecesAgainstGold([gold], new Map([['split', [claim]]]))).toEqual({ pieced: 1, closer: 1, further: 0, unpaired: 0 });
  });

  it('counts pieces that drop the gold’s words as further, and leaves whole claims out', () => {
    const claim = { content: { ...whole, pieces: [at('“We will not raise taxes,”'), at('Treasury')] } };
    expect(piecesAgainstGold([gold], new Map([['split', [claim, { content: whole }]]]))).toEqual({ pieced: 1, closer: 0, further: 1, unpaired: 0 });
  });
});
