import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import labels from '../../../data/checkworthiness/polnear-train.labels.json' with { type: 'json' };
import secondReader from '../../../data/checkworthiness/polnear-dev-second-reader.labels.json' with { type: 'json' };
import { checkworthinessOf, sentenceCheckworthiness } from '#shared/checkworthiness/model.ts';
import { signalsOf } from '#shared/checkworthiness/signals.ts';
import { areaUnderCurve } from '#shared/checkworthiness/area-under-curve.ts';
import { externalData } from '../../support/external-data.ts';

describe('check-worthiness', () => {
  const said = (text: string, cue = 'said') => ({ text, cue, kind: 'indirect', speakerType: 'person' });

  it('scores a statistic about the past above an opinion, a promise and a question', () => {
    const fact = checkworthinessOf(said('unemployment fell to 4.1 percent in March, the lowest rate since 2001')).checkworthiness;
    for (const other of ['I think he is a great leader', 'we will make this country safe again', 'what are they hiding?']) {
      expect(fact).toBeGreaterThan(checkworthinessOf(said(other)).checkworthiness);
      expect(sentenceCheckworthiness('unemployment fell to 4.1 percent in March, the lowest rate since 2001')).toBeGreaterThan(sentenceCheckworthiness(other));
    }
  });

  it('weighs how the claim was reported: the same words accused of are worth more than called for', () => {
    const words = 'the United States to send more troops into Syria';
    expect(checkworthinessOf(said(words, 'accused')).checkworthiness).toBeGreaterThan(checkworthinessOf(said(words, 'called for')).checkworthiness);
    const fact = 'the campaign spent $77 million on television advertising';
    expect(checkworthinessOf(said(fact, 'according to')).checkworthiness).toBeGreaterThan(checkworthinessOf(said(fact, 'hopes')).checkworthiness);
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
      const { checkworthiness } = checkworthinessOf(said(text, ''));
      expect(checkworthiness).toBeGreaterThanOrEqual(0);
      expect(checkworthiness).toBeLessThanOrEqual(1);
    }
  });
});

const polnear = externalData('POLNEAR_DIR', 'train/text', 'dev/text') ?? '';

describe.skipIf(!polnear)('the hand labels the news stage trains on', () => {
  it('label claims of PolNeAR train articles only (dev and test are for measuring), each a span inside its text', () => {
    for (const [name, spans] of Object.entries(labels.articles as Record<string, number[][]>)) {
      expect(existsSync(join(polnear, 'train/text', name)), name).toBe(true);
      expect(existsSync(join(polnear, 'dev/text', name)), name).toBe(false);
      const length = readFileSync(join(polnear, 'train/text', name), 'utf8').length;
      for (const [start, end, label] of spans) {
        expect(0 <= start && start < end && end <= length).toBe(true);
        expect([0, 1]).toContain(label);
      }
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

const polnearLabels = externalData('POLNEAR_LABELS_DIR', 'dev') ?? '';

describe("the second reader's dev labels, for measuring agreement", () => {
  it.skipIf(!polnearLabels)('name attributions the dev labels hold, each CFS, UFS or NFS', () => {
    const devLabels = join(polnearLabels, 'dev');
    for (const [name, checks] of Object.entries(secondReader.articles as Record<string, Record<string, string>>)) {
      const attributions = (JSON.parse(readFileSync(join(devLabels, `${name}.labels.json`), 'utf8')) as Array<{ attribution: string }>).map((label) => label.attribution);
      for (const [attribution, check] of Object.entries(checks)) {
        expect(attributions, `${name} ${attribution}`).toContain(attribution);
        expect(['CFS', 'UFS', 'NFS']).toContain(check);
      }
    }
  });

  it('are read by no trainer', () => {
    // a trainer is a train-*.ts script, or any script under a training/ folder, wherever in scripts/
    const trainers = readdirSync('scripts', { recursive: true, encoding: 'utf8' }).filter((path) => /\.[cm]?[jt]s$/.test(path) && (basename(path).startsWith('train-') || path.split(/[\\/]/).includes('training')));
    expect(trainers.length).toBeGreaterThan(0);
    for (const script of trainers) {
      expect(readFileSync(join('scripts', script), 'utf8'), script).not.toContain('second-reader');
    }
  });
});
