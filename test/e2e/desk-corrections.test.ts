import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { ArticleWithClaims, Claim, HistoryEntry } from '#shared/api/schemas.ts';
import type { VerdictEvent } from '#shared/publishing/verdict-event.ts';
import { poll } from '../support/poll.ts';
import { HAS_CHROMIUM, startDeskStack, type ArticleWithText, type DeskStack } from '../support/desk-browser.ts';

/**
 * Issue 28 at the desk: a reviewer corrects the extractor in Chromium (gives a claim to another
 * speaker with the picker, re-cuts a claim's words by selecting them in the article, dismisses a
 * claim that is no attribution, reopens one), and everything downstream of the claim says so: the
 * speakers' pages, the queue, the ClaimReviews, the verdict events and the history.
 */
let stack: DeskStack;

beforeAll(async () => {
  if (HAS_CHROMIUM) stack = await startDeskStack();
}, 90_000);

afterAll(async () => {
  await stack?.stop();
});

/** A signed-in page on one claim of an article, its panel drawn. */
async function openClaim(token: string, articleId: string, claimId: string): Promise<Page> {
  const page = await stack.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${stack.api}/#token=${token}`);
  await page.locator('#who').filter({ hasText: /\S/ }).waitFor();
  await page.goto(`${stack.api}/#/article/${articleId}/${claimId}`);
  await page.locator('.panel h3').waitFor();
  return page;
}

/** Clicks a claim's highlight in the article, and waits for the panel to show it. */
async function pick(page: Page, claim: Claim): Promise<void> {
  await page.locator('mark', { hasText: claim.text.slice(0, 40) }).click();
  await page.waitForURL((url) => url.hash.endsWith(claim.claimId));
}

/**
 * Selects words in the article body with the mouse, as a reviewer does: pressed on the left half
 * of `from`'s first character, dragged to the right half of `to`'s last (the first `to` after
 * `from`, in the same run of text or a later one), released.
 */
async function selectWithMouse(page: Page, from: string, to: string): Promise<void> {
  const { start, end } = await page.locator('.text').evaluate((body, [first, last]) => {
    const texts: Text[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
    const box = (node: Text, at: number) => {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect();
    };
    const i = texts.findIndex((t) => t.data.includes(first));
    if (i < 0) throw new Error(`no ${first} in the article`);
    texts[i].parentElement!.scrollIntoView({ block: 'center' });
    const startAt = texts[i].data.indexOf(first);
    for (let j = i; j < texts.length; j++) {
      const endAt = texts[j].data.indexOf(last, j === i ? startAt + first.length : 0);
      if (endAt < 0) continue;
      const [a, b] = [box(texts[i], startAt), box(texts[j], endAt + last.length - 1)];
      return { start: { x: a.left + 1, y: (a.top + a.bottom) / 2 }, end: { x: b.right - 1, y: (b.top + b.bottom) / 2 } };
    }
    throw new Error(`no ${last} after ${first} in the article`);
  }, [from, to] as const);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 8 });
  await page.mouse.up();
}

const claimIn = (article: ArticleWithText, claimId: string) => article.claims.find((c) => c.claimId === claimId)!;

