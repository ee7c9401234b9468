/**
 * Phone first: on a 390x844 phone a reading page's first paragraph, the first search result and
 * the home page's first headline judgements are on the first screen (a compact header, "Find on
 * this page" folded); at 320, 390 and 1280 px, in light and dark, with and without scripts, no
 * page scrolls sideways, every table fits or scrolls inside a labelled region the keyboard can
 * reach, and no word is broken mid-word.
 */
import type { Page } from 'playwright-core';
import type { SiteUnderTest, TabsWithAndWithoutScripts } from '../../lib/browser.ts';
import { browserTest, describe, expect } from '../../lib/browser-test.ts';
import { onePageOfEachKind } from '../../lib/page-kinds.ts';
import { builtModel } from '../../lib/reading-pages.ts';
import { readResults } from '../../lib/search.ts';

const report = await builtModel();
const PHONE = { width: 390, height: 844 };
const WIDTHS = [320, 390, 1280] as const;
const readingSections = report.outline.filter((s) => s.paragraphs.length > 0);
const pages = [
  ...(await onePageOfEachKind()),
  { kind: 'record of main findings', path: `read/${report.outline.find((s) => s.kind === 'record')!.slug}/` },
  {
    kind: 'section with the grade scale',
    path: `read/${report.outline.find((s) => s.kind === 'introduction')?.slug ?? readingSections[0]!.slug}/`,
  },
  { kind: 'pack', path: `pack/?items=${report.paragraphs[27]!.id},${report.recommendations[0]!.id}` },
];

// One tab with scripts and one without for the whole file; each test sets the width and
// colour scheme it needs.
const it = browserTest({ contextOptions: { viewport: PHONE } });
// The tests and helpers below use the file's site and tabs.
let site: SiteUnderTest;
let tabs: TabsWithAndWithoutScripts;
it.beforeAll(({ site: fileSite, tabs: fileTabs }) => {
  [site, tabs] = [fileSite, fileTabs];
});

/** The tab with or without scripts, at `viewport`, in light. */
async function tab(viewport: { width: number; height: number }, javaScriptEnabled = true): Promise<Page> {
  const page = tabs.tab(javaScriptEnabled);
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme: 'light' });
  return page;
}

/**
 * What a reader of a narrow screen would find wrong on the page: sideways scrolling of the
 * page, a table that overflows outside a labelled focusable region, and words drawn over two
 * lines (a break inside a word; breaks after a hyphen or slash, and in web addresses, are fine).
 */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width)
      problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide in ${width} px`);
    for (const table of document.querySelectorAll('table')) {
      const region = table.closest<HTMLElement>('section[aria-label], [role="region"]');
      const fits = table.getBoundingClientRect().width <= (region ?? document.documentElement).clientWidth + 0.5;
      if (fits) continue;
      if (
        !region ||
        !region.getAttribute('aria-label') ||
        region.tabIndex !== 0 ||
        getComputedStyle(region).overflowX !== 'auto'
      ) {
        problems.push(
          `a table wider than the screen is not in a labelled, focusable scrolling region: ${table.querySelector('caption')?.textContent?.trim()}`,
        );
      }
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const parent = node.parentElement!;
      // Web addresses printed as text (pack links, citations) may break anywhere.
      if (
        parent.closest(
          'script, style, .visually-hidden, [hidden], noscript, .pack-item-link, .cite-text, .pack-citations, .pack-self',
        )
      )
        continue;
      if (parent.getClientRects().length === 0) continue;
      for (const match of node.data.matchAll(/[^\s\-–—/]+/gu)) {
        if (/^(https?:|www\.)/.test(match[0]) || match[0].length < 2) continue;
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        // A table cell that scrolls out of view still has its word on one line.
        if (tops.size > 1)
          problems.push(`"${match[0]}" is broken across lines (in ${node.parentElement!.tagName.toLowerCase()})`);
      }
    }
    return problems;
  });
}

describe('on a 390x844 phone', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(
      `should start every reading page's first paragraph on the first screen (scripts ${javaScriptEnabled ? 'on' : 'off'})`,
      { timeout: 120_000 },
      async () => {
        const page = await tab(PHONE, javaScriptEnabled);
        for (const section of readingSections) {
          await page.goto(site.url(`read/${section.slug}/`));
          // Read in one call to the page (a locator's boundingBox takes several).
          const top = await page.evaluate((id) => {
            const paragraph = document.getElementById(id);
            return paragraph && paragraph.getClientRects().length > 0 ? paragraph.getBoundingClientRect().top : null;
          }, `p${section.paragraphs[0]}`);
          expect(top, `${section.slug}: its first paragraph is not shown`).not.toBeNull();
          // Its number and at least two lines of its text.
          expect(top! + 60, `${section.slug}: first paragraph at ${Math.round(top!)} px`).toBeLessThanOrEqual(
            PHONE.height,
          );
        }
      },
    );
  }

  it('should keep the header to a few lines: title, one search row and the sections', async () => {
    const page = await tab(PHONE);
    await page.goto(site.url());
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(PHONE.height / 4);
    // The search box still has its name, and shows its words in the box.
    expect(await page.getByRole('searchbox', { name: 'Search the report' }).getAttribute('placeholder')).toBe(
      'Search the report',
    );
  });

  it('should fold "Find on this page" under one line, open it on request with the cursor in the box, and leave no empty band', async () => {
    const page = await tab(PHONE);
    await page.goto(site.url(`read/${readingSections[0]!.slug}/`));
    const fold = page.locator('details.find-fold');
    expect(await fold.isVisible()).toBe(true);
    expect(await fold.getAttribute('open')).toBeNull();
    expect((await fold.boundingBox())!.height).toBeLessThanOrEqual(48);
    expect(await page.locator('#find-query').isVisible()).toBe(false);
    await page.locator('details.find-fold > summary').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('find-query');
    // With nothing found yet, the form ends just under its last row of controls.
    const gap = await page.evaluate(() => {
      const form = document.querySelector('form.find-in-page')!;
      const lowest = Math.max(
        ...[...form.querySelectorAll('input, button')].map((e) => e.getBoundingClientRect().bottom),
      );
      return form.getBoundingClientRect().bottom - lowest;
    });
    expect(gap).toBeLessThanOrEqual(13);
  });

  it("should show the home page's first two headline judgements, word and grade, on the first screen", async () => {
    const page = await tab(PHONE);
    await page.goto(site.url());
    const second = (await page.locator('#judgements-heading ~ * li').nth(1).boundingBox())!;
    expect(
      second.y + second.height,
      `the second judgement ends at ${Math.round(second.y + second.height)} px`,
    ).toBeLessThanOrEqual(PHONE.height);
  });

  it('should show the whole first search result on the first screen', async () => {
    const page = await tab(PHONE);
    // The report's most common word of six letters or more, so there are many results.
    const counts = new Map<string, number>();
    for (const p of report.paragraphs)
      for (const w of p.text.toLowerCase().match(/\p{L}{6,}/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
    const word = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    await page.goto(site.url(`search/?q=${word}`));
    const { results } = await readResults(page);
    expect(results.length).toBeGreaterThan(1);
    const first = (await page.locator('.search-result').first().boundingBox())!;
    expect(
      first.y + first.height,
      `the first result ends at ${Math.round(first.y + first.height)} px`,
    ).toBeLessThanOrEqual(PHONE.height);
  });
});

