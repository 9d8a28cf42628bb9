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
export function htmlArticle(html: string): { title?: string; text: string; publishedAt?: string; furniture: Array<[number, number]> } {
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
  const paragraphs = readParagraphs(body.body as unknown as Node);
  const text = paragraphs.map((p) => p.text).join('\n\n');
  const furniture: Array<[number, number]> = [];
  let at = 0;
  for (const p of paragraphs) {
    if (p.furniture || LABEL.test(p.text)) furniture.push([at, at + p.text.length]);
    at += p.text.length + 2;
  }
  if ((text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_ARTICLE_WORDS) throw new UnreadableDocument('the HTML page has no article body');
  const title = article.title?.trim() || undefined;
  return { ...(title ? { title } : {}), text, ...(publishedAt ? { publishedAt } : {}), furniture };
}

/**
 * The text of an element as paragraphs: every text Readability kept, whatever holds it (a `div`,
 * a list item with a nested list, `dd`, `th`, a `caption`), a paragraph ending at each element
 * that breaks the flow and at each `<br>`. Walked with a stack, not recursion, so depth costs
 * nothing.
 */
export function paragraphsOf(root: Node): string[] {
  return readParagraphs(root).map((p) => p.text);
}

/**
 * Page furniture a reader passes over and nobody said: photo captions and credits, author bios,
 * related links, newsletter, share and promotion boxes. Readability keeps some of it; its words
 * stay in the article's text, but no claim is read from them.
 */
const FURNITURE_TAGS = new Set(['FIGCAPTION', 'CAPTION', 'FIGURE']);
const FURNITURE_CLASS = /(caption|credit|byline|author|bio\b|related|newsletter|subscri|share|social|promo|advert|sponsor|signup|sign-up)/i;
/** `Related: …`, `Map: …`, `Gallery: …`: a label, not a speaker. */
const MAX_FURNITURE_CHARS = 600;
const LABEL = /^(related|more|map|maps|gallery|photos?|video|watch|listen|read more|read|see also|review|graphic|chart|source|credit|advertisement|sponsored|editor[’']s note|update|correction)s?\s*:/i;

function readParagraphs(root: Node): Array<{ text: string; furniture: boolean }> {
  const paragraphs: Array<{ text: string; furniture: boolean }> = [];
  let current = '';
  let inFurniture = 0;
  let currentIsFurniture = false;
  const flush = () => {
    const paragraph = current.replace(/\s+/g, ' ').trim();
    if (paragraph) paragraphs.push({ text: paragraph, furniture: currentIsFurniture });
    current = '';
    currentIsFurniture = inFurniture > 0;
  };
  const stack: Array<{ node: Node; leaving: boolean }> = [{ node: root, leaving: false }];
  while (stack.length) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      if (inFurniture > 0) currentIsFurniture = true;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const breaks = BREAKS.has(element.tagName.toUpperCase());
    // by its name a box is furniture only while it is short: a wrapper called `article-share` may hold the story
    const furniture =
      FURNITURE_TAGS.has(element.tagName.toUpperCase()) ||
      (FURNITURE_CLASS.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`) && (element.textContent ?? '').length < MAX_FURNITURE_CHARS);
    if (breaks) flush();
    if (leaving) {
      if (furniture) inFurniture--;
      if (breaks) currentIsFurniture = inFurniture > 0;
      continue;
    }
    if (furniture) {
      inFurniture++;
      currentIsFurniture = true;
    }
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
