/**
 * Search under a sub-path deployment (BASE_PATH=/explorer/): the index loads, results link
 * under the base path, and highlighting works on arrival.
 */
import { browserTest, describe, expect } from '../../lib/browser-test.ts';
import { search } from '../../lib/search.ts';
import { SUBPATH as BASE } from '../../lib/site.ts';

// The suite's global setup builds the sub-path copy once (tests/setup/sites.ts).
const it = browserTest({ siteName: 'subpath' });

describe('search under a sub-path', () => {
  it('should find results whose links keep the base path', async ({ site, page }) => {
    const { results } = await search(page, site.url, 'bullied');
    expect(results[0]?.ref).toBe('Paragraph 35');
    for (const result of results) expect(result.href).toMatch(new RegExp(`^${BASE}(read|recommendations)/`));
    const response = await page.goto(new URL(results[0]!.href, site.url()).href);
    expect(response?.status()).toBe(200);
  });

  it('should mark the matched words after following a result', async ({ site, page }) => {
    await search(page, site.url, '"named GP"');
    await page.locator('.search-result a[href*="/recommendations/sg-3m-4/"]').click();
    await page.waitForURL(new RegExp(`${BASE}recommendations/sg-3m-4/`));
    await page.waitForSelector('main mark');
    expect(await page.locator('main mark').allTextContents()).toEqual(expect.arrayContaining(['named', 'GP']));
  });

  it('should lead the header box to the sub-path search page', async ({ site, page }) => {
    await page.goto(site.url());
    await page.locator('#site-search').fill('gang');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(new RegExp(`${BASE}search/\\?q=gang`));
  });
});
