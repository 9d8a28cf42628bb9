import { describe, expect, it } from 'vitest';
import { score } from '#shared/evaluation/score.ts';
import type { GoldArticle } from '#shared/evaluation/brat.ts';

const text = 'Alpha said the economy grew fast last year. Beta said taxes will rise again soon enough. Gamma went home. Delta believes the vote was rigged from the start.';
const at = (words: string): [number, number] => [text.indexOf(words), text.indexOf(words) + words.length];
const span = (words: string) => ({ start: at(words)[0], end: at(words)[1] });
const article: GoldArticle = {
  name: 'stages',
  textPath: '',
  text,
  attributions: [
    { content: [at('the economy grew fast last year')], source: [at('Alpha')], cue: [at('said')] },
    { content: [at('taxes will rise again soon enough')], source: [at('Beta')], cue: [at('said taxes')] },
    { content: [at('the vote was rigged from the start')], source: [at('Delta')], cue: [at('believes')] },
  ].map((a) => ({ ...a, cue: [[a.cue[0][0], a.cue[0][0] + 4] as [number, number]] })),
};

describe('the error list', () => {
  it('names the stage each error comes from', () => {
    const { errors } = score([article], new Map([[
      'stages',
      [
        { content: span('the economy grew fast last year'), source: span('Beta'), cue: span('said') },
        { content: span('enough'), source: span('Beta'), cue: span('said') },
        { content: span('home'), source: span('Gamma'), cue: span('went') },
      ],
    ]]));
    const [e] = errors;
    expect(e.wrongSource).toHaveLength(1);
    expect(e.spurious.map((s) => [s.content, s.stage])).toEqual([['enough', 'content'], ['home', 'cue']]);
    expect(e.missed.map((m) => [m.content, m.stage])).toEqual([['taxes will rise again soon enough', 'content'], ['the vote was rigged from the start', 'unread']]);
  });
});
