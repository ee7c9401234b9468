/**
 * Under a sub-path deployment (BASE_PATH=/explorer/), each kind of page loads its styles,
 * scripts and data from inside the sub-path: no failed request, no console error, and the
 * enhancements that fetch data (packs) still work.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../../src/model/schema.ts';
import { sitemapPaths } from '../../lib/built-pages.ts';
import { browserTest, describe, expect } from '../../lib/browser-test.ts';
import { SUBPATH, SUBPATH_SITE_DIR } from '../../lib/site.ts';

const paths = await sitemapPaths(SUBPATH_SITE_DIR);
const kinds = {
  home: SUBPATH,
  reading: paths.find((p) => /\/read\/[^/]+\/[^/]+\//.test(p)),
  recommendation: paths.find((p) => /\/recommendations\/[^/]+\//.test(p)),
  theme: paths.find((p) => /\/themes\/[^/]+\//.test(p)),
  glossary: `${SUBPATH}glossary/`,
  data: `${SUBPATH}data/`,
  pack: `${SUBPATH}pack/?items=p1`,
};

const it = browserTest({ siteName: 'subpath' });
const failed: string[] = [];

it.beforeAll(({ page }) => {
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
});

describe(`pages under ${SUBPATH}`, () => {
  for (const [kind, path] of Object.entries(kinds)) {
    it(`should load the ${kind} page with every request answered and no console error`, async ({
      site,
      page,
      watch,
    }) => {
      expect(path, `no ${kind} page in the sitemap`).toBeDefined();
      failed.length = 0;
      watch.clear();
      await page.goto(new URL(path!, site.server.url).href, { waitUntil: 'networkidle' });
      expect(await page.locator('link[rel="stylesheet"]').count()).toBeGreaterThan(0);
      expect({ failed, consoleErrors: watch.consoleErrors, foreign: watch.foreignRequests }).toEqual({
        failed: [],
        consoleErrors: [],
        foreign: [],
      });
    });
  }

  it('should show a pack item fetched from the sub-path', async ({ site, page }) => {
    await page.goto(new URL(`${SUBPATH}pack/?items=p1`, site.server.url).href, { waitUntil: 'networkidle' });
    const model = JSON.parse(readFileSync(join(SUBPATH_SITE_DIR, 'data/report.json'), 'utf8')) as Report;
    const opening = model.paragraphs[0]!.text.slice(0, 60);
    await expect.poll(() => page.locator('main').innerText(), { timeout: 10_000 }).toContain(opening);
    expect(failed).toEqual([]);
  });
});
