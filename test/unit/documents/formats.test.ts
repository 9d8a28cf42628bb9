import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatOf, readDocument } from '#shared/documents/read-document.ts';
import { unreadableReason as reason } from '../../support/unreadable-reason.ts';

const newsPage = readFileSync(fileURLToPath(new URL('../../fixtures/documents/news-page.html', import.meta.url)));

describe('formats', () => {
  it('chooses the format by content type, then extension, then by looking', () => {
    expect(formatOf('anything', { contentType: 'text/html; charset=utf-8', key: 'a.txt' })).toBe('html');
    expect(formatOf('anything', { key: 'story.md' })).toBe('markdown');
    expect(formatOf('anything', { key: 'story.JSON' })).toBe('json');
    expect(formatOf('<!DOCTYPE html><html>', { key: 'upload' })).toBe('html');
    expect(formatOf(' {"title":"x"}', {})).toBe('json');
    expect(formatOf('Plain words.', {})).toBe('text');
  });

  it('reads the article body of an HTML page, without navigation, footer, scripts or cookie banner', () => {
    const doc = readDocument(newsPage, { key: 'ledger/budget.html' });
    expect(doc.format).toBe('html');
    expect(doc.title).toMatch(/Mayor defends budget/);
    expect(doc.publishedAt).toBe('2026-03-02T09:30:00Z');
    expect(doc.text).toContain('“This budget keeps every branch library open and every bus on the road,” Ruiz said');
    for (const chrome of ['Subscribe now', 'cookies', 'All rights reserved', 'dataLayer', 'Related stories']) expect(doc.text).not.toContain(chrome);
  });

  it('refuses an HTML page with no article in it', () => {
    expect(reason(() => readDocument(Buffer.from('<html><body><nav><a href="/">Home</a></nav><footer>© 2026</footer></body></html>'), { key: 'x.html' }))).toMatch(/no article body/);
  });

  it('reads Markdown as plain text, its first heading as the title', () => {
    const doc = readDocument(Buffer.from('# Council votes\n\nThe **mayor** said [the plan](https://x.org) was *fair*.\n\n- first point\n'), { key: 'a.md' });
    expect(doc).toMatchObject({ format: 'markdown', title: 'Council votes', text: 'Council votes\n\nThe mayor said the plan was fair.\n\nfirst point' });
  });

  it('reads a JSON article and refuses malformed or incomplete JSON with what is wrong', () => {
    const doc = readDocument(Buffer.from(JSON.stringify({ title: 'T', text: 'The mayor said it was fair.', publishedAt: '2026-01-01', url: 'https://x.org' })), { key: 'a.json' });
    expect(doc).toMatchObject({ format: 'json', title: 'T', text: 'The mayor said it was fair.', publishedAt: '2026-01-01' });
    expect(reason(() => readDocument(Buffer.from('{"title": "T", "text": '), { key: 'a.json' }))).toMatch(/not valid JSON/);
    expect(reason(() => readDocument(Buffer.from('{"title": "T"}'), { key: 'a.json' }))).toMatch(/text/);
  });
});

describe('text encodings', () => {
  it('decodes UTF-16 with a byte-order mark, either byte order', () => {
    const text = 'Die Ministerin sagte: “Nein.”';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.map((_, i) => (i % 2 === 0 ? le[i + 1] : le[i - 1])));
    expect(readDocument(le).text.replace(/^\uFEFF/, '')).toBe(text);
    expect(readDocument(be).text.replace(/^\uFEFF/, '')).toBe(text);
  });

  it('decodes Windows-1252, curly quotes and dashes included', () => {
    const bytes = Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x68, 0x65]);
    expect(readDocument(bytes).text).toBe('“Café” – said he');
  });

  it('refuses bytes that no supported encoding reads', () => {
    expect(reason(() => readDocument(Buffer.from([0x63, 0x81, 0x61, 0x62, 0x63])))).toMatch(/neither UTF-8, UTF-16 nor Windows-1252/);
  });
});
