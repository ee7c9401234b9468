/**
 * A scrutiny chair copies the action plan into committee papers: "Copy as table" puts an HTML
 * table and tab-separated text on the clipboard, selecting the list copies the report's words
 * without "Add to pack" after every item, and a briefing pack exports as an action plan too.
 * At desktop and phone widths, under the sub-path, and with scripts off.
 */
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import type { SiteUnderTest } from '../../lib/browser.ts';
import { browserTest, describe, expect } from '../../lib/browser-test.ts';
import { builtModel } from '../../lib/reading-pages.ts';
import { SUBPATH, TEST_SITE_URL } from '../../lib/site.ts';

const report = await builtModel();
const recs = report.recommendations;
const WIDTHS = [1280, 390] as const;

const it = browserTest({
  ownClipboard: true,
  contextOptions: {
    viewport: { width: 1280, height: 844 },
    permissions: ['clipboard-read', 'clipboard-write'],
    acceptDownloads: true,
  },
});
// The tests and helpers below use the file's site and its shared tab.
let site: SiteUnderTest;
let page: Page;
it.beforeAll(({ site: fileSite, page: sharedPage }) => {
  [site, page] = [fileSite, sharedPage];
});

/** What the clipboard holds: its HTML parsed by the browser into table rows, and its plain text. */
async function clipboard(): Promise<{ rows: string[][]; links: string[]; text: string }> {
  return (await page.evaluate(`(async () => {
    const [item] = await navigator.clipboard.read();
    const html = await (await item.getType('text/html')).text();
    const text = await (await item.getType('text/plain')).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const rows = [...doc.querySelectorAll('table tr')].map((tr) => [...tr.cells].map((c) => c.textContent.trim()));
    const links = [...doc.querySelectorAll('table a')].map((a) => a.getAttribute('href'));
    return { rows, links, text };
  })()`)) as { rows: string[][]; links: string[]; text: string };
}

describe('Copy as table on /recommendations/', () => {
  for (const width of WIDTHS) {
    it(`should copy a table with a row per recommendation as HTML and as tab-separated text, and say so once (${width} px)`, async () => {
      await page.setViewportSize({ width, height: 844 });
      await page.goto(site.url('recommendations/'));
      await page.evaluate('navigator.clipboard.writeText("")');
      const button = page.getByRole('button', { name: 'Copy as table' });
      await button.scrollIntoViewIfNeeded();
      const box = (await button.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      await button.click();
      await expect
        .poll(() => page.locator('#copy-table-status').textContent())
        .toBe(`Copied table of ${recs.length} recommendations.`);
      const { rows, links, text } = await clipboard();
      expect(rows).toHaveLength(recs.length + 1);
      expect(rows[0]).toEqual(expect.arrayContaining(['Reference', 'Due date', 'RAG status', 'Lead officer']));
      expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual(recs.map((r) => [r.id, r.text]));
      // Links work where the table is pasted: absolute, to each recommendation's page on the site's public address.
      expect(links[0]).toBe(`${TEST_SITE_URL}/recommendations/${recs[0]!.id}/`);
      const lines = text.split('\n');
      expect(lines).toHaveLength(recs.length + 1);
      for (const line of lines) expect(line.split('\t')).toHaveLength(rows[0]!.length);
      expect(lines[1]!.split('\t').slice(0, 2)).toEqual([recs[0]!.id, recs[0]!.text]);
      expect(await page.locator('[aria-live]').filter({ hasText: 'Copied table' }).count()).toBe(1);
    });
  }

  it('should copy the list without the "Add to pack" labels when a reader selects it', async () => {
    await page.goto(site.url('recommendations/'));
    await page.locator('.pack-toggle').first().waitFor();
    const selected = (await page.evaluate(`(() => {
      const parts = document.querySelectorAll('.rec-part');
      const range = document.createRange();
      range.setStartBefore(parts[0]);
      range.setEndAfter(parts[parts.length - 1]);
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    })()`)) as string;
    // The list capitalises each recommendation's first word; the rest is as published.
    expect(selected.replace(/\s+/g, ' ')).toContain(recs[0]!.text.slice(1, 60).replace(/\s+/g, ' '));
    expect(selected).toContain(recs[recs.length - 1]!.id);
    expect(selected).not.toMatch(/Add to pack|Remove from pack|In your pack/);
  });

  it('should offer the downloads and no Copy button with scripts off', async () => {
    const off = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const tab = await off.newPage();
      await tab.goto(site.url('recommendations/'));
      expect(await tab.getByRole('button', { name: 'Copy as table' }).count()).toBe(0);
      for (const name of ['Action plan workbook', 'Action plan document', 'Due dates calendar']) {
        const href = (await tab.getByRole('link', { name }).getAttribute('href'))!;
        const response = await tab.request.get(new URL(href, tab.url()).href);
        expect(response.status(), name).toBe(200);
        expect((await response.body()).byteLength, name).toBeGreaterThan(1000);
      }
    } finally {
      await off.close();
    }
  });
});

