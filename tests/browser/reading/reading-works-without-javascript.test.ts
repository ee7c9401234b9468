import { BASE_PATH } from '../../lib/built-pages.ts';
import { describe, expect, test as it } from '../../lib/browser-test.ts';
import { builtModel } from '../../lib/reading-pages.ts';

const report = await builtModel();
const section = report.outline.find((s) => s.paragraphs.length > 0 && s.judgement)!;

describe('with JavaScript off', () => {
  it('should show the paragraphs with their permalink anchors, and the contents and next links should work', async ({
    site,
    newContext,
  }) => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('read/'));
    await page.locator('main nav a', { hasText: section.title }).first().click();
    await page.waitForURL(`**/read/${section.slug}/`);
    for (const n of section.paragraphs) {
      const permalink = page.locator(`#p${n} a.permalink`);
      await expect(permalink.getAttribute('href')).resolves.toBe(`${BASE_PATH}p/${n}/`);
    }
    await expect(page.getByRole('button', { name: /Copy link/ }).count()).resolves.toBe(0);
    await page.locator('a[rel="next"]').click();
    const next = report.outline[report.outline.indexOf(section) + 1]!;
    await page.waitForURL(`**/read/${next.slug}/`);
    await expect(page.locator('h1').innerText()).resolves.toBe(next.title);
    await context.close();
  });
});
