import { existsSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_PATH, sitemapPaths } from '../lib/built-pages.ts';
import { openSite, type SiteUnderTest } from '../lib/browser.ts';
import { watchPage, type PageWatch } from '../lib/page-watch.ts';
import { SITE_DIR } from '../lib/site.ts';

/** WCAG 2.2 AA, as axe tags it: every A and AA rule from 2.0, 2.1 and 2.2. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The rules whose outcome the colour scheme can change; dark mode reruns only these. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

// Note: every page of the sitemap (redirect pages are not in it), plus the 404 page by its own
// name: served for a missing URL it would come with status 404, which Chromium logs as an error.
const paths = [...(await sitemapPaths()), ...(existsSync(join(SITE_DIR, '404.html')) ? [`${BASE_PATH}404.html`] : [])];

let site: SiteUnderTest;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  site = await openSite({ base: BASE_PATH });
  context = await site.browser.newContext();
  page = await context.newPage();
  watch = await watchPage(page, new URL(site.server.url).origin);
});
afterAll(async () => {
  await context?.close();
  await site?.close();
});

const describeViolations = (violations: { id: string; help: string; nodes: { target: unknown }[] }[]) =>
  violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5).join(', ')})`);

describe('every page of the sitemap, in Chromium', () => {
  it('should be listed in a sitemap that is not empty', () => {
    expect(paths.length).toBeGreaterThan(0);
  });

  // Note: one browser, one context and one tab, visiting pages in turn, keeps ~200 pages quick.
  it.for(paths)('%s should pass axe (WCAG 2.2 AA, light and dark), log no error and fetch nothing from elsewhere', async (path) => {
    watch.clear();
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(new URL(path, site.server.url).href, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    const light = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await new AxeBuilder({ page }).withRules(COLOUR_RULES).analyze();
    await watch.collectViolations();
    expect({
      light: describeViolations(light.violations),
      dark: describeViolations(dark.violations),
      consoleErrors: watch.consoleErrors,
      requestsElsewhere: watch.foreignRequests,
      policyViolations: watch.policyViolations,
    }).toEqual({ light: [], dark: [], consoleErrors: [], requestsElsewhere: [], policyViolations: [] });
  });
});
