export type ClaimKind = 'direct' | 'indirect' | 'mixed';

const QUOTE_MARKS = /["“”„«»]/;
const EDGE = /^[\s.,;:!?—–-]+|[\s.,;:!?—–-]+$/g;

/**
 * Direct when the content is one quotation from end to end (`“A. B,”`), mixed when it quotes only
 * part (`have been “very closely coordinating” on …`), indirect when it quotes nothing.
 */
export function claimKind(content: string): ClaimKind {
  const core = content.replace(/''/g, '"').replace(EDGE, '');
  if (!QUOTE_MARKS.test(core)) return 'indirect';
  return QUOTE_MARKS.test(core[0]) && QUOTE_MARKS.test(core[core.length - 1]) ? 'direct' : 'mixed';
}
