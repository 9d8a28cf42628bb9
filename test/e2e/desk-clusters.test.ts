import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { ArticleWithClaims, Claim } from '#shared/api/schemas.ts';
import { poll } from '../support/poll.ts';
import { HAS_CHROMIUM, startDeskStack, type DeskStack } from '../support/desk-browser.ts';
import { buildSet } from '../syndication/make-set.ts';

/**
 * Issue 32 at the desk: three outlets' copies of one wire story are one entry of the queue, which
 * says how many articles carry it; the claim's panel lists the articles and opens each at its copy;
 * one verdict rules on every copy; a copy that is not the same claim is taken out.
 */
let stack: DeskStack;
let clustered: Claim[];
const copies = buildSet().filter((a) => /^rail-strike-[0-2]$/.test(a.name));
const QUOTE = 'Our members will take the 6 percent offer';

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  stack = await startDeskStack();
  for (const copy of copies) await stack.s3.send(new PutObjectCommand({ Bucket: 'articles', Key: `${copy.name}.txt`, Body: copy.text }));
  // reading and clustering three articles beside the other test files can take most of a minute on CI
  clustered = await copiesOfQuote();
}, 150_000);

afterAll(async () => {
  await stack?.stop();
});

/** Each copy's claim of the quote, once all three are read and clustered. */
const copiesOfQuote = () =>
  poll('the three copies clustered', async () => {
    const found: Claim[] = [];
    for (const copy of copies) {
      const { items } = await stack.get<{ items: Array<{ articleId: string; status: string }> }>(`/articles?key=${copy.name}.txt`);
      if (items[0]?.status !== 'ready') return undefined;
      const claim = (await stack.get<ArticleWithClaims>(`/articles/${items[0].articleId}`)).claims.find((c) => c.text.includes(QUOTE));
      if (!claim?.cluster || claim.cluster.size < 3) return undefined;
      found.push(claim);
    }
    return found;
  }, 120_000);

describe.skipIf(!HAS_CHROMIUM)('a claim many articles carry, at the desk', () => {
  it('is one entry of the queue saying how many articles carry it; its panel opens each article at its copy; one verdict rules on all three', async () => {
    const claims = clustered;
    const page = await stack.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${stack.api}/#token=${stack.token}`);
    const entries = page.locator('.claims li', { hasText: QUOTE });
    await entries.first().waitFor();
    expect(await entries.count()).toBe(1);
    await expect(entries.first().locator('.cluster-size').textContent()).resolves.toBe('in 3 articles');

    await entries.first().locator('a.claim-link').click();
    const links = page.locator('.panel .appearances li a');
    await poll('the appearances listed', async () => ((await links.count()) === 3 ? true : undefined));
    const other = claims.find((c) => !page.url().endsWith(c.claimId))!;
    await page.locator(`.panel .appearances a[href$="${other.claimId}"]`).click();
    await page.waitForURL((url) => url.hash === `#/article/${other.articleId}/${other.claimId}`);
    // the panel of the copy opened, not the one before it, which marks its own copy the same way
    await page.locator(`.panel .appearances li.this-copy a[href$="${other.claimId}"]`).waitFor();

    await page.locator('.panel button.verify').click();
    await page.locator('#claim-status', { hasText: 'verified' }).waitFor();
    for (const c of claims) {
      const now = await stack.get<Claim>(`/claims/${c.claimId}`);
      expect(now.status).toBe('verified');
      expect(now.history.at(-1)).toMatchObject({ verdict: 'verified', reviewer: 'alice', cluster: { id: c.cluster!.id, via: other.claimId } });
    }
    await page.close();
  }, 60_000);

  it('takes a copy that is not the same claim out of its cluster, and the history says so', async () => {
    // ruled together by the test before: the cluster holds all three still
    const [claim] = clustered;
    const page = await stack.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${stack.api}/#token=${stack.token}`);
    await page.locator('#who').filter({ hasText: /\S/ }).waitFor();
    await page.goto(`${stack.api}/#/article/${claim.articleId}/${claim.claimId}`);
    await page.locator('.panel button.leave-cluster').click();
    await page.locator('.panel .history li.cluster-entry', { hasText: 'taken out of its cluster by alice' }).waitFor();
    expect(await page.locator('.panel .appearances').count()).toBe(0);
    expect((await stack.get<Claim>(`/claims/${claim.claimId}`)).cluster).toBeUndefined();
    await page.close();
  }, 60_000);
});
