import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLOUR_RULES, describeViolations, installAxe, runAxe, WCAG_22_AA } from '../../lib/axe.ts';
import { BASE_PATH, sitemapPaths } from '../../lib/built-pages.ts';
import { openSite, type SiteUnderTest } from '../../lib/browser.ts';
import { watchPage, type PageWatch } from '../../lib/page-watch.ts';
import { SITE_DIR } from '../../lib/site.ts';

// Note: every page of the sitemap (redirect pages are not in it), plus the 404 page by its own
// name: served for a missing URL it would come with status 404, which Chromium logs as an error.
// The 404 page is always checked: a build without one fails here rather than skipping it.
const paths = [...(await sitemapPaths()), `${BASE_PATH}404.html`];

let site: SiteUnderTest;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  site = await openSite();
  context = await site.browser.newContext();
  await installAxe(context);
  page = await context.newPage();
  watch = await watchPage(page, new URL(site.server.url).origin);
});
afterAll(async () => {
  await context?.close();
  await site?.close();
});

describe('every page of the sitemap, in Chromium', () => {
  it('should be listed in a sitemap that is not empty, beside the 404 page', () => {
    expect(paths.length).toBeGreaterThan(1);
    expect(existsSync(join(SITE_DIR, '404.html'))).toBe(true);
  });

  // Note: one browser, one context and one tab, visiting pages in turn, keeps ~200 pages quick.
  it.for(paths)('%s should pass axe (WCAG 2.2 AA, light and dark), log no error and fetch nothing from elsewhere', async (path) => {
    watch.clear();
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(new URL(path, site.server.url).href, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    const light = await runAxe(page, { tags: WCAG_22_AA });
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await runAxe(page, { rules: COLOUR_RULES });
    await watch.collectViolations();
    expect({
      light: describeViolations(light),
      dark: describeViolations(dark),
      consoleErrors: watch.consoleErrors,
      requestsElsewhere: watch.foreignRequests,
      policyViolations: watch.policyViolations,
    }).toEqual({ light: [], dark: [], consoleErrors: [], requestsElsewhere: [], policyViolations: [] });
  });
});
