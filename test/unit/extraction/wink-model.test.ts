import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import packageModel from 'wink-eng-lite-web-model';
import { leanModel } from '#shared/extraction/tokens/wink-model.ts';
import { seedText } from '../../support/seed.ts';

describe('the wink model extraction loads', () => {
  it('reads every token, part of speech and sentence as the package’s own model does', () => {
    const lean = winkNLP(leanModel, ['sbd', 'pos']);
    const whole = winkNLP(packageModel, ['sbd', 'pos']);
    const texts = [seedText, readFileSync('data/attributions/house-styles/text/ap-wildfire-evacuation.txt', 'utf8'), 'Dr. Ruiz (D-N.Y.) said: “It’s 3.5% — not 4!” She didn’t… U.S.-made cars, e-mail, #tags & @handles :) 2026-12-03.'];
    for (const text of texts) {
      const [a, b] = [lean.readDoc(text), whole.readDoc(text)];
      expect(a.tokens().out(lean.its.pos)).toEqual(b.tokens().out(whole.its.pos));
      expect(a.tokens().out(lean.its.value)).toEqual(b.tokens().out(whole.its.value));
      expect(a.sentences().out(lean.its.span)).toEqual(b.sentences().out(whole.its.span));
    }
  });
});
