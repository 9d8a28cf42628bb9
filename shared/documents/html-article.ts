import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { UnreadableDocument } from './unreadable-document.ts';

/** Elements that end one paragraph and start another; every other element's text runs on in its paragraph. */
const BREAKS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TH', 'TD', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'MAIN', 'ADDRESS', 'HR', 'BR', 'DETAILS', 'SUMMARY']);
/** Readability returns a candidate for nearly any page; below this many words it is navigation, not an article. */
const MIN_ARTICLE_WORDS = 40;
/**
 * Deeper than this, a page is no article (the deepest of 124 real pages nests ~60): Readability
 * and the DOM recurse, and 50,000 nested `div`s overflow the stack after most of a minute.
 */
export const MAX_NESTING = 400;

/**
 * An HTML page → its article: Mozilla Readability (Firefox's reader view) finds the body and
 * drops navigation, footers, scripts and banners; each block becomes a paragraph of plain text.
 */
export function htmlArticle(html: string): { title?: string; text: string; publishedAt?: string } {
  const depth = nestingDepth(html);
  if (depth > MAX_NESTING) throw new UnreadableDocument(`the HTML page nests elements ${depth} deep, more than ${MAX_NESTING}: not an article page`);
  const { document } = parseHTML(html);
  const publishedAt =
    document.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  const article = new Readability(document as unknown as Document).parse();
  if (!article?.content) throw new UnreadableDocument('the HTML page has no article body');
  const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const text = paragraphsOf(body.body as unknown as Node).join('\n\n');
  if ((text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_ARTICLE_WORDS) throw new UnreadableDocument('the HTML page has no article body');
  const title = article.title?.trim() || undefined;
  return { ...(title ? { title } : {}), text, ...(publishedAt ? { publishedAt } : {}) };
}

/**
 * The text of an element as paragraphs: every text Readability kept, whatever holds it (a `div`,
 * a list item with a nested list, `dd`, `th`, a `caption`), a paragraph ending at each element
 * that breaks the flow and at each `<br>`. Walked with a stack, not recursion, so depth costs
 * nothing.
 */
export function paragraphsOf(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const paragraph = current.replace(/\s+/g, ' ').trim();
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };
  const stack: Array<{ node: Node; leaving: boolean }> = [{ node: root, leaving: false }];
  while (stack.length) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const breaks = BREAKS.has((node as Element).tagName.toUpperCase());
    if (breaks) flush();
    if (leaving) continue;
    stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], leaving: false });
  }
  flush();
  return paragraphs;
}

/** Elements that never close, and those whose closing tag HTML lets a page leave out: neither nests. */
const UNNESTED = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rp', 'rt']);

/** How deep the page's elements nest, read from its tags in one pass (closing tags that match nothing ignored). */
function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, name, selfClosing] of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    const tag = name.toLowerCase();
    if (UNNESTED.has(tag) || selfClosing) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}
