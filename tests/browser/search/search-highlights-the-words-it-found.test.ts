/** Following a result lands on the paragraph with the matched words marked. */
import { describe, expect, test as it } from '../../lib/browser-test.ts';
import { search } from '../../lib/search.ts';

describe('arriving from a result', () => {
  it('should scroll to the paragraph and mark the words the search matched', async ({ site, page }) => {
    await search(page, site.url, 'bullied');
    await page.locator('.search-result a', { hasText: 'Paragraph 35' }).click();
    await page.waitForURL(/#p35$/);
    await page.waitForSelector('#p35 mark');
    const marks = await page.locator('#p35 mark').allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toContain('bullying');
    // Only the target paragraph is marked, and it is on screen.
    expect(await page.locator('main mark').count()).toBe(marks.length);
    expect(await page.locator('#p35').evaluate((el) => el.getBoundingClientRect().top < innerHeight)).toBe(true);
  });

  it('should mark the form of an acronym the paragraph uses when the search used the other', async ({ site, page }) => {
    await search(page, site.url, 'CPSG');
    await page.locator('.search-result a', { hasText: 'Paragraph 143' }).click();
    await page.waitForSelector('#p143 mark');
    expect((await page.locator('#p143 mark').allTextContents()).join(' ')).toMatch(
      /Corporate Parenting Steering Group/,
    );
  });

  it('should mark the words on a recommendation page', async ({ site, page }) => {
    await search(page, site.url, '"named GP"');
    await page.locator('.search-result a[href*="/recommendations/sg-3m-4/"]').click();
    await page.waitForURL(/recommendations\/sg-3m-4\//);
    await page.waitForSelector('main mark');
    expect(await page.locator('main mark').allTextContents()).toEqual(expect.arrayContaining(['named', 'GP']));
  });
});
