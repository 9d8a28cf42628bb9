import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { startApiUnderTest, type ApiUnderTest } from '../support/api-under-test.ts';
import { BUCKET, sqsEventFor } from '../support/local-servers.ts';
import { lambdaContext } from '../../local/lambda-context.ts';
import { articleIdFor } from '#shared/store/keys.ts';
import type { ArticleWithClaims } from '#shared/api/schemas.ts';

/**
 * The ClaimReview as a publisher uses it: the API's answer pasted, byte for byte, into
 * `<script type="application/ld+json">` in a page that Chromium loads. Every field a writer, a
 * reviewer or a setting fills carries markup that ends the script element and starts another,
 * line and paragraph separators, and bidirectional overrides. Nothing may run, and the JSON-LD
 * must read back as the data the API meant.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) {
  const message = `no Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH) to run the ClaimReview embedding tests`;
  if (process.env.CI) throw new Error(message);
  console.warn(`skipped: ${message}`);
}

/** sets a flag and opens a dialog, should it ever run */
const PAYLOAD = '</script><script>window.__pwned = true; alert(1)</script>';
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const UNSAFE = /[<>&\u2028\u2029]/;

const article = {
  title: `Council budget ${PAYLOAD} \u2028vote \u202Ecilbup`,
  publishedAt: `2026-03-02${PAYLOAD}`,
  url: 'https://news.example/budget',
  text: [
    'The city council met on Tuesday to debate the budget.',
    `"The budget keeps every library open ${PAYLOAD} & every bus <!--<script> running," said Maria Ruiz, the \u202Emayor\u202C\u2028 of </script><b>Springfield</b>.`,
    'The council will vote next week.',
  ].join('\n\n'),
};
const note = `Bus routes close in June ${PAYLOAD}\u2028\u2029 says the \u2066transit\u2069 \u202Dauthority\u202C.`;

let under: ApiUnderTest;
let browser: Browser;
let claimId: string;

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  Object.assign(process.env, { PUBLISHER_NAME: `The Daily Check ${PAYLOAD}`, PUBLISHER_URL: 'https://daily.example' });
  under = await startApiUnderTest();
  await under.servers.put('budget.json', JSON.stringify(article));
  const ingest = await import('../../functions/ingest/handler.ts');
  await ingest.handler(sqsEventFor('budget.json'), lambdaContext('embed-test'));
  const { claims } = (await api(`/articles/${articleIdFor(BUCKET, 'budget.json')}`).then((r) => r.json())) as ArticleWithClaims;
  const quoted = claims.find((c) => c.text.includes('</script>'));
  if (!quoted) throw new Error(`the extractor found no claim with the payload in ${JSON.stringify(claims.map((c) => c.text))}`);
  claimId = quoted.claimId;
  const ruled = await api(`/claims/${claimId}/verdict`, { method: 'PUT', body: JSON.stringify({ verdict: 'disputed', note, evidence: ['https://transit.example/notice?line=7&from=</script>'], expectedVersion: 0 }) });
  if (ruled.status !== 200) throw new Error(`the verdict was refused: ${await ruled.text()}`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await under?.close();
});

function api(path: string, init: RequestInit = {}) {
  return fetch(`${under.url}${path}`, { ...init, headers: { authorization: `Bearer ${under.alice}` } });
}

/** A publisher's page with `json` pasted into its JSON-LD script, as Chromium sees it once loaded. */
async function embedded(json: string) {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><title>Fact check</title><script type="application/ld+json">${json}</script></head><body><p id="end">the end of the page</p></body></html>`, { waitUntil: 'load' });
    const seen = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: boolean }).__pwned ?? false,
      scripts: document.scripts.length,
      elements: [...document.querySelectorAll('body *')].map((e) => e.tagName),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
    }));
    return { ...seen, dialogs, errors };
  } finally {
    await page.close();
  }
}

const stringsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsIn) : [];

describe.skipIf(!HAS_CHROMIUM)('ClaimReview embedded in a page', () => {
  it('runs nothing, and reads back as the same data, for one review', async () => {
    const res = await api(`/claims/${claimId}/claimreview`);
    expect(res.status).toBe(200);
    const raw = await res.text();
    expect(raw).not.toMatch(UNSAFE);
    const page = await embedded(raw);
    expect(page).toMatchObject({ pwned: false, dialogs: [], errors: [], scripts: 1, elements: ['P'] });
    expect(JSON.parse(page.jsonLd[0])).toEqual(JSON.parse(raw));

    const review = JSON.parse(page.jsonLd[0]);
    // the words are kept, markup and all: escaped, not removed
    expect(review.claimReviewed).toContain(`open ${PAYLOAD} & every bus <!--<script> running`);
    expect(review.reviewBody).toBe(note.replace(new RegExp(BIDI.source, 'g'), ''));
    expect(review.author.name).toBe(`The Daily Check ${PAYLOAD}`);
    expect(review.itemReviewed.appearance.headline).toBe(`Council budget ${PAYLOAD} \u2028vote cilbup`);
    expect(review.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Maria Ruiz', jobTitle: 'mayor of </script><b>Springfield</b>' });
    expect(review.citation).toEqual([{ '@type': 'CreativeWork', url: 'https://transit.example/notice?line=7&from=</script>' }]);
    for (const text of stringsIn(review)) expect(text, JSON.stringify(text)).not.toMatch(BIDI);
    // the upload's date was no date: left out, not published
    expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(review.itemReviewed).not.toHaveProperty('datePublished');
    expect(review.itemReviewed.appearance).not.toHaveProperty('datePublished');
  });

  it('runs nothing, and reads back as the same data, for the page of reviews a CMS pulls', async () => {
    const res = await api('/claimreviews');
    expect(res.status).toBe(200);
    const raw = await res.text();
    expect(raw).not.toMatch(UNSAFE);
    const page = await embedded(raw);
    expect(page).toMatchObject({ pwned: false, dialogs: [], errors: [], scripts: 1, elements: ['P'] });
    const parsed = JSON.parse(page.jsonLd[0]);
    expect(parsed).toEqual(JSON.parse(raw));
    expect(parsed.items.map((r: { url: string }) => r.url)).toEqual([`https://daily.example/claims/${claimId}`]);
  });

  it('would run the payload were the same data embedded as plain JSON: the checks above can see a script run', async () => {
    const plain = JSON.stringify(JSON.parse(await api(`/claims/${claimId}/claimreview`).then((r) => r.text())));
    const page = await embedded(plain);
    expect(page.pwned).toBe(true);
    expect(page.dialogs).toContain('1');
    expect(() => JSON.parse(page.jsonLd[0])).toThrow();
  });
});
