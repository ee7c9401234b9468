/**
 * The dev loop: `astro dev` on a copy of the report serves the page holding paragraph 39 and
 * answers searches, shows an edit of that paragraph's words within seconds (on the page and in
 * search), and shows the parser's one line when paragraph 40 is deleted.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDev, type RunningSite } from '../../../scripts/lib/site-process.ts';
import { REPORT_FILE } from '../../../src/lib/report-file.ts';
import { connectBrowser } from '../../lib/browser.ts';
import { waitForAnswer } from '../../lib/search.ts';

/**
 * How long the test waits for an edit to show. An edit shows in two to three seconds on a quiet
 * machine; the limit is generous because CI runs other browser tests beside this one, and the
 * test is about the edit showing without a restart, not about speed.
 */
const WITHIN_MS = 30_000;

const dir = await mkdtemp(join(tmpdir(), 'dev-loop-'));
// Outside the project, where Vite's watcher ignores nothing, and with its own output and
// cache folders (astro.config.mjs derives the cache from OUT_DIR), so no build is disturbed.
const report = join(dir, 'report.txt');
const original = await readFile(REPORT_FILE, 'utf8');
let dev: RunningSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await writeFile(report, original);
  dev = await startDev({ outDir: join(dir, 'dist'), reportFile: report });
  browser = await connectBrowser();
  page = await browser.newPage();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await dev?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Reloads until `check` passes or the time is up; returns how long it took. */
async function until(check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  const seen: string[] = [];
  while (Date.now() - started < WITHIN_MS) {
    const passed = await check().catch((error: Error) => (seen.push(error.message.split('\n')[0]!), false));
    if (passed) return Date.now() - started;
    seen.push(
      `page said: ${(
        (await page
          .locator('main')
          .textContent({ timeout: 1_000 })
          .catch(() => '')) ?? ''
      )
        .replace(/\s+/g, ' ')
        .slice(0, 300)}`,
    );
    await page.waitForTimeout(250);
  }
  throw new Error(
    `not seen within ${WITHIN_MS} ms; tries:\n${seen.slice(-6).join('\n')}\nastro dev printed:\n${dev.output?.().slice(-2_000)}`,
  );
}

describe('npm run dev', () => {
  let reading = '';
  /**
   * Opens the reading page again, waiting for its HTML only and for 5 s at most: under load, a
   * load event held up by the dev server's module requests must not use up the whole wait.
   */
  const reopen = () => page.goto(reading, { waitUntil: 'domcontentloaded', timeout: 5_000 });
  const line39 = original.split('\n').find((line) => line.startsWith('39. '))!;

  it('should serve the page holding paragraph 39, reached from its permalink, styled', async () => {
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(`${dev.url}p/39/`);
    await page.waitForURL(/#p39$/);
    reading = page.url().replace(/#.*$/, '');
    expect(await page.locator('#p39').innerText()).toContain(line39.slice(4, 60));
    // Dev serves stylesheets as <style> elements; a policy that refused them would leave
    // the page unstyled, in the browser's default serif.
    expect(refused).toEqual([]);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toMatch(/^"?Times/);
  });

  /** Opens the search page for `q` and returns the results' headings once it has answered. */
  const searchFor = async (q: string) => {
    let headings: string[] = [];
    // The first search after start or after an edit may wait on the dev server (bundling,
    // indexing); on a loaded machine that can outlast the page's own patience (it then says
    // search could not load), and opening the page again finds it ready.
    await until(async () => {
      await page.goto(`${dev.url}search/?q=${encodeURIComponent(q)}`, {
        waitUntil: 'domcontentloaded',
        timeout: 5_000,
      });
      await waitForAnswer(page, { timeout: 20_000, orUnavailable: true });
      headings = await page.locator('.search-result h3').allInnerTexts();
      return headings.length > 0;
    });
    return headings;
  };

  it(
    'should answer a search',
    async () => {
      expect((await searchFor('children')).length).toBeGreaterThan(1);
    },
    3 * WITHIN_MS,
  );

  it(
    "should show an edit of paragraph 39's words within seconds, on the page and in search",
    async () => {
      await writeFile(report, original.replace(line39, `${line39} Quizzical marmalade was added in dev.`));
      await until(async () => {
        await reopen();
        return (await page.locator('#p39').innerText()).includes('Quizzical marmalade');
      });
      expect(await searchFor('marmalade')).toEqual([expect.stringContaining('39')]);
    },
    3 * WITHIN_MS,
  );

  it(
    "should show the parser's one line when paragraph 40 is deleted, and the page again once it is back",
    async () => {
      const lines = original.split('\n');
      const at = lines.findIndex((line) => line.startsWith('40. '));
      await writeFile(report, lines.filter((_, i) => i !== at).join('\n'));
      const message = `report.txt:${at + 1}: paragraph numbering jumps from 39 to 41: paragraph 40 is missing`;
      await until(async () => {
        await reopen();
        // Astro's error page draws the message after load, inside a shadow root;
        // getByText looks there too.
        await page.getByText(message).waitFor({ timeout: 2_000 });
        return true;
      });
      await writeFile(report, original);
      await until(async () => {
        await reopen();
        return (await page.locator('#p39').count()) === 1;
      });
    },
    3 * WITHIN_MS,
  );
});
