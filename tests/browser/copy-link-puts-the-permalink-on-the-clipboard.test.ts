import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteUnderTest } from '../lib/browser.ts';
import { builtModel } from '../lib/reading-pages.ts';

const report = await builtModel();
const paragraph = report.paragraphs[1]!;
let site: SiteUnderTest;
beforeAll(async () => (site = await openSite()));
afterAll(async () => site?.close());

async function open() {
  const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(site.url(`read/${paragraph.section}/`));
  return { context, page, article: page.locator(`#${paragraph.id}`) };
}

describe('the Copy link and Cite buttons', () => {
  it('should replace the permalink anchor, copy the absolute permalink and announce it politely', async () => {
    const { context, page, article } = await open();
    await expect(article.locator('a.permalink').count()).resolves.toBe(0);
    await article.getByRole('button', { name: /^Copy link/ }).click();
    const permalink = site.url(`p/${paragraph.number}/`);
    await expect.poll(() => page.evaluate('navigator.clipboard.readText()')).toBe(permalink);
    const status = page.locator('#copy-status[aria-live="polite"]');
    await expect.poll(() => status.innerText()).toBe('Link copied');
    await context.close();
  });

  it('should copy a citation: publisher, title: authority, published date, paragraph N, full stop, URL', async () => {
    const { context, page, article } = await open();
    await article.getByRole('button', { name: /^Cite/ }).click();
    const { title, authority, publishedAsPublished } = report.metadata;
    // Note: the format the README documents, with the publisher the framework names.
    const expected = `Ofsted, ${title}: ${authority}, published ${publishedAsPublished}, paragraph ${paragraph.number}. ${site.url(`p/${paragraph.number}/`)}`;
    await expect.poll(() => page.evaluate('navigator.clipboard.readText()')).toBe(expected);
    await expect.poll(() => page.locator('#copy-status[aria-live="polite"]').innerText()).toBe('Citation copied');
    await context.close();
  });
});
