/**
 * The search page as a reader uses it: filters narrow and live in the URL, the keyboard walks
 * the results, "/" finds the box, the header box leads here, and without scripts it points
 * elsewhere. axe finds nothing to fix with results on screen.
 */
import type { Page } from 'playwright-core';
import { describeViolations, runAxeWithin, WCAG_22_AA } from '../../lib/axe.ts';
import type { SiteUnderTest } from '../../lib/browser.ts';
import { browserTest, describe, expect } from '../../lib/browser-test.ts';
import type { PageWatch } from '../../lib/page-watch.ts';
import { countOf, readResults, search, searchInPlace } from '../../lib/search.ts';

// Queries whose arrival is not what a test checks are asked in place, in the page already
// open (tests/lib/search.ts), rather than by loading the search page again.
const it = browserTest({ axe: true });
// The tests below use the file's site and shared tab.
let site: SiteUnderTest;
let page: Page;
let watch: PageWatch;

it.beforeAll(({ site: fileSite, page: sharedPage, watch: fileWatch }) => {
  [site, page, watch] = [fileSite, sharedPage, fileWatch];
  // Any script error or CSP violation on these pages is a failure (checked last).
});

describe('search page', () => {
  it('should narrow the results with a filter, count them, and put the filter in the URL', async () => {
    const all = await search(page, site.url, 'children');
    await page.getByRole('checkbox', { name: /^Recommendation\b/ }).check();
    await page.waitForFunction(() =>
      /with the chosen filters/.test(document.getElementById('search-status')?.textContent ?? ''),
    );
    const narrowed = await readResults(page);
    expect(countOf(narrowed.status)).toBeGreaterThan(0);
    expect(countOf(narrowed.status)).toBeLessThan(countOf(all.status));
    for (const result of narrowed.results) expect(result.context).toMatch(/^Recommendation/);
    expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['Recommendation']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('children');
  });

  it('should restore query and filters from a shared URL, with counts beside the filters', async () => {
    const { results } = await search(page, site.url, 'children', '&part=Services+for+looked+after+children');
    expect(await page.locator('#search-query').inputValue()).toBe('children');
    expect(await page.getByRole('checkbox', { name: /^Services for looked after children/ }).isChecked()).toBe(true);
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result.context).toMatch(/Services for looked after children/);
    // A page opened with a query searches before Pagefind's filter indexes are in; the
    // counts follow once they are, so the test waits for them as a reader would.
    await expect
      .poll(() => page.getByRole('checkbox', { name: /^Paragraph \(\d+\)/ }).count(), { timeout: 10_000 })
      .toBe(1);
  });

  it('should show results as you type and announce their count politely', async () => {
    await page.goto(site.url('search/'));
    await page.locator('#search-query').pressSequentially('gang');
    const { status, results } = await readResults(page);
    expect(status).toMatch(/^1 result for “gang”/);
    expect(results[0]?.ref).toBe('Paragraph 56');
    expect(await page.locator('#search-announce').getAttribute('aria-live')).toBe('polite');
    // Announced once typing has settled (a second after the last key), so the poll waits past that.
    await expect
      .poll(() => page.locator('#search-announce').textContent(), { timeout: 5_000 })
      .toMatch(/^1 result for “gang”/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('gang');
  });

  it('should walk the results with the arrow keys, and Up from the first returns to the box', async () => {
    await searchInPlace(page, site.url, 'children');
    await page.locator('#search-query').focus();
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.textContent);
    const titles = await page.locator('.search-result h3').allTextContents();
    expect([first, second]).toEqual(titles.slice(0, 2));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
  });

  it('should focus the search box when "/" is pressed outside a field', async () => {
    await page.goto(site.url());
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    expect(await page.locator('#site-search').inputValue()).toBe('');
  });

  it('should take the header search box to /search/?q=..., with focus left where ↓ and Enter work', async () => {
    await page.goto(site.url());
    await page.locator('#site-search').fill('bullied');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\/search\/\?q=bullied/);
    const { results } = await readResults(page);
    expect(results[0]?.ref).toBe('Paragraph 35');
    // The help text: ↓ goes to the results and Enter opens one.
    await expect(page.locator('#search-help').textContent()).resolves.toMatch(/↓.*results.*Enter.*open/s);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(results[0]?.title);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#p35$/);
  });

  it('should reach the results with Tab before any filter, by a skip link after the box', async () => {
    await searchInPlace(page, site.url, 'children');
    await page.locator('#search-query').focus();
    const stops: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    expect(stops.slice(0, 2)).toEqual(['Search', 'Skip to results']);
    // Shown only while it has focus.
    const width = async () => (await page.locator('#search-skip').boundingBox())?.width ?? 0;
    expect(await width()).toBeLessThanOrEqual(1);
    await page.keyboard.press('Shift+Tab');
    expect(await width()).toBeGreaterThan(20);
    await page.keyboard.press('Enter');
    const first = await page.locator('.search-result h3').first().textContent();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(first);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('.search-result') !== null)).toBe(true);
  });

  it('should mark matched words in a colour the focus ring does not use', async () => {
    await searchInPlace(page, site.url, 'named GP');
    const link = page.locator('.search-result h3 a').first();
    await page.locator('#search-query').focus();
    await page.keyboard.press('ArrowDown');
    const focus = await link.evaluate((a) => [getComputedStyle(a).backgroundColor, getComputedStyle(a).outlineColor]);
    const mark = await page
      .locator('.search-result mark')
      .first()
      .evaluate((m) => getComputedStyle(m).backgroundColor);
    // The focused link shows the focus colour (so the comparison means something), and no mark does.
    expect(focus[0]).not.toBe('rgba(0, 0, 0, 0)');
    expect(focus).not.toContain(mark);
  });

  // Axe on the search app only (box, filters with their counts, status, results): the page
  // as loaded is checked with every page in every-page-passes-axe-with-no-console-error-or-request-elsewhere.test.ts.
  it('should have no axe violations (WCAG 2.2 AA) in the filters and results, with results shown', async () => {
    await searchInPlace(page, site.url, 'named GP');
    expect(describeViolations(await runAxeWithin(page, ['#search-app'], { tags: WCAG_22_AA }))).toEqual([]);
  });

  it('should raise no script error or CSP violation on the way', () => {
    expect(watch.consoleErrors).toEqual([]);
  });
});

describe('search page without JavaScript', () => {
  it('should say search needs scripts and link the contents, glossary and recommendations', async ({ newContext }) => {
    const noScripts = await newContext({ javaScriptEnabled: false });
    const plain = await noScripts.newPage();
    await plain.goto(site.url('search/?q=bullied'));
    await expect(plain.locator('#search-needs-scripts').innerText()).resolves.toMatch(/needs JavaScript/);
    const links = await plain
      .locator('#search-needs-scripts a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(
      expect.arrayContaining(
        [site.url('read/'), site.url('glossary/'), site.url('recommendations/')].map((u) => new URL(u).pathname),
      ),
    );
    expect(await plain.locator('#search-app').isVisible()).toBe(false);
    await noScripts.close();
  });
});