describe('the downloads under the sub-path', () => {
  it('should serve each file the page links, under /explorer/', async ({ siteNamed }) => {
    const sub = await siteNamed('subpath');
    const tab = await (await sub.browser.newContext()).newPage();
    try {
      await tab.goto(sub.url('recommendations/'));
      // Each file starts as its format does: a zip (workbook and document) or a calendar.
      const starts: Record<string, string> = {
        'Action plan workbook': 'PK',
        'Action plan document': 'PK',
        'Due dates calendar': 'BEGIN:VCALENDAR',
      };
      for (const [name, start] of Object.entries(starts)) {
        const href = (await tab.getByRole('link', { name }).getAttribute('href'))!;
        expect(href.startsWith(SUBPATH), name).toBe(true);
        const response = await tab.request.get(new URL(href, tab.url()).href);
        expect(response.status(), name).toBe(200);
        expect((await response.body()).subarray(0, start.length).toString('latin1'), name).toBe(start);
      }
    } finally {
      await tab.context().close();
    }
  });
});

describe('the briefing pack as an action plan', () => {
  const rec = recs[1]!;
  const paragraph = report.paragraphs[27]!;
  const due = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${rec.dueDate}T00:00:00Z`));

  for (const width of WIDTHS) {
    it(`should copy a row per item, the recommendation with its due date and the paragraph too (${width} px)`, async () => {
      await page.setViewportSize({ width, height: 844 });
      await page.goto(site.url(`pack/?items=${rec.id},${paragraph.id}`));
      await page.evaluate('navigator.clipboard.writeText("")');
      await page.locator('#pack-plan-copy').click();
      await expect.poll(() => page.locator('#pack-status').textContent()).toBe('Copied table of 2 items.');
      const { rows, text } = await clipboard();
      expect(rows).toHaveLength(3);
      const header = rows[0]!;
      const at = (row: string[], name: string) => row[header.indexOf(name)];
      expect([at(rows[1]!, 'Reference'), at(rows[1]!, 'Due date'), at(rows[1]!, 'Timescale')]).toEqual([
        rec.id,
        due,
        rec.timescaleLabel,
      ]);
      expect(at(rows[2]!, 'Reference')).toBe(`Paragraph ${paragraph.number}`);
      expect(at(rows[2]!, 'Item (as published)')).toContain(paragraph.text.split('\n')[0]!.slice(0, 40));
      expect(text.split('\n')).toHaveLength(3);
    });
  }

  it('should download the same rows as CSV, and carry due dates in the text export', async () => {
    await page.goto(site.url(`pack/?items=${rec.id},${paragraph.id}&title=Scrutiny`));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#pack-plan-csv').click()]);
    expect(download.suggestedFilename()).toBe('scrutiny-action-plan.csv');
    const csv = (await (await download.createReadStream()).toArray()).join('');
    const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.Reference, r['Due date']])).toEqual([
      [rec.id, due],
      [`Paragraph ${paragraph.number}`, ''],
    ]);
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['RAG status', 'Progress notes']));
    await page.locator('#pack-copy').click();
    await expect.poll(() => page.locator('#pack-status').textContent()).toBe('Pack copied as text.');
    expect((await page.evaluate('navigator.clipboard.readText()')) as string).toContain(`due ${due}`);
  });
});
