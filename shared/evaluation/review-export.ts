import type { Claim } from '../api/schemas.ts';
import { canonicalName } from '../review/speaker-identity.ts';
import { codePointIndex } from './brat.ts';

/**
 * A reviewed article as evaluation data, in the formats `npm run eval` and the label scorer read
 * (METRICS.md): the text, BRAT attributions in the reviewers' reading, and the speaker and
 * check-worthiness labels of each. What the reviewers decided becomes gold:
 *   - a claim as a reviewer left it (corrected speaker, words, cue, kind) is an attribution;
 *   - a claim dismissed as `not-an-attribution` is none, so a reading of it counts as invented;
 *     a `duplicate` is the attribution it repeats, kept once;
 *   - check-worthiness: a claim a reviewer ruled on was worth checking (`CFS`), one dismissed as
 *     `not-checkable` was not (`NFS`), a pending one is not labelled (`check: null`).
 * A claim no reviewer touched stands as the extractor read it: export `complete` articles only
 * (every claim reviewed) for a set that measures the extractor without its own word in it.
 */
export interface ExportedArticle {
  /** a file name: the key's own name, with the article's id where two keys would share it */
  name: string;
  text: string;
  ann: string;
  labels: Label[];
  /** claims a reviewer ruled on, corrected or dismissed, of all the article's claims */
  reviewed: number;
  claims: number;
}

export interface Label {
  attribution: string;
  content: Array<[number, number]>;
  source: Array<[number, number]>;
  /** lower-case alternatives, `|`-separated, one of which a right speaker's name contains */
  speakerKey: string | null;
  speakerType: string;
  check: 'CFS' | 'NFS' | null;
  /** what a reviewer did: `verified`, `disputed`, `corrected`, `dismissed:not-checkable`, or `pending` */
  review: string;
}

const wasReviewed = (c: Claim) => c.status !== 'pending' || (c.corrected?.length ?? 0) > 0;
/** Claims that are attributions in the reviewers' reading. */
const isAttribution = (c: Claim) => !c.retracted && !(c.status === 'dismissed' && c.dismissal?.reason !== 'not-checkable');

export function reviewedArticleAsGold(article: { articleId: string; key: string }, text: string, claims: Claim[], options: { complete?: boolean } = {}): ExportedArticle | null {
  const live = claims.filter((c) => !c.retracted);
  const reviewed = live.filter(wasReviewed).length;
  if (reviewed === 0 || (options.complete && reviewed < live.length)) return null;
  const index = codePointIndex(text);
  const cp = (at: number) => index[at];
  const lines: string[] = [];
  const labels: Label[] = [];
  let t = 0;
  // a split claim's pieces are a span's fragments, as brat writes them: `Content 10 36;75 120`
  const spanLine = (type: string, ...ranges: Array<{ start: number; end: number }>) => {
    t++;
    lines.push(`T${t}\t${type} ${ranges.map((r) => `${cp(r.start)} ${cp(r.end)}`).join(';')}\t${ranges.map((r) => text.slice(r.start, r.end).replace(/\n/g, ' ')).join(' ')}`);
    return `T${t}`;
  };
  live
    .filter(isAttribution)
    .sort((a, b) => a.content.start - b.content.start)
    .forEach((claim, i) => {
      const event = `E${i + 1}`;
      const source = sourceOf(claim, text);
      const pieces = claim.content.pieces ?? [claim.content];
      const content = spanLine('Content', ...pieces);
      const roles = [`Content:${content}`];
      if (claim.cue) {
        roles.unshift(`Attribution:${spanLine('Attribution', claim.cue)}`);
        roles.push(`Cue:${spanLine('Cue', claim.cue)}`);
      }
      if (source) roles.push(`Source:${spanLine('Source', { start: source[0], end: source[1] })}`);
      lines.push(`${event}\t${roles.join(' ')}`);
      labels.push({
        attribution: event,
        content: pieces.map((p) => [cp(p.start), cp(p.end)]),
        source: source ? [[cp(source[0]), cp(source[1])]] : [],
        speakerKey: speakerKeyOf(claim.speaker),
        speakerType: claim.speaker.type ?? 'person',
        check: claim.status === 'verified' || claim.status === 'disputed' ? 'CFS' : claim.status === 'dismissed' ? 'NFS' : null,
        review: claim.status === 'dismissed' ? `dismissed:${claim.dismissal?.reason}` : claim.status !== 'pending' ? claim.status : claim.corrected?.length ? 'corrected' : 'pending',
      });
    });
  return { name: fileNameOf(article), text, ann: lines.length ? `${lines.join('\n')}\n` : '', labels, reviewed, claims: live.length };
}

/**
 * Where the text names the claim's speaker. The extractor's source span while the speaker is its
 * own; for a speaker a reviewer gave, the mention of their name (or surname) nearest the claim's
 * cue, or none when the text never names them (a reviewer may know whose words they are).
 */
function sourceOf(claim: Claim, text: string): [number, number] | null {
  if (!claim.corrected?.includes('speaker')) return claim.source ? [claim.source.start, claim.source.end] : null;
  const anchor = claim.cue?.start ?? claim.content.start;
  const words = claim.speaker.name.split(/\s+/);
  for (const name of [claim.speaker.name, ...(words.length > 1 ? [words.at(-1)!] : [])]) {
    let best: [number, number] | null = null;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (!best || Math.abs(at - anchor) < Math.abs(best[0] - anchor)) best = [at, at + name.length];
    }
    if (best) return best;
  }
  return null;
}

/** The speaker as the label scorer matches it: the canonical name, and a person's surname. */
function speakerKeyOf(speaker: Claim['speaker']): string | null {
  if (speaker.type === 'anonymous' && /^(unknown|unnamed speaker)$/i.test(speaker.name)) return null;
  const name = canonicalName(speaker.name);
  const surname = speaker.type === 'person' ? name.split(' ').at(-1) : undefined;
  return surname && surname !== name ? `${name}|${surname}` : name;
}

function fileNameOf(article: { articleId: string; key: string }): string {
  const base = (article.key.split('/').at(-1) ?? '').replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `${base || 'article'}-${article.articleId.slice(0, 8)}`;
}