describe.skipIf(!HAS_CHROMIUM)('the reviewer desk: corrections of the extractor', () => {
  it('asks the reviewer to check a speaker the extractor is unsure of, and not one it is sure of', async () => {
    const article = await stack.seedArticle();
    const unsure = article.claims.find((c) => c.status !== 'dismissed' && c.speaker.confidence !== undefined && c.speaker.confidence < 0.77)!;
    const sure = article.claims.find((c) => (c.speaker.confidence ?? 0) > 0.9)!;
    const page = await openClaim(stack.token, article.articleId, unsure.claimId);
    await expect(page.locator('.panel h3 .unsure-speaker').textContent()).resolves.toBe('check speaker');
    await pick(page, sure);
    await page.locator('.panel h3').filter({ hasText: sure.speaker.name }).waitFor();
    expect(await page.locator('.panel h3 .unsure-speaker').count()).toBe(0);
    await page.close();
  });

  it('gives a claim to another speaker with the picker, re-cuts a claim’s words from a selection in the text, dismisses a third, and the speakers’ pages, the queue, the ClaimReviews, the verdict events and the history all follow', async () => {
    const before = await stack.seedArticle();
    const text = before.text!;
    // “The special participation of Wang …, he said”: Haque's, read as his; the reviewer gives it to the foreign minister
    const toQureshi = before.claims.find((c) => c.text.startsWith('The special participation of Wang'))!;
    // “He mentioned that Pakistan and China are also closely coordinating …”: the reviewer cuts off the “that”
    const recut = before.claims.find((c) => c.text.startsWith('that Pakistan and China are also closely coordinating'))!;
    const newWords = recut.text.slice('that '.length);
    const newContent = { start: recut.content.start + 'that '.length, end: recut.content.end };
    expect(text.slice(newContent.start, newContent.end)).toBe(newWords);
    const notAClaim = before.claims.find((c) => c.text.startsWith('that the defense collaboration'))!;
    const haque = toQureshi.speaker;
    expect(haque.name).toBe('Moin ul Haque');
    expect(recut.speaker.id).toBe(haque.id);
    expect(before.people!.slice(0, 3).map((p) => p.name)).toEqual(['Moin ul Haque', 'Wang Yi', 'Shah Mahmood Qureshi']);

    // s: the picker lists the article's people, most likely first, with their titles; typing narrows it
    const page = await openClaim(stack.token, before.articleId, toQureshi.claimId);
    await page.keyboard.press('s');
    const picker = page.getByRole('dialog', { name: 'Correct the speaker' });
    await picker.waitFor();
    const options = picker.getByRole('listbox', { name: 'People in the article' }).getByRole('option');
    expect(await options.nth(0).textContent()).toMatch(/^Moin ul Haque · Pakistan Ambassador to China · person/);
    expect(await options.nth(1).textContent()).toMatch(/^Wang Yi · Chinese State Councilor and Foreign Minister/);
    expect(await options.nth(2).textContent()).toMatch(/^Shah Mahmood Qureshi · Foreign Minister/);
    await picker.getByRole('combobox', { name: 'Find a name' }).fill('qures');
    await poll('the picker narrowed', async () => ((await options.count()) === 2 ? true : undefined), 5_000);
    expect(await options.nth(1).textContent()).toBe('Type a name: qures');
    await page.keyboard.press('Enter');
    await page.getByText('Speaker corrected.').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.locator('.panel h3 a').textContent()).toBe('Shah Mahmood Qureshi');
    expect(await page.locator('.panel h3 .badge.corrected').count()).toBe(1);
    // the extractor's reading, one click away
    await page.getByText('As the extractor read it').click();
    expect(await page.locator('details.original').textContent()).toContain('Moin ul Haque, Pakistan Ambassador to China');
    expect(await page.locator('.history').textContent()).toContain('speaker corrected by alice: Moin ul Haque → Shah Mahmood Qureshi');
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/desk-corrections.png' });
    // and v rules on the claim as corrected
    await page.keyboard.press('v');
    await page.getByText('Marked verified.').waitFor();

    // e, with the mouse: select the new words in the article, then apply them
    await pick(page, recut);
    await selectWithMouse(page, 'Pakistan and China are also closely', 'for all nations');
    await page.getByRole('button', { name: 'Re-cut words (e)' }).click();
    expect(await page.locator('#new-words').textContent()).toBe(newWords);
    await page.getByRole('button', { name: 'Apply selected words' }).click();
    await page.getByText('Words corrected.').waitFor();
    expect(await page.locator('.panel blockquote').first().textContent()).toBe(newWords);
    expect(await page.locator('mark.selected').textContent()).toBe(newWords);
    expect(await page.locator('.panel .words .badge.corrected').count()).toBe(1);
    expect(await page.locator('.history').textContent()).toContain(`words corrected by alice: ${recut.text} → ${newWords}`);
    await page.keyboard.press('v');
    await page.getByText('Marked verified.').waitFor();

    // x, then Enter: dismissed as no attribution, the reason chosen first
    await pick(page, notAClaim);
    await page.keyboard.press('x');
    const dismissal = page.getByRole('dialog', { name: 'Dismiss the claim' });
    await dismissal.waitFor();
    expect(await dismissal.getByLabel('Not an attribution').isChecked()).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText('Dismissed: not an attribution.').waitFor();
    expect(await page.locator('mark.selected').getAttribute('class')).toContain('dismissed');
    expect(await page.locator('#claim-status').textContent()).toBe('dismissed');
    expect(await page.locator('.dismissed-note').textContent()).toMatch(/^Dismissed by alice: not an attribution/);
    expect(await page.locator('.history').textContent()).toMatch(/dismissed by alice: not an attribution/);
    expect(await page.getByRole('button', { name: /Verify|Dispute/ }).count()).toBe(0);
    // gone from the desk's queue of pending claims, and listed under dismissed
    await page.goto(`${stack.api}/#/`);
    const listed = page.locator('.claims li .claim-text');
    await poll('the pending queue', async () => ((await listed.count()) === before.claims.length - 3 ? true : undefined), 10_000);
    expect(await listed.allTextContents()).not.toContain(notAClaim.text);
    await page.selectOption('#f-status', 'dismissed');
    await poll('the dismissed claims listed', async () => ((await listed.count()) === 1 && (await listed.first().textContent()) === notAClaim.text ? true : undefined), 10_000);

    // the claims as the API has them now
    const after = await stack.seedArticle();
    const given = claimIn(after, toQureshi.claimId);
    const cut = claimIn(after, recut.claimId);
    expect(given).toMatchObject({ status: 'verified', speaker: { name: 'Shah Mahmood Qureshi', title: 'Foreign Minister', type: 'person' }, corrected: ['speaker'], original: { speaker: { name: 'Moin ul Haque' } } });
    expect(cut).toMatchObject({ status: 'verified', text: newWords, content: { ...newContent, text: newWords }, corrected: ['content'], original: { text: recut.text } });
    expect(claimIn(after, notAClaim.claimId)).toMatchObject({ status: 'dismissed', dismissal: { reason: 'not-an-attribution', reviewer: 'alice' } });
    expect(after.counts).toMatchObject({ verified: 2, dismissed: 1, pending: before.claims.length - 3 });

    // the speakers' pages: the claim moved from Haque to Qureshi, and the dismissed one is no one's
    const claimsOf = async (speakerId: string) => (await stack.get<{ items: Claim[] }>(`/speakers/${speakerId}/claims?limit=100`)).items.map((c) => c.claimId);
    const haqueClaims = await claimsOf(haque.id);
    expect(haqueClaims).not.toContain(toQureshi.claimId);
    expect(haqueClaims).not.toContain(notAClaim.claimId);
    expect(haqueClaims).toContain(recut.claimId);
    expect(await claimsOf(given.speaker.id)).toEqual([toQureshi.claimId]);

    // the queue: none of the three is pending; the dismissed one is listed as dismissed
    const queue = async (status: string) => (await stack.get<{ items: Claim[] }>(`/claims?status=${status}&limit=100`)).items.map((c) => c.claimId);
    const pending = await queue('pending');
    for (const c of [toQureshi, recut, notAClaim]) expect(pending).not.toContain(c.claimId);
    expect(await queue('dismissed')).toEqual([notAClaim.claimId]);

    // the ClaimReviews name the corrected speaker and review the corrected words; a dismissed claim has none
    const review = async (c: Claim) => stack.get<{ claimReviewed: string; itemReviewed: { author: { name: string } } }>(`/claims/${c.claimId}/claimreview`);
    expect(await review(toQureshi)).toMatchObject({ claimReviewed: toQureshi.text, itemReviewed: { author: { name: 'Shah Mahmood Qureshi', jobTitle: 'Foreign Minister' } } });
    expect(await review(recut)).toMatchObject({ claimReviewed: newWords, itemReviewed: { author: { name: 'Moin ul Haque' }, appearance: { text: newWords } } });
    const dismissedReview = await fetch(`${stack.api}/claims/${notAClaim.claimId}/claimreview`, { headers: { authorization: `Bearer ${stack.token}` } });
    expect([404, 409]).toContain(dismissedReview.status);

    // the verdict events say what the reviewer ruled on, and that it was corrected first
    const events = await poll('both verdict events logged', async () => {
      const logged = readFileSync(join(stack.dataDir, 'verdicts.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as VerdictEvent);
      const mine = logged.filter((e) => e.claimId === toQureshi.claimId || e.claimId === recut.claimId);
      return mine.length === 2 ? mine : undefined;
    }, 10_000);
    expect(events.find((e) => e.claimId === toQureshi.claimId)).toMatchObject({ verdict: 'verified', reviewer: 'alice', corrected: ['speaker'], speaker: { name: 'Shah Mahmood Qureshi' }, text: toQureshi.text });
    expect(events.find((e) => e.claimId === recut.claimId)).toMatchObject({ verdict: 'verified', reviewer: 'alice', corrected: ['content'], speaker: { name: 'Moin ul Haque' }, text: newWords });

    // the history: each correction with what it changed, before and after, then the verdict
    const historyOf = async (c: Claim) => (await stack.get<{ items: HistoryEntry[] }>(`/claims/${c.claimId}/history`)).items;
    expect(await historyOf(toQureshi)).toMatchObject([
      { action: 'corrected', reviewer: 'alice', before: { speaker: { name: 'Moin ul Haque' } }, after: { speaker: { name: 'Shah Mahmood Qureshi' } } },
      { verdict: 'verified', reviewer: 'alice' },
    ]);
    expect(await historyOf(recut)).toMatchObject([
      { action: 'corrected', reviewer: 'alice', before: { text: recut.text, content: { start: recut.content.start, end: recut.content.end } }, after: { text: newWords, content: newContent } },
      { verdict: 'verified', reviewer: 'alice' },
    ]);
    expect(await historyOf(notAClaim)).toMatchObject([{ action: 'dismissed', reviewer: 'alice', reason: 'not-an-attribution', previousStatus: 'pending' }]);
  }, 90_000);

  it('re-cuts words to the exact offsets of the stored text when the selection crosses a highlight’s edge and hidden direction controls', async () => {
    // an isolate around two words: shown without it, stored with it, so screen and text count differently
    const body = 'Maria Lopez, the finance minister, said on Monday that wages \u2067will rise\u2069 by 5 percent next year.\n';
    await stack.s3.send(new PutObjectCommand({ Bucket: 'articles', Key: 'isolate.txt', Body: body }));
    const { articleId } = await poll('the article read', async () => {
      const { items } = await stack.get<{ items: Array<{ articleId: string; status: string }> }>('/articles?key=isolate.txt');
      return items[0]?.status === 'ready' ? items[0] : undefined;
    });
    const [claim] = (await stack.get<ArticleWithClaims>(`/articles/${articleId}`)).claims;
    expect(claim.text).toBe('on Monday that wages \u2067will rise\u2069 by 5 percent next year');

    // from inside the highlight to the full stop after it
    const page = await openClaim(stack.token, articleId, claim.claimId);
    await selectWithMouse(page, 'wages', '.');
    await page.keyboard.press('e');
    expect(await page.locator('#new-words').textContent()).toBe('wages will rise by 5 percent next year.');
    await page.keyboard.press('Enter');
    await page.getByText('Words corrected.').waitFor();

    const start = body.indexOf('wages');
    const end = body.indexOf('year.') + 'year.'.length;
    const corrected = await stack.get<Claim>(`/claims/${claim.claimId}`);
    expect(corrected).toMatchObject({ content: { start, end }, text: body.slice(start, end), corrected: ['content'] });
  }, 60_000);

  it('dismisses a claim as a duplicate of another with the mouse, and reopens it with x, back in the queue as pending', async () => {
    const article = await stack.seedArticle();
    const [repeated, claim] = article.claims.filter((c) => c.status === 'pending');
    const page = await openClaim(stack.token, article.articleId, claim.claimId);
    await page.getByRole('button', { name: 'Dismiss (x)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dismiss the claim' });
    await dialog.getByRole('radio', { name: /^Duplicate/ }).check();
    await dialog.getByLabel('Duplicate of').selectOption(repeated.claimId);
    await dialog.getByLabel('Note (optional)').fill('The same words as the lead.');
    await dialog.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByText('Dismissed: a duplicate.').waitFor();
    expect(await page.locator('.history').textContent()).toContain('dismissed by alice: a duplicate of another claim');
    expect(await page.locator('.history a').getAttribute('href')).toBe(`#/article/${article.articleId}/${repeated.claimId}`);
    expect((await stack.get<Claim>(`/claims/${claim.claimId}`)).dismissal).toMatchObject({ reason: 'duplicate', duplicateOf: repeated.claimId });

    await page.keyboard.press('x');
    await page.getByText('Reopened: back in the queue, pending.').waitFor();
    expect(await page.locator('#claim-status').textContent()).toBe('pending');
    expect(await page.locator('.history li').last().textContent()).toMatch(/^reopened by alice/);
    const reopened = await stack.get<Claim>(`/claims/${claim.claimId}`);
    expect(reopened.status).toBe('pending');
    expect(reopened.history.map((e) => (e as { action?: string }).action)).toEqual(['dismissed', 'reopened']);
    const { items } = await stack.get<{ items: Claim[] }>('/claims?status=pending&limit=100');
    expect(items.map((c) => c.claimId)).toContain(claim.claimId);
  }, 60_000);

  it('reloads a claim someone else corrected first, and says who did what', async () => {
    const article = await stack.seedArticle();
    const claim = article.claims.filter((c) => c.status === 'pending').at(-1)!;
    const page = await openClaim(stack.token, article.articleId, claim.claimId);
    const bob = await stack.tokenFor('bob');
    const changed = await fetch(`${stack.api}/claims/${claim.claimId}/attribution`, { method: 'PUT', headers: { authorization: `Bearer ${bob}`, 'content-type': 'application/json' }, body: JSON.stringify({ kind: claim.kind === 'direct' ? 'indirect' : 'direct', expectedVersion: claim.version }) });
    expect(changed.status).toBe(200);
    await page.keyboard.press('x');
    await page.getByRole('dialog', { name: 'Dismiss the claim' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByText('Someone changed it first: bob corrected the kind. Reloaded.').waitFor();
    expect(await page.locator('#claim-status').textContent()).toBe('pending');
    expect(await page.locator('.panel dd .badge.corrected').count()).toBe(1);
    expect((await stack.get<Claim>(`/claims/${claim.claimId}`)).status).toBe('pending');
  }, 60_000);

  it('offers a read-only reviewer no corrections, and says why when they press a correction key', async () => {
    const reader = await stack.tokenFor('rita', { readOnly: true });
    const article = await stack.seedArticle();
    const page = await openClaim(reader, article.articleId, article.claims[0].claimId);
    expect(await page.getByRole('button', { name: /Correct speaker|Re-cut words|Dismiss|Reopen|Verify|Dispute/ }).count()).toBe(0);
    expect(await page.getByRole('group', { name: 'Correct the extractor' }).count()).toBe(0);
    for (const key of ['s', 'e', 'x']) {
      await page.keyboard.press(key);
      expect(await page.getByRole('dialog').count()).toBe(0);
      expect(await page.locator('.words-editor').count()).toBe(0);
    }
    await page.locator('#toast').getByText('Read-only: this sign-in may read claims but not rule on them or correct them.').waitFor();
  }, 60_000);
});
