import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { formatOf, readDocument } from '#shared/documents/read-document.ts';
import { htmlArticle, MAX_NESTING, paragraphsOf } from '#shared/documents/html-article.ts';
import { UnreadableDocument } from '#shared/documents/unreadable-document.ts';
import { detectLanguage } from '#shared/documents/language.ts';
import { extractClaims } from '#shared/extraction/extract-claims.ts';
import { externalData } from '../../support/external-data.ts';

const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** F1 of two bags of words. */
function wordF1(ours: string[], reference: string[]): number {
  const bag = new Map<string, number>();
  for (const w of reference) bag.set(w, (bag.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of ours) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      hit++;
      bag.set(w, n - 1);
    }
  }
  if (ours.length === 0 || reference.length === 0) return ours.length === reference.length ? 1 : 0;
  const p = hit / ours.length;
  const r = hit / reference.length;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
const textOf = (html: string) => paragraphsOf(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as Node).join('\n');

describe('the HTML reader', () => {
  it('keeps text that sits directly in a div or header, a list item holding a list, dd, th and captions, and breaks at <br>', () => {
    const { document } = parseHTML(
      '<html><body><div>Loose text <b>in a div</b><p>A paragraph.</p></div><header>In a header</header><ul><li>Item one<ul><li>nested</li></ul></li></ul>' +
        '<dl><dt>Term</dt><dd>Definition</dd></dl><table><caption>A caption</caption><tr><th>Head</th><td>Cell</td></tr></table><p>was<br>hello</p></body></html>',
    );
    expect(paragraphsOf(document.body as unknown as Node)).toEqual(['Loose text in a div', 'A paragraph.', 'In a header', 'Item one', 'nested', 'Term', 'Definition', 'A caption', 'Head', 'Cell', 'was', 'hello']);
  });

  it('reads no claim from page furniture: captions, bios, labels, promotion boxes, citations', () => {
    const body = Array.from({ length: 6 }, (_, i) => `<p>The council met on Tuesday for the ${i + 1}th time this year to discuss the budget and the state of the roads in the city.</p>`).join('');
    const page =
      `<html><body><article><h1>Budget</h1>${body}<p>The mayor said that taxes would fall next year.</p>` +
      '<figure><img src="x.jpg"><figcaption>The chief said that crime rose, in a photo from Monday.</figcaption></figure>' +
      '<p>Related: Officials said that the bridge would reopen in May.</p>' +
      '<div class="author-bio">Jane Doe writes about cities. She said that she loves bridges.</div>' +
      '<p>Te Ara: The Encyclopedia of New Zealand</p></article></body></html>';
    const document = readDocument(Buffer.from(page), { key: 'page.html' });
    expect(document.text).toContain('The chief said that crime rose');
    const claims = extractClaims(document.text, { bodyStart: document.bodyStart, furniture: document.furniture });
    expect(claims.map((c) => c.content.text)).toEqual(['that taxes would fall next year']);
  });

  it('refuses at once a page nested too deep to be an article, with the reason', () => {
    const deep = `<html><body>${'<div>'.repeat(50_000)}text${'</div>'.repeat(50_000)}</body></html>`;
    expect(() => htmlArticle(deep)).toThrow(UnreadableDocument);
    expect(() => htmlArticle(deep)).toThrow(new RegExp(`more than ${MAX_NESTING}`));
  });

  it('knows a page by its markup after an XML prolog, comments and a long head', () => {
    const page = `<?xml version="1.0" encoding="utf-8"?>\n<!-- saved from the web -->\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">\n<html><head>${'<meta name="x" content="y">'.repeat(100)}</head><body><p>Words.</p></body></html>`;
    expect(formatOf(page, { key: 'upload' })).toBe('html');
    expect(formatOf(`<!-- a comment -->${' '.repeat(2000)}<head><title>x</title></head><body></body>`, {})).toBe('html');
    expect(formatOf('The mayor said <b>no</b>.', {})).toBe('text');
  });
});

const PAGES = externalData('WEB_PAGES_DIR') ?? '';
const pages = PAGES ? readdirSync(PAGES).filter((d) => existsSync(join(PAGES, d, 'source.html'))) : [];
if (PAGES && pages.length === 0) console.warn(`skipped: WEB_PAGES_DIR=${process.env.WEB_PAGES_DIR} holds no page folder with a source.html (data/README.md)`);

describe.skipIf(pages.length === 0)('the 124 saved web pages', () => {
  it('reads every page to article text, or refuses it with a reason; extraction never throws on one', () => {
    for (const page of pages) {
      const bytes = readFileSync(join(PAGES, page, 'source.html'));
      let text: string;
      try {
        text = readDocument(bytes, { key: 'page.html' }).text;
      } catch (error) {
        expect(error, page).toBeInstanceOf(UnreadableDocument);
        continue;
      }
      expect(() => extractClaims(text), page).not.toThrow();
    }
  });

  it('keeps every word Readability keeps: word F1 ≥ 0.99 against the reference on each page where the installed Readability agrees with it', () => {
    const low: string[] = [];
    let compared = 0;
    for (const page of pages) {
      const source = readFileSync(join(PAGES, page, 'source.html'), 'utf8');
      const reference = words(textOf(readFileSync(join(PAGES, page, 'expected.html'), 'utf8')));
      const installed = new Readability(parseHTML(source).document as unknown as Document).parse();
      if (wordF1(words(textOf(installed?.content ?? '')), reference) < 0.99) continue;
      let ours: string[];
      try {
        ours = words(htmlArticle(source).text);
      } catch {
        continue;
      }
      compared++;
      const f1 = wordF1(ours, reference);
      if (f1 < 0.99) low.push(`${page}: ${f1.toFixed(3)}`);
    }
    expect(compared).toBeGreaterThan(100);
    expect(low).toEqual([]);
  });

  it('tells the language of every page whose metadata names one (all but the shortest)', () => {
    let named = 0;
    let agreed = 0;
    for (const page of pages) {
      const lang = JSON.parse(readFileSync(join(PAGES, page, 'expected-metadata.json'), 'utf8')).lang?.slice(0, 2).toLowerCase();
      if (!lang) continue;
      let text: string;
      try {
        text = htmlArticle(readFileSync(join(PAGES, page, 'source.html'), 'utf8')).text;
      } catch {
        continue;
      }
      named++;
      const found = detectLanguage(text);
      if (found === lang) agreed++;
      else expect(found, page).toBe('und');
    }
    expect(agreed / named).toBeGreaterThan(0.9);
  });
});
