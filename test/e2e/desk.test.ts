import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedGold } from '../support/seed.ts';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { ArticleWithClaims, Claim } from '#shared/api/schemas.ts';
import { poll } from '../support/poll.ts';
import { HAS_CHROMIUM, SEED_TITLE, startDeskStack, type DeskStack } from '../support/desk-browser.ts';

/**
 * The reviewer desk in a real browser (Debian's Chromium, driven by playwright-core): the local
 * stack started as a user starts it, the seed uploaded, a token given in the URL fragment, one
 * claim verified with the keyboard and another disputed with a note, both checked over the API.
 */
/** tests write nothing tracked: `npm run screenshot` points this at the README's image */
const SCREENSHOT = process.env.DESK_SCREENSHOT ?? 'test-results/desk-article.png';
const SPEAKER_SCREENSHOT = SCREENSHOT.replace('desk-article', 'desk-speaker');
let stack: DeskStack;
let browser: Browser;
let api: string;
let token: string;
let loadMs = 0;
let s3: DeskStack['s3'];

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  stack = await startDeskStack();
  ({ api, token, s3, browser } = stack);
}, 90_000);

afterAll(async () => {
  await stack?.stop();
});

/** The characters that set or override text direction (Unicode's explicit bidi formatting characters and marks). */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

/** An upload once the pipeline has read it, with its claims. */
const uploaded = async (key: string, body: string): Promise<ArticleWithClaims> => {
  await s3.send(new PutObjectCommand({ Bucket: 'articles', Key: key, Body: body }));
  const { articleId } = await poll(`the article ${JSON.stringify(key)}`, async () => {
    const { items } = await (await fetch(`${api}/articles?key=${encodeURIComponent(key)}`, { headers: { authorization: `Bearer ${token}` } })).json();
    return items[0]?.status === 'ready' ? (items[0] as { articleId: string }) : undefined;
  });
  return (await (await fetch(`${api}/articles/${articleId}`, { headers: { authorization: `Bearer ${token}` } })).json()) as ArticleWithClaims;
};

/**
 * Whether `first` is drawn before `second` (left of it on the same line, or on an earlier line).
 * The text's own order says nothing here: a right-to-left override leaves it as it was and
 * draws it reversed, so this asks the layout where each piece landed.
 */
const drawnInOrder = (element: Locator, first: string, second: string) =>
  element.evaluate((el, [a, b]) => {
    const box = (needle: string) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        return range.getBoundingClientRect();
      }
      throw new Error(`no ${needle} in ${el.textContent}`);
    };
    const [boxA, boxB] = [box(a), box(b)];
    return boxB.top >= boxA.bottom - 1 || boxA.right <= boxB.left + 1;
  }, [first, second] as const);

/** How far the page is wider than the window's content area: more than 0 is a horizontal scroll. */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** How a claim's words are shown: the element, whether the browser draws quotation marks around it, and its text. */
const shownWords = (element: Locator) =>
  element.evaluate((el) => ({ tag: el.tagName.toLowerCase(), quotes: getComputedStyle(el).quotes, before: getComputedStyle(el, '::before').content, text: el.textContent ?? '' }));

const claimsOverApi = async (): Promise<Claim[]> => (await stack.seedArticle()).claims;

