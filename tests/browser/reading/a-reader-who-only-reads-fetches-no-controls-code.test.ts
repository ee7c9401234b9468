/**
 * A reader who only reads fetches what is in sight on arrival and nothing more: the Share buttons,
 * the pack count and the toggletip buttons come with the shell's one script, and what they do is
 * fetched at a reader's first reach for one (src/scripts/lib/on-first-use.ts). The first Share
 * press then brings the menu's actions and "Add to pack" (src/scripts/pack-count.ts), in order.
 */
import type { Page } from 'playwright-core';
import { shownLabel } from '../../lib/browser.ts';
import { browserTest, describe, expect } from '../../lib/browser-test.ts';
import { builtModel } from '../../lib/reading-pages.ts';

const report = await builtModel();
/** The sections with paragraphs, in published order: one of them has marked terms as well. */
const sections = report.outline.filter((s) => s.paragraphs.length > 0).map((s) => s.slug);

const it = browserTest({ contextOptions: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } });

/** The site's scripts a page fetched, by file name without its hash ("permalink-tools"). */
function scriptsFetched(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script')
      names.push(new URL(request.url()).pathname.split('/').at(-1)!.split('.')[0]!);
  });
  return names;
}

describe('a reading page', () => {
  it('should fetch no Share, pack or toggletip code until a reader reaches for a control', async ({
    context,
    site,
  }) => {
    const page = await context.newPage();
    let fetched: string[] = [];
    for (const slug of sections) {
      fetched = scriptsFetched(page);
      await page.goto(site.url(`read/${slug}/`), { waitUntil: 'networkidle' });
      if ((await page.locator('button.toggletip').count()) > 0) break;
      page.removeAllListeners('request');
    }
    expect(await page.locator('button.toggletip').count()).toBeGreaterThan(0);
    expect(await page.locator('button.share-toggle').count()).toBeGreaterThan(0);
    expect(await page.locator('a.pack-counter').textContent()).toBe('Briefing pack (0 items)');
    for (const lazy of ['permalink-tools', 'add-to-pack', 'toggletips', 'quote']) expect(fetched).not.toContain(lazy);

    await page.locator('button.share-toggle').first().tap();
    const menu = page.locator('.share-menu:not([hidden])');
    await expect
      .poll(async () => Promise.all((await menu.locator('button').all()).map(shownLabel)))
      .toEqual(['Copy link', 'Cite', 'Quote', 'Add to pack']);
    expect(fetched).toContain('permalink-tools');
    expect(fetched).toContain('add-to-pack');
    await page.close();
  });
});
