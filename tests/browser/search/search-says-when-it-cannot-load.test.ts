/**
 * When the search engine cannot load (offline, or a file of it missing), the page says so in its
 * status line and offers the contents and glossary, instead of waiting for ever.
 */
import type { SiteUnderTest } from '../../lib/browser.ts';
import { browserTest, describe, expect } from '../../lib/browser-test.ts';

const it = browserTest();
// The tests and the helper below use the file's site.
let site: SiteUnderTest;
it.beforeAll(({ site: fileSite }) => {
  site = fileSite;
});

async function statusWhen(block: RegExp, how: 'abort' | 'missing') {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.route(block, (route) =>
    how === 'abort' ? route.abort('internetdisconnected') : route.fulfill({ status: 404, body: 'Not found' }),
  );
  await page.goto(site.url('search/?q=bullied'));
  await page.waitForFunction(
    () => /could not load/.test(document.getElementById('search-status')?.textContent ?? ''),
    null,
    { timeout: 20_000 },
  );
  const status = page.locator('#search-status');
  const links = await status.locator('a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
  const text = await status.textContent();
  await context.close();
  return { text, links };
}

describe('search that cannot load', () => {
  it('should say so and offer the contents and glossary when offline', async () => {
    const { text, links } = await statusWhen(/\/pagefind\//, 'abort');
    expect(text).toMatch(/^Search could not load/);
    expect(links).toEqual([
      ['the contents', new URL(site.url('read/')).pathname],
      ['the glossary', new URL(site.url('glossary/')).pathname],
    ]);
  });

  it('should say so when a file of the engine is missing', async () => {
    const { text } = await statusWhen(/\/pagefind\/wasm\.[^/]+$/, 'missing');
    expect(text).toMatch(/^Search could not load/);
  });
});
