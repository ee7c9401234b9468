import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { CatalogueEntry, PackIndex } from '../../../src/packs/catalogue.ts';
import { COLOUR_RULES, describeViolations, runAxeWithin, WCAG_22_AA } from '../../lib/axe.ts';
import { BASE_PATH } from '../../lib/built-pages.ts';
import { openShareMenuFor, shownLabel, type SiteUnderTest } from '../../lib/browser.ts';
import { browserTest, describe, expect } from '../../lib/browser-test.ts';
import type { PageWatch } from '../../lib/page-watch.ts';
import { SITE_DIR } from '../../lib/site.ts';

/** The rules whose outcome the colour scheme can change (dark mode only changes colours). */

// The items come from the built pack data, so the test follows whatever report was built.
const catalogue = JSON.parse(await readFile(join(SITE_DIR, 'pack/index.json'), 'utf8')) as PackIndex & {
  items: CatalogueEntry[];
};
catalogue.items = await Promise.all(
  catalogue.ids.map(
    async (id) => JSON.parse(await readFile(join(SITE_DIR, `pack/items/${id}.json`), 'utf8')) as CatalogueEntry,
  ),
);
const paragraphs = catalogue.items.filter((e) => e.kind === 'paragraph' && catalogue.sections[e.section]?.grade);
const first = paragraphs[0]!;
// A paragraph from another section, so the pack is built across two reading pages.
const second = paragraphs.find((e) => e.section !== first.section)!;
const recommendation = catalogue.items.find((e) => e.kind === 'recommendation')!;
const chosen = [first, second, recommendation];

const it = browserTest({ ownClipboard: true, axe: true });
// The helpers below work on the file's site and shared tab.
let site: SiteUnderTest;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

const at = (path: string) => new URL(path, site.server.url).href;
/**
 * The citation a reader should get for an item, in the format docs/architecture.md documents (the one the
 * Cite buttons on reading and recommendation pages copy): on the page, in text and in Markdown.
 */
