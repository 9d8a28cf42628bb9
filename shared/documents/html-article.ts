import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { UnreadableDocument } from './unreadable-document.ts';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';
/** Readability returns a candidate for nearly any page; below this many words it is navigation, not an article. */
const MIN_ARTICLE_WORDS = 40;

/**
 * An HTML page → its article: Mozilla Readability (Firefox's reader view) finds the body and
 * drops navigation, footers, scripts and banners; each block becomes a paragraph of plain text.
 */
export function htmlArticle(html: string): { title?: string; text: string; publishedAt?: string } {
  const { document } = parseHTML(html);
  const publishedAt =
    document.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  const article = new Readability(document as unknown as Document).parse();
  if (!article?.content) throw new UnreadableDocument('the HTML page has no article body');
  const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const blocks = [...body.querySelectorAll(BLOCKS)]
    .filter((el) => !el.querySelector(BLOCKS))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const text = blocks.join('\n\n');
  if ((text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_ARTICLE_WORDS) throw new UnreadableDocument('the HTML page has no article body');
  const title = article.title?.trim() || undefined;
  return { ...(title ? { title } : {}), text, ...(publishedAt ? { publishedAt } : {}) };
}
