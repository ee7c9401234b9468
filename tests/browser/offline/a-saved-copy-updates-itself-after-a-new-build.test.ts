/**
 * A saved copy after the site is published again: on the reader's next visit online the page
 * comes from the network (never the stale copy), the copy updates itself and says so once, the
 * old copy is dropped, and with the network gone the copy shows the new text.
 *
 * A build of its own, from a copy of the report in a temporary folder, built twice into one
 * folder while its server keeps serving it, as a host serves a site published anew; the shared
 * builds in dist*\/ are left alone.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser } from '../../lib/browser.ts';
import { buildSite, serveSite, type RunningSite, type SiteVariant } from '../../../scripts/lib/site-process.ts';
import { REPORT_FILE } from '../../../src/lib/report-file.ts';
import { builtModel } from '../../lib/reading-pages.ts';
import { cacheNames, recordStatuses, saveForOffline, savedList, statusesSeen } from '../../lib/offline.ts';

const report = await builtModel();
const paragraph = report.paragraphs[0]!;
const ADDED = 'This sentence was added in a later edition.';

let folder: string;
let site: SiteVariant;
let server: RunningSite;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  // Inside the project: Astro keeps the prerender chunks of an output folder outside the
  // working directory in ./.astro/, which another such build at the same time would share.
  await mkdir(join('node_modules', '.cache'), { recursive: true });
  folder = await mkdtemp(join('node_modules', '.cache', 'offline-update-'));
  site = { outDir: join(folder, 'site'), reportFile: join(folder, basename(REPORT_FILE)) };
  await copyFile(REPORT_FILE, site.reportFile!);
  await buildSite(site);
  server = await serveSite(site);
  browser = await connectBrowser();
  context = await browser.newContext();
  await recordStatuses(context);
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

const readingPage = () => server.url + `read/${paragraph.section}/`;
const footerStatus = () => page.locator('footer [data-offline-status]');

describe('a saved copy, when the site is published again', () => {
  it('should be saved from the first build', async () => {
    await page.goto(server.url, { waitUntil: 'networkidle' });
    expect(await saveForOffline(page.locator('main [data-offline-save]'))).toMatch(/^Saved for offline reading/);
  });

  it(
    'should show the new page at once on the next visit online, then update itself and say so once',
    { timeout: 240_000 },
    async () => {
      const first = savedList(site.outDir).version;
      // The edit a corrected edition might make: one sentence more at the end of a paragraph.
      const text = await readFile(site.reportFile!, 'utf8');
      const line = text.split('\n').find((l) => l.startsWith(`${paragraph.number}. `))!;
      await writeFile(site.reportFile!, text.replace(line, `${line.trimEnd()} ${ADDED}`));
      await buildSite(site);
      const second = savedList(site.outDir).version;
      expect(second).not.toBe(first);

      await page.goto(readingPage());
      expect(
        await page.locator(`#${paragraph.id}`).innerText(),
        'the page came from the network, not the copy',
      ).toContain(ADDED);
      await footerStatus()
        .filter({ hasText: /^Saved copy updated to the latest version, \d+\.\d MB on this device\.$/ })
        .waitFor({ timeout: 120_000 });
      expect(await statusesSeen(page)).toContainEqual(expect.stringMatching(/^Updating the saved copy… \d+%$/));
      expect(await cacheNames(page)).toEqual([expect.stringContaining(second)]);

      await page.reload();
      await footerStatus()
        .filter({ hasText: /^Saved for offline reading/ })
        .waitFor();
      expect(await statusesSeen(page), 'said once').not.toContainEqual(expect.stringMatching(/updated/));
    },
  );

  it('should show the new text from the copy with the network gone', async () => {
    await server.close();
    await context.setOffline(true);
    await page.goto(readingPage());
    expect(await page.locator(`#${paragraph.id}`).innerText()).toContain(ADDED);
  });
});