const citationOf = (entry: CatalogueEntry, url = at(entry.permalink)) => {
  const { title, authority, publishedAsPublished } = catalogue.report;
  const item = entry.kind === 'paragraph' ? `paragraph ${entry.id.replace(/^p/, '')}` : `recommendation ${entry.id}`;
  return `Ofsted, ${title}: ${authority}, published ${publishedAsPublished}, ${item}. ${url}`;
};
/** The ids the pack page lists, in the order shown. */
const listed = () =>
  page.locator('#pack-list > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.id));

async function addFrom(path: string, entry: CatalogueEntry, expectedCount: number): Promise<void> {
  await page.goto(at(path));
  const toggle = page.locator(`button.pack-toggle[data-pack-item="${entry.id}"]`);
  await openShareMenuFor(page, entry.id);
  expect(await shownLabel(toggle)).toBe('Add to pack');
  await toggle.click();
  // The button now says the item is in the pack and offers to take it out, in words, and the
  // item says so on its tools line, in sight with the Share menu closed.
  expect(await shownLabel(toggle)).toBe('Remove from pack');
  const item = page.locator(`[data-para="${entry.id.replace(/^p/, '')}"], [data-recommendation="${entry.id}"]`).first();
  expect(await item.locator('.pack-state').filter({ visible: true }).innerText()).toBe('✓ In your pack');
  expect(await page.locator('.pack-counter').textContent()).toBe(
    `Briefing pack (${expectedCount} ${expectedCount === 1 ? 'item' : 'items'})`,
  );
}

it.beforeAll(async ({ site: fileSite, context: sharedContext, page: sharedPage, watch: sharedWatch }) => {
  [site, context, page, watch] = [fileSite, sharedContext, sharedPage, sharedWatch];
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
});

describe('a briefing pack, in Chromium', () => {
  it('should be built by clicking "Add to pack" on reading and recommendation pages', async () => {
    await addFrom(first.context!, first, 1);
    await addFrom(second.context!, second, 2);
    await addFrom(recommendation.permalink, recommendation, 3);

    await page.locator('.pack-counter').click();
    await page.waitForSelector('#pack-list > li');
    expect(new URL(page.url()).searchParams.get('items')).toBe(chosen.map((e) => e.id).join(','));
    expect(await listed()).toEqual(chosen.map((e) => e.id));
  });

  it('should show each item with its section, grade as word and number, text and permalink', async () => {
    const item = page.locator(`#pack-list > li[data-id="${first.id}"]`);
    const section = catalogue.sections[first.section]!;
    expect(await item.locator('h3').textContent()).toBe(first.label);
    // A recommendation is named by its words with its code beside them, and where it stands is
    // its part's areas for improvement, with no grade: the report grades areas, not recommendations.
    const rec = page.locator(`#pack-list > li[data-id="${recommendation.id}"]`);
    expect(await rec.locator('h3').textContent()).toBe(recommendation.label);
    expect(recommendation.label).not.toContain(recommendation.id);
    expect(await rec.locator('.pack-item-code').textContent()).toMatch(
      new RegExp(`^Recommendation ${recommendation.id}\\b`),
    );
    const place = await rec.locator('.pack-item-place').textContent();
    expect(place).toMatch(/areas for improvement \(paragraph \d+\)$/i);
    expect(await rec.locator('.grade').count()).toBe(0);
    expect(await rec.locator('.pack-item-meta').textContent()).not.toMatch(
      /grade \d|Outstanding|Good|Adequate|Inadequate/,
    );
    const meta = await item.locator('.pack-item-meta').textContent();
    expect(meta).toContain(section.title);
    // The grade's own text exactly, so "Adequate" cannot pass inside "Inadequate".
    expect(await item.locator('.pack-item-meta .grade').textContent()).toBe(
      `${section.grade!.label}, grade ${section.grade!.grade}`,
    );
    const firstRun = first.blocks[0]!.type === 'text' ? first.blocks[0]!.runs[0]!.text : '';
    expect(await item.locator('.pack-item-text').textContent()).toContain(firstRun);
    expect(await item.locator('.pack-item-link a').first().textContent()).toBe(at(first.permalink));
  });

  it('should reorder by keyboard, keep focus on the moved item and announce the move', async () => {
    await page.locator(`#pack-list > li[data-id="${first.id}"] [data-action="down"]`).focus();
    await page.keyboard.press('Enter');
    expect(await listed()).toEqual([second.id, first.id, recommendation.id]);
    expect(
      await page.evaluate(
        'document.activeElement.closest("li").dataset.id + " " + document.activeElement.dataset.action',
      ),
    ).toBe(`${first.id} down`);
    await page.keyboard.press('Space');
    expect(await listed()).toEqual([second.id, recommendation.id, first.id]);
    await expect.poll(() => page.locator('#pack-status').textContent()).toMatch(/moved to position 3 of 3/);
    // At the bottom, "Move down" stays focused but does nothing.
    await page.keyboard.press('Enter');
    expect(await listed()).toEqual([second.id, recommendation.id, first.id]);
    expect(await page.evaluate('document.activeElement.getAttribute("aria-disabled")')).toBe('true');
  });

  it('should keep the order, title and note in the URL, so a reload gives the same pack', async () => {
    await page.locator('#pack-title').fill('Board meeting: 3 items & a note');
    await page.locator('#pack-note').fill('Read before Tuesday.');
    const address = page.url();
    expect(new URL(address).searchParams.get('title')).toBe('Board meeting: 3 items & a note');
    await page.reload();
    await page.waitForSelector('#pack-list > li');
    expect(await listed()).toEqual([second.id, recommendation.id, first.id]);
    expect(await page.locator('#pack-title').inputValue()).toBe('Board meeting: 3 items & a note');

    const fresh = await context.newPage();
    await fresh.goto(address);
    await fresh.waitForSelector('#pack-list > li');
    expect(
      await fresh.locator('#pack-list > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.id)),
    ).toEqual([second.id, recommendation.id, first.id]);
    await fresh.close();
  });

  it('should show report order on request without losing the user order', async () => {
    await page.getByLabel('In report order').check();
    expect(await listed()).toEqual(chosen.map((e) => e.id));
    expect(new URL(page.url()).searchParams.get('order')).toBe('report');
    await page.getByLabel('In your order').check();
    expect(await listed()).toEqual([second.id, recommendation.id, first.id]);
  });

  it('should copy as text and download as Markdown, both with citations', async () => {
    await page.locator('#pack-copy').click();
    await expect.poll(() => page.locator('#pack-status').textContent()).toBe('Pack copied as text.');
    const text = (await page.evaluate('navigator.clipboard.readText()')) as string;
    expect(text.startsWith('Board meeting: 3 items & a note\n\nRead before Tuesday.')).toBe(true);
    expect(text.split('\n')).toContain(`[3] ${citationOf(first)}`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#pack-download').click()]);
    expect(download.suggestedFilename()).toBe('board-meeting-3-items-a-note.md');
    // Read as a stream: the run's browser is shared over a connection (tests/setup/browser.ts),
    // so the downloaded file is not on a path this process can open.
    const markdown = (await (await download.createReadStream()).toArray()).join('');
    expect(markdown.startsWith('# Board meeting: 3 items \\& a note')).toBe(false); // "&" alone is not an entity
    expect(markdown.startsWith('# Board meeting: 3 items & a note\n')).toBe(true);
    expect(markdown).toContain('## Citations');
    expect(markdown).toContain(`<${at(recommendation.permalink)}>`);
    expect(markdown.split('\n')).toContain(`3. ${citationOf(first, `<${at(first.permalink)}>`)}`);
  });

  it('should print as a briefing: no site navigation, with title, citations and the source notice', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('.site-nav').isVisible()).toBe(false);
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.locator('.pack-item-tools').first().isVisible()).toBe(false);
      expect(await page.locator('#pack-print-title').textContent()).toBe('Board meeting: 3 items & a note');
      expect(await page.locator('#pack-print-title').isVisible()).toBe(true);
      const citations = page.locator('#pack-citation-list > li');
      expect(await citations.count()).toBe(3);
      expect(await citations.nth(2).isVisible()).toBe(true);
      expect(await citations.nth(2).textContent()).toBe(citationOf(first));
      expect(await page.locator('.pack-source').isVisible()).toBe(true);
      expect(await page.locator('.pack-source').textContent()).toContain(catalogue.report.reproduction);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('should pass axe (WCAG 2.2 AA in light, its colour rules in dark) with items in it, and break no policy', async () => {
    // The pack with items in it; the page around it is checked by the every-page axe test.
    const light = describeViolations(await runAxeWithin(page, ['#pack-app'], { tags: WCAG_22_AA }));
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      const dark = describeViolations(await runAxeWithin(page, ['#pack-app'], { rules: COLOUR_RULES }));
      expect({ light, dark }).toEqual({ light: [], dark: [] });
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
    await watch.collectViolations();
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.policyViolations).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  it('should list unknown and malformed items as such, and keep them in the URL', async () => {
    const address = at(`${BASE_PATH}pack/?items=${first.id},p999999,not-an-id!,${recommendation.id}`);
    await page.goto(address);
    await page.waitForSelector('#pack-list > li');
    expect(await listed()).toEqual([first.id, recommendation.id]);
    expect(await page.locator('#pack-problems').isVisible()).toBe(true);
    const problems = await page.locator('#pack-problem-list > li').allTextContents();
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('“p999999”');
    expect(problems[0]).toContain('no such paragraph');
    expect(problems[1]).toContain('“not-an-id!”');
    // Moving a found item keeps the others where the sender put them.
    await page.locator(`#pack-list > li[data-id="${recommendation.id}"] [data-action="up"]`).click();
    expect(new URL(page.url()).searchParams.get('items')).toBe(`${recommendation.id},p999999,not-an-id!,${first.id}`);
    // The list and the problems it shows; the page as loaded is checked by the every-page axe test.
    expect(describeViolations(await runAxeWithin(page, ['#pack-app'], { tags: WCAG_22_AA }))).toEqual([]);
  });
});

describe('briefing packs without JavaScript', () => {
  it('should explain that packs need scripts, link to the contents, and show no pack controls', async ({
    newContext,
  }) => {
    const noScript = await newContext({ javaScriptEnabled: false });
    try {
      const plain = await noScript.newPage();
      await plain.goto(at(`${BASE_PATH}pack/?items=${first.id}`));
      expect(await plain.locator('#pack-app').isVisible()).toBe(false);
      expect(await plain.locator('.pack-noscript').isVisible()).toBe(true);
      expect(await plain.locator('.pack-noscript').textContent()).toMatch(/^\s*Briefing packs need JavaScript/);
      expect(await plain.locator('.pack-noscript a').first().getAttribute('href')).toBe(`${BASE_PATH}read/`);
      await plain.goto(at(first.context!));
      expect(await plain.locator('.pack-toggle').count()).toBe(0);
      expect(await plain.locator('.pack-counter').textContent()).toBe('Briefing pack');
    } finally {
      await noScript.close();
    }
  });
});
