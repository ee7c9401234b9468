import type { Page } from 'playwright-core';
import { metaContentSecurityPolicy } from '../../../src/lib/security-policy.ts';
import { BASE_PATH, sitemapPaths } from '../../lib/built-pages.ts';
import type { SiteUnderTest } from '../../lib/browser.ts';
import { browserTest, describe, expect } from '../../lib/browser-test.ts';
import type { PageWatch } from '../../lib/page-watch.ts';

// The pages are found in the sitemap, not named, so the test follows whatever the report holds.
const paths = await sitemapPaths();
const readingPage =
  paths.find((path) => /\/read\/[^/]+\/[^/]+\//.test(path)) ?? paths.find((path) => /\/read\/.+\//.test(path));
const recommendationPage = paths.find((path) => /\/recommendations\/[^/]+\//.test(path));
const searchPage = paths.find((path) => path === `${BASE_PATH}search/`);

const it = browserTest();
// The tests and helpers below use the file's site, shared tab and its watch.
let site: SiteUnderTest;
let page: Page;
let watch: PageWatch;
it.beforeAll(({ site: fileSite, page: sharedPage, watch: sharedWatch }) => {
  [site, page, watch] = [fileSite, sharedPage, sharedWatch];
});

async function visit(path: string): Promise<void> {
  watch.clear();
  const response = await page.goto(new URL(path, site.server.url).href, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  // The policy under test is the one the page carries, not one the test injects.
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(
    metaContentSecurityPolicy,
  );
}

async function expectNothingBlocked(): Promise<void> {
  await watch.collectViolations();
  expect({ policyViolations: watch.policyViolations, consoleErrors: watch.consoleErrors }).toEqual({
    policyViolations: [],
    consoleErrors: [],
  });
}

describe('under the Content-Security-Policy', () => {
  it('should have the pages this test visits', () => {
    expect({ readingPage, recommendationPage, searchPage }).toEqual({
      readingPage: expect.any(String),
      recommendationPage: expect.any(String),
      searchPage: expect.any(String),
    });
  });

  it('should show the home page styled, with nothing blocked', async () => {
    await visit(BASE_PATH);
    // The stylesheet applied, so the body's font is not the browser's default serif.
    expect(await page.evaluate('getComputedStyle(document.body).fontFamily')).not.toBe('"Times New Roman"');
    await expectNothingBlocked();
  });

  it('should run a reading page’s scripts with nothing blocked', async () => {
    await visit(readingPage!);
    await page.waitForLoadState('networkidle');
    await expectNothingBlocked();
  });

  it('should run a recommendation page’s scripts with nothing blocked', async () => {
    await visit(recommendationPage!);
    await page.waitForLoadState('networkidle');
    await expectNothingBlocked();
  });

  it('should answer a typed search (Pagefind’s WebAssembly included) with nothing blocked', async () => {
    await visit(searchPage!);
    // The search page's own box, which answers as you type (the header's box submits).
    const box = page.locator('main input[type="search"]').first();
    await box.fill('');
    await box.pressSequentially('children', { delay: 30 });
    // A result is a link to a paragraph in context or to a recommendation.
    const result = page
      .locator('main a[href*="#p"], main a[href*="/recommendations/"]')
      .filter({ visible: true })
      .filter({ hasNotText: /^the recommendations$/i })
      .first();
    await result.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await page.evaluate('typeof WebAssembly')).toBe('object');
    await expectNothingBlocked();
  });
});
