/**
 * Printed on A4 in Chromium, the themes grid takes one sheet, the recommendations and the
 * at-a-glance page two at most, under the root and under /explorer/; no link in a table, list or
 * navigation prints its address, while a link in a sentence still does. The at-a-glance page is
 * one step from home and /recommendations/ and names every recommendation with its due date.
 */
import type { Page } from 'playwright-core';
import { formatDate } from '../../../src/lib/due-date.ts';
import { recommendationName } from '../../../src/lib/recommendation-name.ts';
import { printedSheets } from '../../../scripts/lib/printed-sheets.ts';
import type { SiteUnderTest } from '../../lib/browser.ts';
import { describe, expect, test as it } from '../../lib/browser-test.ts';
import { builtModel } from '../../lib/reading-pages.ts';

const report = await builtModel();
const SHEETS: [string, number][] = [
  ['themes/', 1],
  ['recommendations/', 2],
  ['at-a-glance/', 2],
];

// The tests below name the two sites and the shared tab from inside loops and helpers.
let root: SiteUnderTest;
let subpath: SiteUnderTest;
let page: Page;
it.beforeAll(async ({ site, page: sharedPage, siteNamed }) => {
  [root, page, subpath] = [site, sharedPage, await siteNamed('subpath')];
});

/** What each link in the main content prints after its text, with where it sits. */
async function printedSuffixes(page: Page) {
  await page.emulateMedia({ media: 'print' });
  return page.locator('main a[href]').evaluateAll((links) =>
    links
      .filter((a) => (a as HTMLElement).offsetParent !== null)
      .map((a) => ({
        href: a.getAttribute('href')!,
        // A list inside the report's own paragraph is part of its running text.
        inTableOrList: ((list) => list !== null && !(a.closest('.para-body')?.contains(list) ?? false))(
          a.closest('table, nav, ul, ol, dl'),
        ),
        inSentence: a.parentElement?.tagName === 'P' && a.closest('table, nav, ul, ol, dl') === null,
        suffix: getComputedStyle(a, '::after').content,
      })),
  );
}

describe('printing', () => {
  for (const [name, site] of [
    ['the root', () => root],
    ['/explorer/', () => subpath],
  ] as const) {
    for (const [path, most] of SHEETS) {
      it(`should print /${path} on at most ${most} A4 ${most === 1 ? 'sheet' : 'sheets'} under ${name}`, async () => {
        expect(await printedSheets(page, site().url(path))).toBeLessThanOrEqual(most);
      });
    }
  }

  it('should print no address for links in tables, lists and navigation, and one for a link in a sentence', async () => {
    const seen = { listed: 0, sentence: 0 };
    for (const path of [
      '',
      'themes/',
      'recommendations/',
      'at-a-glance/',
      `read/${report.recommendations[0]!.section}/`,
    ]) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(root.url(path), { waitUntil: 'networkidle' });
      for (const link of await printedSuffixes(page)) {
        if (link.inTableOrList) {
          seen.listed++;
          expect(link.suffix, `/${path}: ${link.href}`).toBe('none');
        }
        const elsewhere = new URL(link.href, page.url()).href.split('#')[0] !== page.url().split('#')[0];
        if (link.inSentence && elsewhere) {
          seen.sentence++;
          expect(link.suffix, `/${path}: ${link.href}`).toBe(`" <${new URL(link.href, page.url()).href}>"`);
        }
      }
    }
    expect(seen.listed).toBeGreaterThan(20);
    expect(seen.sentence).toBeGreaterThan(0);
  });
});

describe('the at-a-glance page', () => {
  it('should be linked from the home page and the recommendations page', async () => {
    for (const site of [root, subpath]) {
      for (const from of ['', 'recommendations/']) {
        await page.emulateMedia({ media: 'screen' });
        await page.goto(site.url(from));
        await page.getByRole('link', { name: /^At a glance/ }).click();
        await page.waitForURL(site.url('at-a-glance/'));
        expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('At a glance');
      }
    }
  });

  it("should show each theme's grade in both parts, and every recommendation by name with its due date under its part", async () => {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(root.url('at-a-glance/'));
    const headers = await page.locator('table.themes-grid thead th').allInnerTexts();
    expect(headers.slice(1)).toEqual(report.parts.map((p) => p.title));
    expect(await page.locator('table.themes-grid tbody tr').count()).toBe(report.themes.length);
    for (const part of report.parts) {
      const recs = report.recommendations.filter((r) => r.part === part.id);
      if (recs.length === 0) continue;
      const section = page.getByRole('region', { name: part.title, exact: true });
      const text = await section.innerText();
      for (const r of recs) {
        expect(await section.getByRole('link', { name: recommendationName(r.text), exact: true }).count(), r.id).toBe(
          1,
        );
        expect(text).toContain(r.months === 0 ? formatDate(report.metadata.published) : formatDate(r.dueDate));
        expect(text).toContain(r.timescaleLabel);
      }
    }
  });
});
