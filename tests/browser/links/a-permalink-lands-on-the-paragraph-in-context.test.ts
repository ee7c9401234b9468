import { BASE_PATH } from '../../lib/built-pages.ts';
import { describe, expect, test as it } from '../../lib/browser-test.ts';
import { builtModel } from '../../lib/reading-pages.ts';

const report = await builtModel();
const paragraph = report.paragraphs[Math.floor(report.paragraphs.length / 2)]!;

describe('/p/N/', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`should land on #pN of the right reading page (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
      site,
      newContext,
    }) => {
      const context = await newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(site.url(`p/${paragraph.number}/`));
      await page.waitForURL(`**/read/${paragraph.section}/#${paragraph.id}`);
      const url = new URL(page.url());
      expect(url.pathname).toBe(`${BASE_PATH}read/${paragraph.section}/`);
      expect(url.hash).toBe(`#${paragraph.id}`);
      await expect(page.locator(`#${paragraph.id}`).isVisible()).resolves.toBe(true);
      await context.close();
    });
  }
});