describe('every kind of page', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(
      `should not scroll sideways, fit or scroll its tables in labelled regions, and break no word (320, 390 and 1280 px, light and dark, scripts ${javaScriptEnabled ? 'on' : 'off'})`,
      { timeout: 120_000 },
      async () => {
        const problems: string[] = [];
        const page = await tab({ width: WIDTHS[0], height: 800 }, javaScriptEnabled);
        for (const { kind, path } of pages) {
          // Loaded once, then laid out at each width: the layout is CSS alone.
          await page.setViewportSize({ width: WIDTHS[0], height: 800 });
          await page.goto(site.url(path));
          if (kind === 'pack' && javaScriptEnabled) await page.waitForSelector('#pack-list > li');
          for (const width of WIDTHS) {
            await page.setViewportSize({ width, height: 800 });
            // Dark on the same page, the scheme switched rather than the page reloaded.
            for (const colorScheme of ['light', 'dark'] as const) {
              await page.emulateMedia({ colorScheme });
              for (const problem of await layoutProblems(page))
                problems.push(`${kind} /${path} (${width} px, ${colorScheme}): ${problem}`);
            }
          }
        }
        expect(problems).toEqual([]);
      },
    );
  }

  it('should let the keyboard reach and scroll a table wider than a 320 px screen', async () => {
    const page = await tab({ width: 320, height: 800 });
    // The data page's tables of fields and columns (the themes grid and the record of main
    // findings reflow on a phone instead, tests/browser/reading/the-themes-grid-and-record-of-main-findings-read-on-a-phone-without-scrolling-sideways.test.ts).
    await page.goto(site.url('data/'));
    const regions = page.getByRole('region', { name: /./ }).filter({ has: page.locator('table') });
    const wide = await regions.evaluateAll((all) => all.findIndex((r) => r.scrollWidth > r.clientWidth));
    expect(wide).toBeGreaterThanOrEqual(0);
    const region = regions.nth(wide);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((r) => r.scrollLeft)).toBeGreaterThan(0);
    // Its label is shown above it, not scrolled away with the columns.
    const label = await region.getAttribute('aria-label');
    expect(await page.locator('.table-label', { hasText: label! }).isVisible()).toBe(true);
  });
});