describe.skipIf(!HAS_CHROMIUM)('the reviewer desk', () => {
  it('signs in from the URL fragment, opens the seed article, verifies one claim and disputes another', async () => {
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${api}/#token=${token}`);
    await page.getByText('alice').first().waitFor();
    const link = page.locator('.articles').getByRole('link', { name: SEED_TITLE });
    await link.waitFor({ timeout: 20_000 });

    const started = performance.now();
    await link.click();
    await page.locator('mark').first().waitFor();
    loadMs = performance.now() - started;
    expect(await page.locator('mark').count()).toBe(10);

    // the header is the dateline, not text
    expect(await page.locator('.dateline').textContent()).toBe('BEIJING · 2022-03-24');
    expect((await page.locator('.text').innerText()).startsWith('Pakistan and China')).toBe(true);

    // the first claim is selected: verify it with the keyboard, which moves on to the next claim
    await page.locator('.panel h3').waitFor();
    await page.keyboard.press('v');
    await page.locator('mark.verified').first().waitFor();
    await poll('the next claim selected', async () => ((await page.locator('mark').nth(1).getAttribute('class'))?.includes('selected') ? true : undefined), 5_000);

    // that claim: a note and an evidence link, then the dispute button
    await page.getByLabel('Note (optional)').fill('The ministry’s own statement says otherwise.');
    await page.getByLabel('Evidence link (optional)').fill('https://example.org/statement');
    await page.getByRole('button', { name: 'Dispute (d)' }).click();
    await page.locator('mark.disputed').first().waitFor();
    expect(await page.locator('.history a.evidence').getAttribute('href')).toBe('https://example.org/statement');

    await page.keyboard.press('k');
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: false });

    const claims = await claimsOverApi();
    expect(claims[0]).toMatchObject({ status: 'verified', history: [{ verdict: 'verified', reviewer: 'alice' }] });
    expect(claims[1]).toMatchObject({ status: 'disputed', history: [{ verdict: 'disputed', reviewer: 'alice', note: 'The ministry’s own statement says otherwise.', evidence: ['https://example.org/statement'] }] });
    console.log(`desk: seed article opened with its 10 claims highlighted in ${Math.round(loadMs)} ms`);
  }, 60_000);

  it('is served with a content security policy that lets only its own script run, and may not be framed', async () => {
    const res = await fetch(`${api}/`);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'.*frame-ancestors 'none'/);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('shows a read-only reviewer no verdict buttons, and works at 360 px wide', async () => {
    const reader = await stack.tokenFor('rita', { readOnly: true });
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${api}/#token=${reader}`);
    await page.locator('.articles').getByRole('link', { name: SEED_TITLE }).click();
    await page.locator('mark').first().waitFor();
    expect(await page.getByRole('button', { name: /Verify|Dispute/ }).count()).toBe(0);
    // on a phone the panel comes first, above the article it rules on
    const panel = await page.locator('.panel').boundingBox();
    const text = await page.locator('.text').boundingBox();
    expect(panel!.y).toBeLessThan(text!.y);
    await page.getByText('Read-only').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }, 60_000);

  it('reloads a claim someone else just ruled on, and says who', async () => {
    const page = await browser.newPage();
    await page.goto(`${api}/#token=${token}`);
    await page.locator('.articles').getByRole('link', { name: SEED_TITLE }).click();
    await page.locator('mark').first().waitFor();
    await page.locator('mark').nth(2).click();
    const claim = (await claimsOverApi())[2];
    const bob = await stack.tokenFor('bob');
    await fetch(`${api}/claims/${claim.claimId}/verdict`, { method: 'PUT', headers: { authorization: `Bearer ${bob}` }, body: JSON.stringify({ verdict: 'disputed', expectedVersion: 0 }) });
    await page.getByRole('button', { name: 'Verify (v)' }).click();
    await page.getByText('bob marked it disputed').waitFor();
    expect(await page.locator('#claim-status').textContent()).toBe('disputed');
  }, 60_000);

  it('shows a new upload without a reload', async () => {
    const page = await browser.newPage();
    await page.goto(`${api}/#token=${token}`);
    await page.locator('.articles').getByRole('link', { name: SEED_TITLE }).waitFor();
    await s3.send(new PutObjectCommand({ Bucket: 'articles', Key: 'later.txt', Body: 'The mayor said that the bridge would reopen in May.' }));
    await page.locator('.articles').getByRole('link', { name: 'The mayor said that the bridge would reopen in May.', exact: true }).waitFor({ timeout: 15_000 });
  }, 30_000);

  it('puts the most check-worthy claims first, says why, filters those worth checking, and rules in that order from the keyboard', async () => {
    const queue = async (query: string) => (await (await fetch(`${api}/claims?status=pending&limit=100${query}`, { headers: { authorization: `Bearer ${token}` } })).json()).items as Claim[];
    const ranked = await queue('');
    expect(ranked.map((c) => c.checkworthiness)).toEqual([...ranked.map((c) => c.checkworthiness)].sort((a, b) => b! - a!));
    const page = await browser.newPage();
    await page.goto(`${api}/#token=${token}`);
    await page.locator('.claims li .worth').first().waitFor();
    expect(await page.locator('.claims li .claim-text').first().textContent()).toBe(ranked[0].text.length > 220 ? `${ranked[0].text.slice(0, 220)}…` : ranked[0].text);
    expect(await page.locator('.claims li').first().locator('.score').textContent()).toBe(`worth checking ${Math.round(ranked[0].checkworthiness! * 100)}%`);

    await page.getByLabel('Worth checking only').check();
    const worth = await queue('&minCheckworthiness=0.5');
    await poll('the filtered queue', async () => ((await page.locator('.claims li .worth').count()) === worth.length || (worth.length === 0 && (await page.getByText('Nothing here.').count()) === 1) ? true : undefined), 10_000);
    await page.getByLabel('Worth checking only').uncheck();
    await poll('the whole queue', async () => ((await page.locator('.claims li .worth').count()) === ranked.length ? true : undefined), 10_000);

    // j moves to the second claim in the queue's order; v verifies it and the selection moves on to the next
    await page.keyboard.press('j');
    await page.keyboard.press('v');
    await page.getByText('Marked verified.').waitFor();
    const verified = await poll('the verdict', async () => ((await claimsOverApi()).find((c) => c.claimId === ranked[1].claimId)?.status === 'verified' ? true : undefined));
    expect(verified).toBe(true);
    expect(await page.locator('.claims li.selected .claim-text').textContent()).toBe(ranked[2].text.length > 220 ? `${ranked[2].text.slice(0, 220)}…` : ranked[2].text);
  }, 60_000);

  it('pages through a queue longer than a page', async () => {
    const many = Array.from({ length: 60 }, (_, i) => `The analyst said that prices rose ${i + 1} percent in ${2000 + i}.`).join('\n\n');
    await s3.send(new PutObjectCommand({ Bucket: 'articles', Key: 'many.txt', Body: many }));
    const pending = await poll('the long article', async () => {
      const { items } = await (await fetch(`${api}/articles?key=many.txt`, { headers: { authorization: `Bearer ${token}` } })).json();
      return items[0]?.status === 'ready' ? (items[0] as { counts: { pending: number } }).counts.pending : undefined;
    });
    expect(pending).toBe(60);
    const page = await browser.newPage();
    await page.goto(`${api}/#token=${token}`);
    await page.getByRole('button', { name: 'Load more claims' }).waitFor();
    const first = await page.locator('.claims li').count();
    expect(first).toBe(50);
    await page.getByRole('button', { name: 'Load more claims' }).click();
    await poll('the next page', async () => ((await page.locator('.claims li').count()) > first ? true : undefined), 5_000);
    const texts = await page.locator('.claims li .claim-text').allTextContents();
    expect(new Set(texts).size).toBe(texts.length);
  }, 60_000);

  it('keeps the queue when an article loads after the reviewer left it', async () => {
    const page = await browser.newPage();
    await page.goto(`${api}/#token=${token}`);
    await page.locator('.claims li .claim-text').first().waitFor();

    // an article that answers slowly, left for the queue before it arrives
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/articles/*', async (route) => {
      await held;
      await route.continue();
    });
    await page.locator('.articles').getByRole('link', { name: SEED_TITLE }).click();
    await page.goto(`${api}/#/`);
    await page.getByRole('heading', { name: 'Review queue' }).waitFor();
    release();
    await page.waitForTimeout(300);
    expect(await page.getByRole('heading', { name: 'Review queue' }).count()).toBe(1);
    expect(await page.locator('mark').count()).toBe(0);
  }, 60_000);

  it('opens a speaker’s page from a claim: who they are, their record, and their claims, newest first', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${api}/#token=${token}`);
    await page.locator('.articles').getByRole('link', { name: SEED_TITLE }).click();
    await page.locator('.panel h3 a').waitFor();
    const name = await page.locator('.panel h3 a').textContent();
    await page.locator('.panel h3 a').click();
    await page.getByRole('heading', { name: name!, level: 2 }).waitFor();
    const record = await page.getByLabel('Record').textContent();
    const speakerId = /#\/speaker\/([0-9a-f]+)/.exec(page.url())![1];
    const summary = await (await fetch(`${api}/speakers/${speakerId}`, { headers: { authorization: `Bearer ${token}` } })).json();
    expect(record).toBe(`${summary.counts.verified} verified${summary.counts.disputed} disputed${summary.counts.pending} pending`);
    const shown = await page.locator('.speaker .claims li').count();
    expect(shown).toBe(summary.counts.verified + summary.counts.disputed + summary.counts.pending);
    // each claim with the article it appeared in and the date that article was published, not uploaded
    const first = page.locator('.speaker .claims li').first();
    expect(await first.locator('.muted bdi').textContent()).toMatch(SEED_TITLE);
    expect(await first.locator('time').getAttribute('datetime')).toBe(seedGold.article.date);
    await page.screenshot({ path: SPEAKER_SCREENSHOT });
  }, 60_000);

  it('shows a claim seen before with its earlier verdict, applies it in one action, and copies a ClaimReview', async () => {
    const [first] = await claimsOverApi();
    expect(first.status).toBe('verified');
    await s3.send(new PutObjectCommand({ Bucket: 'articles', Key: 'restated.txt', Body: `A spokesman said that ${first.text.replace(/\bthe\b/g, 'a')}.` }));
    const article = await poll('the restated article', async () => {
      const { items } = await (await fetch(`${api}/articles?key=restated.txt`, { headers: { authorization: `Bearer ${token}` } })).json();
      return items[0]?.status === 'ready' ? items[0] : undefined;
    });
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: api });
    const page = await context.newPage();
    await page.goto(`${api}/#token=${token}`);
    await page.getByText('alice').first().waitFor();
    await page.goto(`${api}/#/article/${article.articleId}`);
    await page.locator('.seen-before').waitFor();
    expect(await page.locator('.seen-before').textContent()).toContain('verified by alice');
    await page.getByRole('button', { name: 'Apply: verified' }).click();
    await page.getByText('Marked verified, as before.').waitFor();
    const { claims } = await (await fetch(`${api}/articles/${article.articleId}`, { headers: { authorization: `Bearer ${token}` } })).json();
    expect(claims[0]).toMatchObject({ status: 'verified', history: [{ verdict: 'verified', reviewer: 'alice', sameAs: first.claimId }] });

    await page.getByRole('button', { name: 'Copy ClaimReview' }).click();
    await page.getByText('ClaimReview copied.').waitFor();
    const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied).toMatchObject({ '@type': 'ClaimReview', claimReviewed: claims[0].text, reviewRating: { ratingValue: 5 } });
    await context.close();
  }, 60_000);

  it('isolates each piece of user text: a right-to-left override in a quote or a key reorders nothing after it, and a 10,000-character name wraps', async () => {
    const longName = `W${'o'.repeat(9_999)}`;
    const key = 'rlo-\u202etxt.exe';
    const article = await uploaded(key, `“Wages \u202ewill rise,” said Maria Lopez, the finance minister.\n\n“Prices will fall next year,” said ${longName}.\n`);
    const overridden = article.claims.find((c) => c.text.includes('\u202e'));
    const long = article.claims.find((c) => c.speaker.name === longName);
    expect(overridden?.speaker.name).toBe('Maria Lopez');
    expect(long).toBeDefined();

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${api}/#token=${token}`);
    const listed = page.locator('.articles li', { has: page.locator(`a[href="#/article/${article.articleId}"]`) });
    await listed.waitFor();
    // the key names the hidden character where it is, and `txt.exe` is drawn as `txt.exe`, not `exe.txt`
    const shownKey = listed.locator('.key');
    expect(await shownKey.textContent()).toBe('rlo-[U+202E]txt.exe');
    expect(await drawnInOrder(shownKey, 'txt', 'exe')).toBe(true);

    await page.selectOption('#f-article', article.articleId);
    // every row ends with the article's name, its first sentence: the row is found by its quote
    const row = page.locator('.claims li', { has: page.locator('q', { hasText: 'Wages' }) });
    await poll('the article’s claims in the queue', async () => ((await page.locator('.claims li').count()) === article.claims.length && (await row.count()) === 1 ? true : undefined), 10_000);
    expect(await row.textContent()).not.toMatch(BIDI_CONTROL);
    expect(await drawnInOrder(row, 'will', 'rise')).toBe(true);
    expect(await drawnInOrder(row, 'Maria', 'Lopez')).toBe(true);
    expect(await drawnInOrder(row, 'finance', 'minister')).toBe(true);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.goto(`${api}/#/article/${article.articleId}/${long!.claimId}`);
    await page.locator('.panel h3 a').waitFor();
    expect(await page.locator('.text').textContent()).not.toMatch(BIDI_CONTROL);
    expect(await drawnInOrder(page.locator('.text'), 'Maria', 'Lopez')).toBe(true);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.locator('.panel h3 a').click();
    await page.locator('.speaker h2').waitFor();
    expect(await page.locator('.speaker h2').textContent()).toBe(longName);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  }, 60_000);

  it('signs in with Enter in the token box, and says so when the token is not valid', async () => {
    const page = await browser.newPage();
    await page.goto(`${api}/`);
    const box = page.getByLabel('Reviewer token');
    await box.fill('not-a-token');
    await box.press('Enter');
    await page.getByText('That token is not valid or has expired.').waitFor();
    expect(await box.inputValue()).toBe('not-a-token');

    await box.fill(token);
    await box.press('Enter');
    await page.getByRole('heading', { name: 'Review queue' }).waitFor();
    expect(await page.locator('#who').textContent()).toBe('alice');
  }, 30_000);

  it('puts quotation marks around direct speech only, and never a second pair, in the queue and on a speaker’s page, so a paraphrase does not read as verbatim', async () => {
    const article = await uploaded('kinds.txt', '“Prices will fall next year,” said Tom Baker, the union leader.\n\nTom Baker said that the bridge would reopen in May.\n\nTom Baker said the union has been “very closely coordinating” on the strike.\n');
    expect(article.claims.map((c) => c.kind).sort()).toEqual(['direct', 'indirect', 'mixed']);
    const byKind = Object.fromEntries(article.claims.map((c) => [c.kind, c]));
    const expectMarksByKind = async (words: (c: Claim) => Locator) => {
      // direct speech: the quote's own marks, or the browser's, and never both
      const direct = await shownWords(words(byKind.direct));
      expect(direct).toMatchObject({ tag: 'q', text: byKind.direct.text });
      expect(direct.tag === 'q' && direct.quotes !== 'none').toBe(!/^[“"]/.test(direct.text));
      // a paraphrase has no marks of its own, and a partial quote keeps only the marks around the words quoted
      for (const kind of ['indirect', 'mixed']) {
        const shown = await shownWords(words(byKind[kind]));
        expect(shown).toMatchObject({ text: byKind[kind].text, before: expect.stringMatching(/^(none|normal)$/) });
        expect(shown.tag).not.toBe('q');
      }
    };

    const page = await browser.newPage();
    await page.goto(`${api}/#token=${token}`);
    await page.locator(`#f-article option[value="${article.articleId}"]`).waitFor({ state: 'attached' });
    await page.selectOption('#f-article', article.articleId);
    await poll('the article’s claims in the queue', async () => ((await page.locator('.claims li .claim-text').count()) === 3 && (await page.locator('.claims li .claim-text', { hasText: 'bridge' }).count()) === 1 ? true : undefined), 10_000);
    await expectMarksByKind((c) => page.locator('.claims li .claim-text', { hasText: c.text.slice(0, 20) }));

    await page.goto(`${api}/#/speaker/${byKind.direct.speaker.id}`);
    await page.locator('.speaker .claims li').first().waitFor();
    await expectMarksByKind((c) => page.locator('.speaker .claims li .claim-text', { hasText: c.text.slice(0, 20) }));
  }, 60_000);
});
