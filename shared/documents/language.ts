/**
 * The language an article is written in, told from its commonest small words (and, for Chinese,
 * Japanese and Korean, from its script): enough to know whether the extractor, which reads
 * English, can read it. ISO 639-1 codes; `und` when the text says too little to tell.
 */
const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'it', 'was', 'for', 'with', 'on', 'as', 'he', 'said', 'by', 'at', 'this', 'be', 'are'],
  fr: ['le', 'la', 'les', 'et', 'des', 'du', 'un', 'une', 'est', 'que', 'dans', 'pour', 'pas', 'qui', 'sur', 'au', 'avec', 'ce', 'il', 'ne'],
  es: ['el', 'la', 'los', 'las', 'y', 'de', 'que', 'en', 'un', 'una', 'es', 'por', 'con', 'para', 'del', 'se', 'no', 'lo', 'su', 'al'],
  pt: ['o', 'a', 'os', 'as', 'e', 'de', 'que', 'em', 'um', 'uma', 'do', 'da', 'não', 'para', 'com', 'por', 'no', 'na', 'se', 'mais'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'zu', 'den', 'von', 'mit', 'sich', 'des', 'auf', 'für', 'im', 'dem', 'auch', 'es'],
  it: ['il', 'di', 'che', 'e', 'la', 'un', 'una', 'per', 'non', 'sono', 'del', 'della', 'con', 'gli', 'le', 'è', 'si', 'da', 'al', 'nel'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'te', 'zijn', 'met', 'voor', 'niet', 'aan', 'er', 'ook', 'als', 'bij', 'door', 'maar'],
  cs: ['a', 'se', 'na', 'je', 'že', 'v', 'to', 's', 'z', 'do', 'o', 'jako', 'pro', 'by', 'ale', 'jsou', 'tak', 'k', 'od', 'jeho'],
};
const NAMES: Record<string, string> = { en: 'English', fr: 'French', es: 'Spanish', pt: 'Portuguese', de: 'German', it: 'Italian', nl: 'Dutch', cs: 'Czech', zh: 'Chinese', ja: 'Japanese', ko: 'Korean', und: 'an unknown language' };
const LISTS = Object.entries(FUNCTION_WORDS).map(([code, words]) => [code, new Set(words)] as const);

/** Words read: the start of an article tells its language as well as all of it. */
const SAMPLE_CHARS = 20_000;
const MIN_WORDS = 20;

export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  const kana = sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const hangul = sample.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters > 0 && (kana + hangul + han) / letters > 0.3) return kana > han / 10 ? 'ja' : hangul > han ? 'ko' : 'zh';
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return 'und';
  let best = 'und';
  let bestShare = 0;
  for (const [code, list] of LISTS) {
    const share = words.filter((w) => list.has(w)).length / words.length;
    if (share > bestShare) [best, bestShare] = [code, share];
  }
  // running text is at least a tenth function words; a list of names or figures is not
  return bestShare >= 0.1 ? best : 'und';
}

export const languageName = (code: string) => NAMES[code] ?? code;
