/**
 * The briefing pack as a new reader finds it: a "Briefing pack" link in the header of every
 * page (with its count when scripts run), buttons that say when an item is in the pack and offer
 * to take it out, a bare /pack/ that reopens the pack being built, actions that cannot be used
 * on an empty pack shown as unavailable, and a pack page that fetches only the items it shows.
 * At 1280, 390 and 320 px, in light and dark, with and without scripts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { PackIndex } from '../../../src/packs/catalogue.ts';
import { COLOUR_RULES, describeViolations, runAxeWithin, WCAG_22_AA } from '../../lib/axe.ts';
import { openShareMenuFor, shownLabel, type SiteUnderTest } from '../../lib/browser.ts';
import { browserTest, describe, expect } from '../../lib/browser-test.ts';
import { BASE_PATH } from '../../lib/built-pages.ts';
import { onePageOfEachKind } from '../../lib/page-kinds.ts';
import { SITE_DIR } from '../../lib/site.ts';

/** The rules whose outcome the colour scheme can change (dark mode only changes colours). */
const WIDTHS = [1280, 390, 320] as const;
const AT_EVERY_WIDTH = '1280, 390 and 320 px';
const index = JSON.parse(await readFile(join(SITE_DIR, 'pack/index.json'), 'utf8')) as PackIndex;
const paragraphIds = index.ids.filter((id) => id.startsWith('p'));
const recommendationId = index.ids.find((id) => !id.startsWith('p'))!;

const samplePaths = (await onePageOfEachKind()).map((page) => page.path);

// One context and tab, with axe installed and the pack left empty, for the header link and
// the empty pack at every width: the width is set and the scheme emulated on it (the site's
// layout is CSS alone: no script measures the screen). Tests that fill a pack, count requests or
// turn scripts off have contexts of their own.
const it = browserTest({ contextOptions: { viewport: { width: 1280, height: 844 } }, axe: true });
// The helpers below work on the file's site and shared tab.
let site: SiteUnderTest;
let shared: { context: BrowserContext; page: Page };
it.beforeAll(({ site: fileSite, context, page }) => {
  site = fileSite;
  shared = { context, page };
});

