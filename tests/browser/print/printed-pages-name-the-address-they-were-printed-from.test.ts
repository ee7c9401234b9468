/** A printed page's footer names the address it was printed from, whatever the build knew. */
import { browserTest, describe, expect } from '../../lib/browser-test.ts';

const it = browserTest({ siteName: 'other' });

const printedAddress = '.site-footer [data-print-address]';

describe('printing a page', () => {
  it('should name the address the page was printed from, on a build that did not know its address', async ({
    site,
    newContext,
  }) => {
    const page = await (await newContext()).newPage();
    await page.goto(site.url('read/?from=print-test'));
    // Printing to PDF runs the page's beforeprint handlers, as a reader's Print does.
    await page.pdf();
    expect(await page.locator(printedAddress).textContent()).toBe(page.url());
    await page.close();
  });

  it('should print the site-relative address without scripts, never localhost', async ({ site, newContext }) => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('read/'));
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator(printedAddress).textContent();
    expect(printed).toBe(new URL(page.url()).pathname);
    expect(await page.locator('.site-footer').innerText()).toContain(`Printed from ${printed}`);
    await context.close();
  });
});
