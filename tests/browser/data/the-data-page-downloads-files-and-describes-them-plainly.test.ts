/**
 * The data page as a researcher uses it: each file's link saves the file (report.json included,
 * which a browser would otherwise open in the tab), and the descriptions speak of what the files
 * hold, not of files in the project's repository the reader cannot reach.
 */
import { describe, expect, test as it } from '../../lib/browser-test.ts';

describe('the data page', () => {
  it('should save every file it offers when its link is clicked, report.json included', async ({
    site,
    newContext,
  }) => {
    const context = await newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(site.url('data/'));
    const links = page.locator('main h2 a');
    const names = await links.allTextContents();
    expect(names).toEqual(
      expect.arrayContaining(['report.json', 'report.schema.json', 'judgements.csv', 'paragraphs.csv']),
    );
    for (const name of names) {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 10_000 }),
        links.filter({ hasText: name }).first().click(),
      ]);
      expect(download.suggestedFilename()).toBe(name);
      // The page stays where it was; nothing opened in its place.
      expect(new URL(page.url()).pathname).toMatch(/\/data\/$/);
    }
    await context.close();
  });

  it("should describe blank CSV cells as blank, and name no file of the project's source", async ({
    site,
    newContext,
  }) => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(site.url('data/'));
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/\b(content|src)\/[\w./-]+/);
    const paragraphsPart = page
      .getByRole('region', { name: 'Columns of paragraphs.csv' })
      .locator('tr', { has: page.locator('th', { hasText: /^part$/ }) });
    const description = await paragraphsPart.locator('td').innerText();
    expect(description).toMatch(/blank for the introduction/);
    expect(description).not.toMatch(/\bnull\b/);
    await context.close();
  });
});
