import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { COLOUR_RULES, describeViolations, runAxe, WCAG_22_AA } from '../../lib/axe.ts';
import { BASE_PATH, sitemapPaths } from '../../lib/built-pages.ts';
import { browserTest, describe, expect } from '../../lib/browser-test.ts';
import { SITE_DIR } from '../../lib/site.ts';

// Every page of the sitemap (redirect pages are not in it), plus the 404 page by its own
// name: served for a missing URL it would come with status 404, which Chromium logs as an error.
// The 404 page is always checked: a build without one fails here rather than skipping it.
const paths = [...(await sitemapPaths()), `${BASE_PATH}404.html`];

const it = browserTest({ axe: true });

describe('every page of the sitemap, in Chromium', () => {
  it('should be listed in a sitemap that is not empty, beside the 404 page', () => {
    expect(paths.length).toBeGreaterThan(1);
    expect(existsSync(join(SITE_DIR, '404.html'))).toBe(true);
  });

  // One browser, one context and one tab, visiting pages in turn, keeps ~200 pages quick.
  it.for(paths)(
    '%s should pass axe (WCAG 2.2 AA, light and dark), log no error and fetch nothing from elsewhere',
    async (path, { site, page, watch }) => {
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
    },
  );
});
