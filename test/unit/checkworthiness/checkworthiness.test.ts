import { describe, expect, it } from 'vitest';
import { checkworthinessOf } from '#shared/checkworthiness/model.ts';
import { signalsOf } from '#shared/checkworthiness/signals.ts';
import { areaUnderCurve } from '#shared/checkworthiness/area-under-curve.ts';

describe('check-worthiness', () => {
  it('scores a statistic about the past above an opinion, a promise and a question', () => {
    const fact = checkworthinessOf('unemployment fell to 4.1 percent in March, the lowest rate since 2001').checkworthiness;
    for (const other of ['I think he is a great leader', 'we will make this country safe again', 'what are they hiding?']) {
      expect(fact).toBeGreaterThan(checkworthinessOf(other).checkworthiness);
    }
  });

  it('says why, in words a reviewer reads at a glance', () => {
    expect(signalsOf('crime rose 12 percent last year, more than in any year since 1990')).toEqual(expect.arrayContaining(['a number or statistic', 'a comparison', 'a past event']));
    expect(signalsOf('the senator voted against the bill')).toContain('a record or vote');
    expect(signalsOf('I believe she is wrong')).toContain('an opinion');
    expect(signalsOf('we will build it, I promise')).toEqual(expect.arrayContaining(['a prediction', 'a promise']));
    expect(signalsOf('Why did he leave?')).toContain('a question');
    expect(signalsOf('prices went up because wages went up')).toContain('a causal claim');
  });

  it('gives every claim a score between 0 and 1', () => {
    for (const text of ['', '!!!', 'x'.repeat(10_000), '“Yes,”']) {
      const { checkworthiness } = checkworthinessOf(text);
      expect(checkworthiness).toBeGreaterThanOrEqual(0);
      expect(checkworthiness).toBeLessThanOrEqual(1);
    }
  });
});

describe('area under the ROC curve', () => {
  it('is 1 for a perfect ranking, 0.5 for ties and 0 for a reversed one', () => {
    expect(areaUnderCurve([{ score: 0.9, positive: true }, { score: 0.1, positive: false }])).toBe(1);
    expect(areaUnderCurve([{ score: 0.5, positive: true }, { score: 0.5, positive: false }])).toBe(0.5);
    expect(areaUnderCurve([{ score: 0.1, positive: true }, { score: 0.9, positive: false }])).toBe(0);
  });
});
