/**
 * What makes a claim worth checking, or not, in words a reviewer reads at a glance. Each signal is
 * a rule over the claim's words that holds for debate sentences and news quotes alike (the
 * check-worthiness model weighs them with the words, model.ts); the rules name the shapes
 * ClaimBuster's annotators call check-worthy (figures, comparisons, events, records, causes) and
 * those they do not (opinion, prediction, promise, question).
 */
export const SIGNALS = {
  number: 'a number or statistic',
  comparison: 'a comparison',
  pastEvent: 'a past event',
  record: 'a record or vote',
  causal: 'a causal claim',
  opinion: 'an opinion',
  prediction: 'a prediction',
  promise: 'a promise',
  question: 'a question',
} as const;
export type Signal = (typeof SIGNALS)[keyof typeof SIGNALS];

const RULES: Array<[SignalKey, RegExp]> = [
  ['number', /\d|\b(?:percent|per cent|million|billion|trillion|thousands?|hundreds?|dozens?|half|twice|tripled?|doubled?|one in \w+|majority)\b/i],
  ['comparison', /\b(?:more|less|fewer|higher|lower|larger|smaller|bigger|greater|faster|slower|better|worse)\s+than\b|\b(?:most|least|largest|highest|lowest|biggest|fastest|worst|best)\b|\b(?:increased?|decreased?|rose|fell|dropped|grew|declined|doubled|tripled|cut)\b/i],
  ['pastEvent', /\b(?:was|were|had|did|said|rose|fell|grew|went|came|began|became|saw|got|hit|last (?:year|week|month)|ago|voted|passed|signed|killed|died|won|lost|paid|spent|sent|met|took|gave|made|left|told|ordered|attacked|arrested|released|launched|announced|reported|found|created|raised|received)\b|\b\w{3,}ed\b/i],
  ['record', /\b(?:voted?|votes|voting|record|bill|law|legislation|senate|congress|budget|tax(?:es)?|amendment|ruling|court|sanctions?|treaty|agreement|deal)\b/i],
  ['causal', /\b(?:because|caused?|causes|led to|leads to|result(?:ed|s)? in|due to|as a result|so that|therefore|responsible for)\b/i],
  ['opinion', /\b(?:I think|I believe|I feel|we believe|in my (?:view|opinion)|should|ought|must|great|terrible|wonderful|horrible|disgrace(?:ful)?|disaster|wrong|right thing|important|outrageous|ridiculous|shameful|proud|love|hate|deserve[sd]?|unfit|dangerous|best|worst)\b/i],
  ['prediction', /\b(?:will|would|going to|gonna|could|might|may|likely|expect(?:s|ed)?|predict(?:s|ed)?|forecast|soon|next (?:year|week|month))\b/i],
  ['promise', /\b(?:I will|we will|I'll|we'll|I promise|we promise|I'm going to|we're going to|pledge[sd]?|vow(?:s|ed)?|commit(?:ted)? to)\b/i],
  ['question', /\?\s*["”’]?\s*$/],
];

export type SignalKey = keyof typeof SIGNALS;

/** The signals a claim's words carry, in the order of SIGNALS, by name. */
export const signalKeys = (text: string): SignalKey[] => RULES.filter(([, rule]) => rule.test(text)).map(([name]) => name);

/** The same, in words. */
export const signalsOf = (text: string): Signal[] => signalKeys(text).map((key) => SIGNALS[key]);
