// The parts of wink-eng-lite-web-model that shared/extraction/tokens/wink-model.ts assembles;
// the package types only its whole model.
declare module 'wink-eng-lite-web-model/dist/*.js' {
  const part: unknown;
  export default part;
}
declare module 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json' {
  const core: CoreModelJson;
  export default core;
}
/** The core model's JSON, as far as loading it touches it. */
interface CoreModelJson {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, { list: string[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }> & { posClusters: { list: Array<string | Set<number>> } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  [part: string]: unknown;
}
