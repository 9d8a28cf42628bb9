import type { ModelAddons, Model } from 'wink-eng-lite-web-model';
import core from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json' with { type: 'json' };
import sbd from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import pos from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import negation from 'wink-eng-lite-web-model/dist/load-negation-model.js';
import metaCER from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';

/**
 * wink-eng-lite-web-model as extraction loads it, the same model less two costs at a cold start
 * that buy nothing for one wink-nlp instance running only sentences and parts of speech:
 *   - the package copies its 2.9 MB core model whole (a JSON.stringify and a JSON.parse) before
 *     reading it, so that each wink-nlp instance gets its own; the one here copies only the
 *     objects loading changes, once (`readCore`, the package's read-core-model.js and
 *     load-core-model.js less the deep copy);
 *   - wink-nlp builds the entity and sentiment automata whatever the pipe; their models (575 kB
 *     of JSON) are never read, and the sentiment stage is given the negation model's machine,
 *     which it builds and never runs.
 * test/unit/extraction/wink-model.test.ts holds it to the package's model, token by token.
 */
export const leanModel = {
  core: () => (loaded ??= readCore()),
  sbd,
  pos,
  ner: () => ({ machines: [], transformers: [] }),
  negation,
  sa: negation,
  metaCER,
  featureFn,
  addons: Object.create(null) as ModelAddons,
} as unknown as Model;

let loaded: CoreModelJson | undefined;

function readCore(): CoreModelJson {
  // what loading changes is copied, shallowly, so that the JSON module stays as the package reads it
  const features = Object.fromEntries(Object.entries(core.features).map(([name, feature]) => [name, { ...feature }])) as CoreModelJson['features'];
  features.posClusters.list = [...core.features.posClusters.list];
  const packing = { ...core.packing, efList: [] as string[] };
  const model: CoreModelJson = { ...core, features, packing, lexicon: new Uint32Array(bytesOf(core.lexicon as string)), xpansions: new Uint32Array(bytesOf(core.xpansions as string)) };
  const tags = model.pos;
  for (const f in packing.layout) {
    if (packing.layout[f][3] === 0) {
      const feature = features[f];
      feature.hash = Object.create(null) as Record<string, number>;
      feature.list.forEach((value, k) => (feature.hash![value] = k));
      feature.intrinsicSize = feature.index = feature.list.length;
      feature.maxIndex = packing.layout[f][1] >>> packing.layout[f][2];
    }
    if (packing.layout[f][4] === 1) packing.efList.push(f);
  }
  const lexeme = features.lexeme;
  lexeme.hash = Object.create(null) as Record<string, number>;
  lexeme.list.forEach((value, k) => (lexeme.hash![value] = k));
  lexeme.intrinsicSize = lexeme.index = lexeme.list.length;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => tags.hash[tag] || 0));
  return model;
}

/** Base64 to a buffer of its own (Uint32Array needs an aligned offset). */
const bytesOf = (base64: string): ArrayBuffer => new Uint8Array(Buffer.from(base64, 'base64')).buffer;
