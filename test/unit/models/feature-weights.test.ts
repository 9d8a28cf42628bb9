import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FeatureWeights, featureStrings, packedModel } from '#shared/feature-weights.ts';
import cueModel from '#shared/extraction/cues/cue-model.json' with { type: 'json' };
import checkworthinessModel from '#shared/checkworthiness/checkworthiness-model.json' with { type: 'json' };
import { cueFeatures, contextFeatures, wordFeatures } from '#shared/extraction/cues/cue-features.ts';
import { checkworthinessFeatures, writeCheckworthinessFeatures } from '#shared/checkworthiness/features.ts';
import { signalKeys } from '#shared/checkworthiness/signals.ts';
import { analyse } from '#shared/extraction/tokens/analyse.ts';

const TEXT =
  'The senator said on Tuesday that unemployment fell to 4.1 percent, the lowest since 2001. “We will not back down,” she told reporters, adding that the bill would pass. Critics, however, argued the figures were wrong and the figures were old.';

/** What a model trained on the strings would sum: the weights of the distinct features, in order. */
const sumOfStrings = (weights: Record<string, number>, from: number, features: string[]) => [...new Set(features)].reduce((z, f) => z + (weights[f] ?? 0), from);

describe('feature weights', () => {
  it('sums the cue model over parts exactly as over the strings it was trained on', () => {
    const weights = new FeatureWeights(cueModel.weights);
    const { tokens, sentences } = analyse(TEXT);
    for (const s of sentences) {
      for (let i = s.first; i < s.last; i++) {
        weights.start(cueModel.bias);
        wordFeatures(tokens[i], weights);
        contextFeatures(tokens, i, i % 2 === 0, s.first, s.last, weights);
        expect(weights.sum).toBe(sumOfStrings(cueModel.weights, cueModel.bias, cueFeatures(tokens, i, i % 2 === 0, s.first, s.last)));
      }
    }
  });

  it('counts a word or word pair said twice once, as the check-worthiness model was trained', () => {
    const weights = new FeatureWeights(checkworthinessModel.weights);
    const text = 'the figures were wrong and the figures were old, the figures';
    weights.start(0);
    writeCheckworthinessFeatures(text, signalKeys(text), weights);
    const features = checkworthinessFeatures(text);
    expect(features.filter((f) => f === 'b:the_figures')).toHaveLength(1);
    expect(weights.sum).toBe(sumOfStrings(checkworthinessModel.weights, 0, features));
    expect(weights.sum).not.toBe(0);
  });

  it('takes a feature for its string however it is split into parts, adds nothing for one the model lacks, and begins each sum afresh', () => {
    const weights = new FeatureWeights({ 'w=said': 1.5, 'w+next=said|that': 0.25 });
    weights.start(0);
    weights.add('w=', 'said');
    weights.add('w+next=', 'said', '|', 'that');
    weights.add('w+next=', 'said|', 'that');
    weights.add('w+next=', 'said', '|', 'than');
    expect(weights.sum).toBe(1.75);
    weights.start(-1);
    weights.add('w=', 'sai', 'd');
    expect(weights.sum).toBe(0.5);
    expect(featureStrings((sink) => ['a', 'b', 'a'].forEach((x) => sink.add('w=', x)))).toEqual(['w=a', 'w=b']);
  });
});

/** Every `*.packed.json` under shared/, with the model as trained beside it. */
const packedFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? packedFiles(join(dir, e.name)) : e.name.endsWith('.packed.json') ? [join(dir, e.name)] : []));

describe('models packed for loading', () => {
  it('are the models as trained, packed: run npm run pack-models after retraining when this fails', () => {
    const files = packedFiles('shared');
    expect(files.length).toBe(4);
    for (const file of files) {
      const trained = JSON.parse(readFileSync(file.replace(/\.packed\.json$/, '.json'), 'utf8'));
      expect(JSON.parse(readFileSync(file, 'utf8')), file).toEqual(packedModel(trained));
    }
  });

  it('sum exactly what the weights by feature sum', () => {
    const packed = new FeatureWeights(packedModel(cueModel));
    const named = new FeatureWeights(cueModel.weights);
    const { tokens, sentences } = analyse(TEXT);
    for (let i = sentences[0].first; i < sentences[0].last; i++) {
      for (const weights of [packed, named]) {
        weights.start(cueModel.bias);
        wordFeatures(tokens[i], weights);
        contextFeatures(tokens, i, false, sentences[0].first, sentences[0].last, weights);
      }
      expect(packed.sum).toBe(named.sum);
    }
  });
});
