/**
 * The search engine loads while the search page is idle (in a worker), so typing fetches only the index
 * chunks and results it needs; results show one by one as they come in; and a page opened with
 * a query searches at once.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteUnderTest } from '../../lib/browser.ts';
import { browserTest, describe, expect } from '../../lib/browser-test.ts';
import { gate } from '../../lib/gate.ts';
import { readResults } from '../../lib/search.ts';
import { SITE_DIR } from '../../lib/site.ts';

const it = browserTest();
// The tests and the helper below use the file's site.
let site: SiteUnderTest;
it.beforeAll(({ site: fileSite }) => {
  site = fileSite;
});

const pathOf = (url: string) => new URL(url).pathname.replace(new URL(site.url()).pathname, '');

describe('the search engine', () => {
  it('should load while the page is idle, and typing should fetch only index chunks and fragments', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    // Loaded while idle (the engine, its metadata and every filter index), and in Pagefind's
    // worker, off the main thread. Each filter index the build wrote is waited for by name: the
    // worker asks for them once the engine has started, which can be more than networkidle's
    // half second after the engine arrived.
    const filterFiles = readdirSync(join(SITE_DIR, 'pagefind', 'filter'));
    const arrived = new Set<string>();
    page.on('response', (response) => arrived.add(new URL(response.url()).pathname.split('/').pop()!));
    const worker = page.waitForEvent('worker', {
      predicate: (w) => /\/pagefind\/pagefind-worker\.js$/.test(w.url()),
      timeout: 15_000,
    });
    await page.goto(site.url('search/'));
    await worker;
    await expect
      .poll(() => ['wasm.en.pagefind', ...filterFiles].filter((file) => !arrived.has(file)), { timeout: 15_000 })
      .toEqual([]);
    await page.waitForLoadState('networkidle');
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(pathOf(request.url())));
    await page.locator('#search-query').pressSequentially('named GP', { delay: 20 });
    const { results } = await readResults(page);
    expect(results.map((r) => r.ref)).toContain('sg-3m-4');
    await page.waitForLoadState('networkidle');
    expect(
      fetched.filter(
        (path) => !/^pagefind\/(index|fragment)\/[^/]+\.pf_(index|fragment)$/.test(path) && path !== 'favicon.svg',
      ),
    ).toEqual([]);
    // The word list is fetched only for a word the index lacks; these words it has.
    expect(fetched).not.toContain('search/words.json');
    await context.close();
  });

  it('should show the first result as soon as it is in, while later ones are still on their way', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const later = gate();
    let fragments = 0;
    // The first fragment asked for passes; every later one waits until the gate opens.
    await page.route('**/pagefind/fragment/*', async (route) => {
      if (fragments++ > 0) await later.passed;
      await route.continue();
    });
    await page.goto(site.url('search/?q=children'));
    await page.locator('.search-result').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ results for “children”/);
    expect(await page.locator('.search-result').count()).toBe(1);
    expect(await page.locator('#search-results').getAttribute('aria-busy')).toBe('true');
    later.open();
    const { results } = await readResults(page);
    expect(results.length).toBe(10);
    await context.close();
  });

  it('should search at once when the page opens with a query, on the main thread, with no worker to wait for', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(site.url('search/?q=gang'));
    const { results } = await readResults(page);
    expect(results[0]?.ref).toBe('Paragraph 56');
    expect(workers).toEqual([]);
    await context.close();
  });
});
