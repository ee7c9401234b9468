/**
 * On a phone the filters fold away under "Show filters", so results follow the search box
 * instead of a screenful of checkboxes; on a wide screen they stand beside the results.
 */
import type { BrowserContext, BrowserContextOptions } from 'playwright-core';
import type { SiteUnderTest } from '../../lib/browser.ts';
import { browserTest, describe, expect } from '../../lib/browser-test.ts';
import { search } from '../../lib/search.ts';

const it = browserTest();
// The helper below uses the file's site; each test hands it the newContext fixture, which closes the context after it.
let site: SiteUnderTest;
it.beforeAll(({ site: fileSite }) => {
  site = fileSite;
});

async function pageAt(newContext: (options: BrowserContextOptions) => Promise<BrowserContext>, width: number) {
  const context = await newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const answer = await search(page, site.url, 'children');
  return { page, answer };
}

describe('search filters', () => {
  it('should be folded on a 375px screen, with the first result above the fold of filters opened', async ({
    newContext,
  }) => {
    const { page, answer } = await pageAt(newContext, 375);
    expect(answer.results.length).toBeGreaterThan(0);
    const firstFilter = page.locator('input[data-filter]').first();
    expect(await firstFilter.isVisible()).toBe(false);
    const resultsTop = (await page.locator('.search-result').first().boundingBox())!.y;
    const toggle = page.getByText('Show filters');
    expect((await toggle.boundingBox())!.y).toBeLessThan(resultsTop);
    expect(resultsTop - (await toggle.boundingBox())!.y).toBeLessThan(200);
    await toggle.click();
    expect(await firstFilter.isVisible()).toBe(true);
  });

  it('should be shown beside the results on a 1280px screen, with no toggle', async ({ newContext }) => {
    const { page } = await pageAt(newContext, 1280);
    expect(await page.locator('input[data-filter]').first().isVisible()).toBe(true);
    expect(await page.getByText('Show filters').isVisible()).toBe(false);
    const filters = (await page.locator('.search-filters').boundingBox())!;
    const results = (await page.locator('.search-output').boundingBox())!;
    expect(filters.x + filters.width).toBeLessThanOrEqual(results.x);
  });
});
