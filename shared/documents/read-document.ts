/** An article's plain text and what its header says; claim offsets index `text`. */
export interface ArticleDocument {
  text: string;
  title?: string;
  publishedAt?: string;
  dateline?: string;
  /** where the body starts: the header before it holds no claim */
  bodyStart: number;
}

/** A file that can never become an article; `reason` is shown to people as is. */
export class UnreadableDocument extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'UnreadableDocument';
  }
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** `date 2022-03-24 BEIJING:` opening a wire story: the date, then the dateline. */
const DATE_HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(?:([A-Z][A-Z .'’-]*[A-Z]):\s*)?/;
/** A first line standing alone above a blank line, short enough to be a headline. */
const TITLE_LINE = /^\s*([^\n]{3,200})\n\s*\n/;

/** Bytes of a plain-text article → its text and header. Throws UnreadableDocument for what is not text. */
export function readDocument(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): ArticleDocument {
  if (bytes.length === 0) throw new UnreadableDocument('the file is empty');
  if (bytes.length > maxBytes) throw new UnreadableDocument(`the file is ${bytes.length} bytes, over the limit of ${maxBytes} bytes`);
  if (bytes.includes(0)) throw new UnreadableDocument('the file is binary, not text (it holds NUL bytes)');
  let text: string;
  try {
    // the BOM is kept so that offsets match the file as any UTF-8 reader sees it
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UnreadableDocument('the file is not valid UTF-8 text');
  }
  if (!/[\p{L}\p{N}]/u.test(text)) throw new UnreadableDocument('the file holds no words');
  if (controlShare(text) > 0.05) throw new UnreadableDocument('the file is binary, not text (too many control characters)');
  return { text, ...readHeader(text) };
}

function readHeader(text: string): Omit<ArticleDocument, 'text'> {
  const date = DATE_HEADER.exec(text);
  if (date) {
    return { publishedAt: date[1], ...(date[2] ? { dateline: date[2].trim() } : {}), bodyStart: date[0].length };
  }
  const title = TITLE_LINE.exec(text);
  if (title && !/[.!?]["”]?\s*$/.test(title[1].replace(/\.$/, '')) ) {
    return { title: title[1].trim().replace(/\.$/, ''), bodyStart: 0 };
  }
  return { bodyStart: 0 };
}

function controlShare(text: string): number {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
  }
  return control / text.length;
}
