/**
 * Printed on A4, a reading page and a recommendation page keep the text, the source notice and
 * where each link goes, and drop what only works on screen: navigation, search, sidebar, buttons.
 */
import type { Page } from 'playwright-core';
import { sitemapPaths } from '../../lib/built-pages.ts';
import type { SiteUnderTest } from '../../lib/browser.ts';
import { describe, expect, test as it } from '../../lib/browser-test.ts';
import { builtModel } from '../../lib/reading-pages.ts';

const report = await builtModel();
const paths = await sitemapPaths();
// A section where recommendations were published, so its text links to their pages.
// A graded section's page: its "Compare across parts" link is one in running text, whose address
// prints (links in lists, such as a part's recommendations, print none).
const readingPage = paths.find((p) =>
  p.endsWith(`/read/${report.outline.find((s) => s.judgement && s.paragraphs.length > 0)!.slug}/`),
)!;
const recommendationPage = paths.find((p) => /\/recommendations\/[^/]+\/$/.test(p))!;

// The tests and helpers below use the file's site and its tabs with and without scripts.
let site: SiteUnderTest;
let page: Page;
let plain: Page;
it.beforeAll(({ site: fileSite, tabs }) => {
  [site, page, plain] = [fileSite, tabs.tab(true), tabs.tab(false)];
});

/** What a printout of the page shows: visible text of landmarks, buttons, and link suffixes. */
async function printed(path: string, page: Page) {
  await page.emulateMedia({ media: 'screen' });
  await page.goto(new URL(path, site.server.url).href, { waitUntil: 'networkidle' });
  await page.emulateMedia({ media: 'print' });
  const visible = (selector: string) =>
    page
      .locator(selector)
      .evaluateAll(
        (els) =>
          els.filter((el) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed')
            .length,
      );
  return {
    nav: await visible('nav, form[role="search"], .contents-sidebar'),
    // A button inside the report's own text (a glossary term's toggletip) is the report's words
    // and prints as them; every other button is a screen control.
    buttons: await visible('button:not(.para-body button)'),
    footer: await page.locator('footer').innerText(),
    // InnerText of a hidden element is still its text, so whether it prints is asked apart.
    footerPrinted: await page.locator('footer').evaluate((el) => getComputedStyle(el).display !== 'none'),
    // A link in a table, list or navigation (outside the report's own paragraphs) is listed
    // rather than read in a sentence, and prints no address.
    linkSuffixes: await page
      .locator('main a[href]')
      .evaluateAll((links) =>
        links
          .filter((a) => (a as HTMLElement).offsetParent !== null)
          .map(
            (a) =>
              [
                a.getAttribute('href'),
                getComputedStyle(a, '::after').content,
                ((list) => list !== null && !(a.closest('.para-body')?.contains(list) ?? false))(
                  a.closest('table, nav, ul, ol, dl'),
                ),
              ] as const,
          ),
      ),
    pdf: await page.pdf({ format: 'A4' }),
  };
}

describe('printing', () => {
  for (const [kind, path] of [
    ['a reading page', readingPage],
    ['a recommendation page', recommendationPage],
  ] as const) {
    it(`should print ${kind} with its text and source notice, link targets, and no navigation or buttons`, async () => {
      const out = await printed(path, page);
      expect(out.nav).toBe(0);
      expect(out.buttons).toBe(0);
      expect(out.footerPrinted).toBe(true);
      expect(out.footer).toContain(report.metadata.reproduction);
      expect(out.footer).toMatch(/Printed from http/);
      // Each link in running text to another page prints its full address, one a reader
      // can type; a link to a place on the same page, or one in a list, prints none.
      const pageAddress = new URL(path, site.server.url).href;
      const elsewhere = out.linkSuffixes.filter(
        ([href, , listed]) => !listed && new URL(href!, pageAddress).href.split('#')[0] !== pageAddress,
      );
      expect(elsewhere.length).toBeGreaterThan(0);
      for (const [href, suffix, listed] of out.linkSuffixes) {
        const target = new URL(href!, pageAddress).href;
        if (listed || target.split('#')[0] === pageAddress) expect(suffix, `link ${href}`).toBe('none');
        else expect(suffix, `link ${href}`).toBe(`" <${target}>"`);
      }
      expect(out.pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(out.pdf.length).toBeGreaterThan(5_000);
    });
  }

  it('should print no root-relative link target when scripts are off', async () => {
    const out = await printed(readingPage, plain);
    expect(out.linkSuffixes.length).toBeGreaterThan(0);
    for (const [href, suffix] of out.linkSuffixes) expect(suffix, `link ${href}`).toBe('none');
  });
});
