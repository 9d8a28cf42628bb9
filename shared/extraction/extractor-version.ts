/**
 * Which extraction read a claim, stored on every claim so that a re-extraction knows what it
 * replaces. Bump it with any change to what extraction reads: a stage, a rule or a model.
 */
export const EXTRACTOR_VERSION = '2026.12.03.3';
