/**
 * On a phone (320 and 390 px, touch) the themes grid and the record of main findings read
 * without sideways scrolling: each row's heading (a theme, an area) on its own line and its
 * cells beneath it, side by side, each shown under its column's name; a tap on a grade opens the
 * section that gives it. Screen readers still meet a table with its column headings; at 1280 px
 * the columns are as before.
 */
import type { Page } from 'playwright-core';
import { describeViolations, runAxeWithin, WCAG_22_AA } from '../../lib/axe.ts';
import { BASE_PATH } from '../../lib/built-pages.ts';
import type { SiteUnderTest } from '../../lib/browser.ts';
import { browserTest, describe, expect } from '../../lib/browser-test.ts';
import { builtModel } from '../../lib/reading-pages.ts';

const report = await builtModel();
const TABLES = [
  { name: 'the themes grid', path: 'themes/', table: 'table.themes-grid' },
  {
    name: 'the record of main findings',
    path: `read/${report.outline.find((s) => s.kind === 'record')!.slug}/`,
    table: 'table.findings',
  },
];

const it = browserTest({
  contextOptions: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
  axe: true,
});
// The tests below use the file's site and its phone tab.
let site: SiteUnderTest;
let page: Page;
it.beforeAll(({ site: fileSite, page: phoneTab }) => {
  [site, page] = [fileSite, phoneTab];
});

/** Each body row as drawn: its heading cell's box, and each other cell's box and shown words. */
function rowsAsDrawn(tab: Page, table: string) {
  return tab.locator(`${table} tbody tr`).evaluateAll((rows) =>
    rows
      .filter((row) => row.children.length > 1)
      .map((row) => {
        const [head, ...cells] = [...row.children].map((c) => ({
          box: c.getBoundingClientRect(),
          text: (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
        }));
        return { head: head!, cells };
      }),
  );
}

/** The words of a table's column headings, as its markup gives them (what a screen reader reads out). */
const columnNames = (tab: Page, table: string) => tab.locator(`${table} thead th`).allTextContents();

describe('the two grids on a phone', () => {
  for (const { name, path, table } of TABLES) {
    it(`should show ${name} with no sideways scrolling at 390 and 320 px, each row's cells side by side under their column's name`, async () => {
      for (const width of [390, 320]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(site.url(path));
        const at = `${name}, ${width} px`;
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), at).toBe(true);
        const region = page.locator(table).locator('xpath=..');
        expect(await region.evaluate((r) => r.scrollWidth <= r.clientWidth), at).toBe(true);
        const columns = await columnNames(page, table);
        const rows = await rowsAsDrawn(page, table);
        expect(rows.length, at).toBeGreaterThan(0);
        for (const { head, cells } of rows) {
          // The heading on its own line above, the cells beside each other below it.
          for (const cell of cells) {
            expect(cell.box.top, `${at}: ${head.text}`).toBeGreaterThanOrEqual(head.box.bottom - 1);
            expect(cell.box.right, `${at}: ${head.text}`).toBeLessThanOrEqual(width);
          }
          expect(Math.abs(cells[0]!.box.top - cells[1]!.box.top), `${at}: ${head.text}`).toBeLessThan(2);
          expect(cells[0]!.box.right, `${at}: ${head.text}`).toBeLessThanOrEqual(cells[1]!.box.left);
          // Each cell names its column in words, as the hidden column headings would.
          cells.forEach((cell, i) =>
            expect(cell.text.startsWith(columns[columns.length - 2 + i]!), `${at}: ${cell.text}`).toBe(true),
          );
        }
      }
      expect(describeViolations(await runAxeWithin(page, [table], { tags: WCAG_22_AA }))).toEqual([]);
    });
  }

  it('should open the section behind a grade when a theme’s grade is tapped at 320 px', async () => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(site.url('themes/'));
    const link = page.locator('table.themes-grid a.cell-link').first();
    const href = await link.getAttribute('href');
    await link.tap();
    await page.waitForURL((url) => url.pathname === href);
    expect(new URL(page.url()).pathname.startsWith(`${BASE_PATH}read/`)).toBe(true);
  });

  it('should keep the columns side by side with their headings shown at 1280 px', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const { name, path, table } of TABLES) {
      await page.goto(site.url(path));
      expect(await page.locator(`${table} thead`).isVisible(), name).toBe(true);
      const rows = await rowsAsDrawn(page, table);
      for (const { head, cells } of rows)
        for (const cell of cells) expect(Math.abs(cell.box.top - head.box.top), name).toBeLessThan(2);
      // The column's name is not repeated in each cell where the heading is in sight.
      expect(
        rows[0]!.cells.every((c) => !columnsRepeated(c.text)),
        name,
      ).toBe(true);
    }
  });
});

/** Whether a cell's shown words start with a part's or column's name (the phone's in-cell label). */
function columnsRepeated(text: string): boolean {
  return [...report.parts.map((p) => p.title), 'Judgement', 'Part (as reconciled)'].some(
    (label) => text.startsWith(label) && text !== label,
  );
}
