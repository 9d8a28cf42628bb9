/**
 * usage (from the repository root): npx tsx data/attributions/web-pages/make-text.ts WEB_PAGES_DIR NAME...
 * Writes each page's text, as the project's own reader gives it, to data/attributions/web-pages/text/NAME.txt.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '#shared/documents/read-document.ts';

const [dir, ...names] = process.argv.slice(2);
for (const name of names) {
  const bytes = readFileSync(join(dir, name, 'source.html'));
  const doc = readDocument(bytes, { contentType: 'text/html', key: 'page.html', maxBytes: 10 * 1024 * 1024 });
  writeFileSync(join('data/attributions/web-pages/text', `${name}.txt`), doc.text);
  console.log(name, doc.text.length, 'bodyStart', doc.bodyStart, 'title', JSON.stringify(doc.title), 'furniture', JSON.stringify(doc.furniture)?.slice(0, 200));
}