async function newPage(
  options: { width?: number; colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await site.browser.newContext({
    viewport: { width: options.width ?? 1280, height: 844 },
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  return { context, page: await context.newPage() };
}

/** Axe's violations (installed by installAxe) within `selector` only: the part of the page a test looks at. */
describe('the header\'s "Briefing pack" link', () => {
  it(`should be in the header of every kind of page, on the first screen, with the pack's count (${AT_EVERY_WIDTH})`, async () => {
    const { page } = shared;
    for (const path of samplePaths) {
      await page.setViewportSize({ width: WIDTHS[0], height: 844 });
      await page.goto(site.url(path));
      const link = page.locator('header .site-nav a.pack-counter');
      await expect.poll(() => link.textContent(), { message: path, timeout: 10_000 }).toBe('Briefing pack (0 items)');
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 844 });
        const box = (await link.boundingBox())!;
        expect(box, `${path} at ${width} px`).not.toBeNull();
        expect(box.y + box.height, `${path} at ${width} px`).toBeLessThanOrEqual(844);
        expect(box.x + box.width, `${path} at ${width} px`).toBeLessThanOrEqual(width);
      }
    }
  });

  it('should open /pack/ without scripts, which says packs need them', async () => {
    const { context, page } = await newPage({ width: 390, javaScriptEnabled: false });
    try {
      await page.goto(site.url());
      const link = page.locator('header .site-nav a.pack-counter');
      expect(await link.textContent()).toBe('Briefing pack');
      expect(await link.isVisible()).toBe(true);
      await link.click();
      await page.waitForURL(/\/pack\/$/);
      expect(await page.locator('.pack-noscript').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('the pack being built', () => {
  it('should show in words which items are in it, offer to take them out, and follow every page', async () => {
    const { context, page } = await newPage({ width: 390 });
    try {
      await page.goto(site.url(`recommendations/${recommendationId}/`));
      const toggle = page.locator(`button.pack-toggle[data-pack-item="${recommendationId}"]`);
      const state = page.locator('.rec-tools .pack-state');
      await openShareMenuFor(page, recommendationId);
      expect(await shownLabel(toggle)).toBe('Add to pack');
      expect(await state.isVisible()).toBe(false);
      await toggle.click();
      expect(await shownLabel(toggle)).toBe('Remove from pack');
      expect(
        await page
          .getByRole('button', { name: new RegExp(`^Remove from pack\\s*,\\s*recommendation ${recommendationId}$`) })
          .count(),
      ).toBe(1);
      expect(await state.isVisible()).toBe(true);
      expect(await state.innerText()).toBe('✓ In your pack');
      await expect
        .poll(() => page.locator('#pack-add-status').textContent())
        .toMatch(/added to the briefing pack: 1 item\./);
      // Another kind of page shows the same count.
      await page.goto(site.url('glossary/'));
      expect(await page.locator('a.pack-counter').textContent()).toBe('Briefing pack (1 item)');
      expect(
        new URL((await page.locator('a.pack-counter').getAttribute('href'))!, page.url()).searchParams.get('items'),
      ).toBe(recommendationId);
      // Taking it out, from its page.
      await page.goto(site.url(`recommendations/${recommendationId}/`));
      await openShareMenuFor(page, recommendationId);
      await toggle.click();
      expect(await shownLabel(toggle)).toBe('Add to pack');
      expect(await state.isVisible()).toBe(false);
      expect(await page.locator('a.pack-counter').textContent()).toBe('Briefing pack (0 items)');
    } finally {
      await context.close();
    }
  });

  it('should be reopened by a bare /pack/, its link written into the address', async () => {
    const { context, page } = await newPage({ width: 390 });
    try {
      const chosen = [paragraphIds[3]!, recommendationId];
      await page.goto(site.url(`recommendations/${recommendationId}/`));
      await openShareMenuFor(page, recommendationId);
      await page.locator(`button.pack-toggle[data-pack-item="${recommendationId}"]`).click();
      const section = JSON.parse(await readFile(join(SITE_DIR, `pack/items/${chosen[0]}.json`), 'utf8'))
        .context as string;
      await page.goto(new URL(section, site.server.url).href);
      await openShareMenuFor(page, chosen[0]!);
      await page.locator(`button.pack-toggle[data-pack-item="${chosen[0]}"]`).click();

      await page.goto(site.url('pack/'));
      await page.waitForSelector('#pack-list > li');
      expect(
        await page.locator('#pack-list > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.id)),
      ).toEqual([recommendationId, chosen[0]]);
      expect(new URL(page.url()).searchParams.get('items')).toBe(`${recommendationId},${chosen[0]}`);
      expect(await page.locator('#pack-empty').isVisible()).toBe(false);
      expect(await page.locator('#pack-resume').isVisible()).toBe(false);
      for (const id of ['#pack-copy', '#pack-download', '#pack-print'])
        expect(await page.locator(id).isEnabled(), id).toBe(true);

      // A pack from someone else's link is shown as sent, with the way back to one's own.
      await page.goto(site.url(`pack/?items=${paragraphIds[0]}`));
      await page.waitForSelector('#pack-list > li');
      expect(await page.locator('#pack-resume').innerText()).toBe(
        'This is a pack from a link. Open the pack you are building (2 items)',
      );
    } finally {
      await context.close();
    }
  });
});

describe('an empty pack', () => {
  it(`should say it is empty and show copy, download and print as unavailable (${AT_EVERY_WIDTH}, light and dark)`, async () => {
    const { page } = shared;
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 844 });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(site.url('pack/'));
      await page.locator('#pack-app').waitFor();
      for (const colorScheme of ['light', 'dark'] as const) {
        const where = `${width} px, ${colorScheme}`;
        await page.emulateMedia({ colorScheme });
        expect(await page.locator('#pack-empty').isVisible(), where).toBe(true);
        for (const id of ['#pack-copy', '#pack-download', '#pack-print'])
          expect(await page.locator(id).isDisabled(), `${id}, ${where}`).toBe(true);
        expect(await page.locator('#pack-actions-hint').innerText(), where).toBe(
          'Add an item to copy, download or print the pack.',
        );
        expect(await page.locator('#pack-resume').isVisible(), where).toBe(false);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(width);
        // Axe on the empty pack only (all of WCAG 2.2 AA in light, the colour rules in
        // dark), at each width; the whole page as loaded is checked, light and dark, by
        // every-page-passes-axe-with-no-console-error-or-request-elsewhere.test.ts.
        expect(
          describeViolations(
            await runAxeWithin(
              page,
              ['#pack-app'],
              colorScheme === 'light' ? { tags: WCAG_22_AA } : { rules: COLOUR_RULES },
            ),
          ),
          where,
        ).toEqual([]);
      }
    }
  });
});

describe('the pack page', () => {
  it('should fetch the index and only the items it shows', async () => {
    const { context, page } = await newPage();
    try {
      const chosen = [paragraphIds[27]!, recommendationId, paragraphIds[49]!];
      const fetched: string[] = [];
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.startsWith(`${BASE_PATH}pack/`) && path.endsWith('.json'))
          fetched.push(path.slice(`${BASE_PATH}pack/`.length));
      });
      await page.goto(site.url(`pack/?items=${chosen.join(',')},p999999,${chosen[0]}`));
      await page.waitForSelector('#pack-list > li');
      expect(fetched.sort()).toEqual(['index.json', ...chosen.map((id) => `items/${id}.json`)].sort());
      expect(await page.locator('#pack-list > li').count()).toBe(3);
    } finally {
      await context.close();
    }
  });
});
