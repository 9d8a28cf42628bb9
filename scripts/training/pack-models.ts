/**
 * usage: npm run pack-models
 * Writes beside each linear model the file extraction loads: `NAME.packed.json`, the model with
 * its weights packed (shared/feature-weights.ts packWeights), so that a cold Lambda parses one
 * string and hashes nothing rather than parsing and hashing tens of thousands of feature names.
 * The `.json` stays the model as trained and read (by training, measure-upgrade and people);
 * run this after retraining any of them. A unit test fails while a packed file is out of step.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { packedModel } from '#shared/feature-weights.ts';

/** The linear models extraction loads packed, from the repository's root. */
const PACKED_MODELS = [
  'shared/extraction/cues/cue-model.json',
  'shared/extraction/models/claim-model.json',
  'shared/checkworthiness/checkworthiness-model.json',
  'shared/checkworthiness/news-model.json',
];

for (const file of PACKED_MODELS) {
  const packedFile = file.replace(/\.json$/, '.packed.json');
  writeFileSync(packedFile, `${JSON.stringify(packedModel(JSON.parse(readFileSync(file, 'utf8'))))}\n`);
  console.log(`${file} → ${packedFile}`);
}
