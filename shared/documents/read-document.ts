import { wireFurniture } from './wire-furniture.ts';
import { decodeText } from './decode-text.ts';
import { htmlArticle } from './html-article.ts';
import { jsonArticle } from './json-article.ts';
import { markdownArticle } from './markdown-article.ts';
import { UnreadableDocument } from './unreadable-document.ts';
import { isoDateOf } from '../publishing/iso-date.ts';

export { UnreadableDocument } from './unreadable-document.ts';

export type DocumentFormat = 'text' | 'markdown' | 'html' | 'json';

/** An article's plain text and what its header says; claim offsets index `text`. */
export interface ArticleDocument {
  format: DocumentFormat;
  text: string;
  title?: string;
  publishedAt?: string;
  dateline?: string;
  /** where the body starts: the header before it holds no claim */
  bodyStart: number;
  /** where the article was published, when the upload says (a JSON upload's `url`) */
  url?: string;
  /** stretches of page furniture (captions, bios, labels, promotion boxes) that hold no claim */
  furniture?: Array<[number, number]>;
}

export interface DocumentHints {
  /** the object's Content-Type, when it says more than `application/octet-stream` */
  contentType?: string;
  /** the object key, for its extension */
  key?: string;
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** `date 2022-03-24 BEIJING:` opening a wire story: the date, then the dateline. */
const DATE_HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(?:([A-Z][A-Z .'’-]*[A-Z]):\s*)?/;
/** A first line standing alone above a blank line, short enough to be a headline. */
const TITLE_LINE = /^\s*([^\n]{3,200})\n\s*\n/;

const BY_CONTENT_TYPE: Array<[RegExp, DocumentFormat]> = [
  [/^text\/html|^application\/xhtml/, 'html'],
  [/^text\/(x-)?markdown/, 'markdown'],
  [/^application\/(.+\+)?json/, 'json'],
  [/^text\/plain/, 'text'],
];
const BY_EXTENSION: Record<string, DocumentFormat> = { html: 'html', htm: 'html', md: 'markdown', markdown: 'markdown', json: 'json', txt: 'text', text: 'text' };

/**
 * Bytes of an article → its plain text and header. The format comes from the content type, then
 * the key's extension, then a look at the text itself. Throws UnreadableDocument, with a reason
 * a person understands, for what can never be an article.
 */
export function readDocument(bytes: Uint8Array, hints: DocumentHints = {}): ArticleDocument {
  const maxBytes = hints.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw new UnreadableDocument('the file is empty');
  if (bytes.length > maxBytes) throw new UnreadableDocument(`the file is ${bytes.length} bytes, over the limit of ${maxBytes} bytes`);
  const raw = decodeText(bytes);
  if (!/[\p{L}\p{N}]/u.test(raw)) throw new UnreadableDocument('the file holds no words');
  if (controlShare(raw) > 0.05) throw new UnreadableDocument('the file is binary, not text (too many control characters)');

  const format = formatOf(raw, hints);
  const { publishedAt, ...document } = readAs(format, raw);
  // the header's date as ISO 8601 or none, whatever the format: it becomes the article's
  // datePublished in the ClaimReview that publishers embed in their pages
  const date = isoDateOf(publishedAt);
  // datelines, bylines and credits of wire copy, whatever the format carried it
  const wire = wireFurniture(document.text);
  const furniture = [...(document.furniture ?? []), ...wire].sort((a, b) => a[0] - b[0]);
  const dateline = document.dateline ?? placeOfDateline(document.text, wire);
  return { ...document, ...(furniture.length ? { furniture } : {}), ...(dateline ? { dateline } : {}), ...(date ? { publishedAt: date } : {}) };
}

function readAs(format: DocumentFormat, raw: string): ArticleDocument {
  if (format === 'html') return { format, ...htmlArticle(raw), bodyStart: 0 };
  if (format === 'json') {
    const { title, text, publishedAt, url } = jsonArticle(raw);
    return { format, title, text, ...(publishedAt ? { publishedAt } : {}), ...(url && /^https?:\/\//i.test(url) ? { url } : {}), bodyStart: 0 };
  }
  if (format === 'markdown') return { format, ...markdownArticle(raw), bodyStart: 0 };
  return { format, text: raw, ...readHeader(raw) };
}

export function formatOf(text: string, hints: DocumentHints): DocumentFormat {
  const type = hints.contentType?.toLowerCase().trim() ?? '';
  for (const [pattern, format] of BY_CONTENT_TYPE) if (pattern.test(type)) return format;
  const extension = /\.([a-z0-9]+)$/i.exec(hints.key ?? '')?.[1]?.toLowerCase();
  if (extension && BY_EXTENSION[extension]) return BY_EXTENSION[extension];
  // an XML prolog, comments and a doctype may come first, and a page's head can run long
  const start = text.replace(/^\uFEFF/, '').replace(/^(\s+|<\?xml[^>]*>|<!--[\s\S]*?-->)*/, '').slice(0, 64 * 1024).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || start.startsWith('<head') || /<(body|head)[\s>]/.test(start)) return 'html';
  if (start.startsWith('{')) return 'json';
  return 'text';
}

function readHeader(text: string): Pick<ArticleDocument, 'title' | 'publishedAt' | 'dateline' | 'bodyStart'> {
  const date = DATE_HEADER.exec(text);
  if (date) {
    return { publishedAt: date[1], ...(date[2] ? { dateline: date[2].trim() } : {}), bodyStart: date[0].length };
  }
  const title = TITLE_LINE.exec(text);
  if (title && !/[.!?]["”]?\s*$/.test(title[1].replace(/\.$/, ''))) {
    return { title: title[1].trim().replace(/\.$/, ''), bodyStart: 0 };
  }
  return { bodyStart: 0 };
}

/** `LONDON, Nov 30 (Reuters) - `: the place a wire story was filed from, from its first dateline. */
function placeOfDateline(text: string, wire: Array<[number, number]>): string | undefined {
  for (const [start, end] of wire) {
    const place = /^\s*(\p{Lu}[\p{L}.'’ -]*?)(?:,[^(]*)?\s*\(/u.exec(text.slice(start, end))?.[1];
    if (place && !/\d/.test(place)) return place.trim();
  }
  return undefined;
}

function controlShare(text: string): number {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0x9f)) control++;
  }
  return control / text.length;
}
