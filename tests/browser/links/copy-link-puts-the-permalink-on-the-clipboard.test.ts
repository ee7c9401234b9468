/**
 * Copy link and Cite, as a reader meets them: a visible "Link copied" beside the button, and a
 * citation panel that shows the citation with its own Copy button, which still works (the text
 * is shown and selected) where the clipboard is refused. At desktop, phone and narrow widths, in
 * light and dark.
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { COLOUR_RULES, describeViolations, runAxeWithin, WCAG_22_AA } from '../../lib/axe.ts';
import type { SiteUnderTest } from '../../lib/browser.ts';
import { browserTest, describe, expect } from '../../lib/browser-test.ts';
import { builtModel } from '../../lib/reading-pages.ts';

const report = await builtModel();
const paragraph = report.paragraphs[1]!;
const recommendation = report.recommendations[0]!;
const WIDTHS = [1280, 390, 320] as const;
const SCHEMES = ['light', 'dark'] as const;
/** The rules whose outcome the colour scheme can change (dark mode only changes colours). */

// One context (the clipboard allowed, axe installed) and one tab for the tests that need
// no special browser; the width is set and the scheme emulated before each page is loaded.
const it = browserTest({
  ownClipboard: true,
  contextOptions: { viewport: { width: 1280, height: 844 }, permissions: ['clipboard-read', 'clipboard-write'] },
  axe: true,
});
// The helpers below work on the file's site and shared tab.
let site: SiteUnderTest;
let page: Page;
it.beforeAll(({ site: fileSite, page: sharedPage }) => {
  site = fileSite;
  page = sharedPage;
});

/** The citation docs/architecture.md documents: publisher, title: authority, published date, the item, URL. */
const citationOf = (item: string, path: string) => {
  const { title, authority, publishedAsPublished } = report.metadata;
  return `Ofsted, ${title}: ${authority}, published ${publishedAsPublished}, ${item}. ${site.url(path)}`;
};

/** Loads `path` in the shared tab at `width` in `colorScheme`, with an empty clipboard. */
async function open(width: number, colorScheme: 'light' | 'dark', path = `read/${paragraph.section}/`): Promise<void> {
  await page.setViewportSize({ width, height: 844 });
  await page.emulateMedia({ colorScheme });
  await page.goto(site.url(path));
  // So a copy the test expects cannot be mistaken for one made before.
  await page.evaluate('navigator.clipboard.writeText("")');
}

/** A tab whose browser refuses both ways of copying: the Clipboard API and execCommand. */
async function openRefused(width: number, path: string): Promise<{ context: BrowserContext; page: Page }> {
  const refused = await site.browser.newContext({ viewport: { width, height: 844 } });
  await refused.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) },
    });
    document.execCommand = () => false;
  });
  const tab = await refused.newPage();
  await tab.goto(site.url(path));
  return { context: refused, page: tab };
}

/** Axe's violations (installed by installAxe) within `selector` only, the part of the page a test opened. */
/**
 * Whether an element is drawn where a reader sees it: inside the viewport's width, at least a
 * line of text high (not a visually hidden 1 px box) and not clipped away.
 */
async function isShown(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const width = page.viewportSize()!.width;
  const clipped = await locator.evaluate(
    (e) => getComputedStyle(e).clip !== 'auto' || getComputedStyle(e).position === 'absolute',
  );
  return (
    box !== null &&
    box.width >= 8 &&
    box.height >= 8 &&
    box.x >= 0 &&
    box.x + box.width <= width + 0.5 &&
    !clipped &&
    (await locator.isVisible())
  );
}

describe('the Copy link and Cite buttons', () => {
  for (const width of WIDTHS) {
    it(`should say "Link copied" beside Copy link, and copy the absolute permalink (${width} px, light and dark)`, async () => {
      for (const scheme of SCHEMES) {
        await open(width, scheme);
        const article = page.locator(`#${paragraph.id}`);
        // The permalink stays a link; Share opens the menu that holds Copy link.
        expect(await article.locator('a.permalink').count()).toBe(1);
        await article.getByRole('button', { name: /^Share/ }).click();
        const button = article.getByRole('button', { name: /^Copy link/ });
        await button.click();
        await expect
          .poll(() => page.evaluate('navigator.clipboard.readText()'), { message: scheme })
          .toBe(site.url(`p/${paragraph.number}/`));
        const note = article.locator('.tool-note', { hasText: 'Link copied' });
        await expect.poll(() => note.count(), { message: scheme }).toBe(1);
        expect(await isShown(page, note), scheme).toBe(true);
        // Beside the button: on the same line, just after it.
        const [b, n] = [(await button.boundingBox())!, (await note.boundingBox())!];
        expect(Math.abs(n.y + n.height / 2 - (b.y + b.height / 2)), scheme).toBeLessThan(b.height);
        expect(n.x, scheme).toBeGreaterThanOrEqual(b.x + b.width);
        await expect
          .poll(() => page.locator('#copy-status[aria-live="polite"]').innerText(), { message: scheme })
          .toBe('Link copied');
      }
    });

    it(`should open a panel showing the citation, whose own button copies it and says so (${width} px, light and dark)`, async () => {
      for (const scheme of SCHEMES) {
        await open(width, scheme);
        const article = page.locator(`#${paragraph.id}`);
        await article.getByRole('button', { name: /^Share/ }).click();
        const cite = article.getByRole('button', { name: /^Cite/ });
        expect(await cite.getAttribute('aria-expanded'), scheme).toBe('false');
        await cite.click();
        expect(await cite.getAttribute('aria-expanded'), scheme).toBe('true');
        const panelId = await cite.getAttribute('aria-controls');
        const panel = page.locator(`#${panelId}`);
        const expected = citationOf(`paragraph ${paragraph.number}`, `p/${paragraph.number}/`);
        expect(await isShown(page, panel), scheme).toBe(true);
        expect(await panel.locator('.cite-text').innerText(), scheme).toBe(expected);
        expect(
          await page.getByRole('group', { name: `Citation of paragraph ${paragraph.number}` }).count(),
          scheme,
        ).toBe(1);
        await panel.getByRole('button', { name: /^Copy citation/ }).click();
        await expect.poll(() => page.evaluate('navigator.clipboard.readText()'), { message: scheme }).toBe(expected);
        const note = panel.locator('.tool-note', { hasText: 'Citation copied' });
        await expect.poll(() => note.count(), { message: scheme }).toBe(1);
        expect(await isShown(page, note), scheme).toBe(true);
        // Axe on the open panel only, all of WCAG 2.2 AA in light and the colour rules in
        // dark; the page as loaded is checked in full by
        // every-page-passes-axe-with-no-console-error-or-request-elsewhere.test.ts.
        expect(
          describeViolations(
            await runAxeWithin(
              page,
              [`#${panelId}`],
              scheme === 'light' ? { tags: WCAG_22_AA } : { rules: COLOUR_RULES },
            ),
          ),
          scheme,
        ).toEqual([]);
        // Cite again (or Escape inside the panel) closes it.
        await cite.click();
        expect(await panel.isVisible(), scheme).toBe(false);
      }
    });
  }

  it('should cite a recommendation in the same format, by its code, from its own page', async () => {
    await open(390, 'light', `recommendations/${recommendation.id}/`);
    await page.getByRole('button', { name: /^Share/ }).click();
    await page.getByRole('button', { name: /^Cite/ }).click();
    const panel = page.locator('.cite-panel:not(.quote-panel)');
    expect(await panel.locator('.cite-text').innerText()).toBe(
      citationOf(`recommendation ${recommendation.id}`, `recommendations/${recommendation.id}/`),
    );
    // Escape in the panel closes it and the Share menu, and puts the cursor back on Share.
    await panel.getByRole('button', { name: /^Copy citation/ }).focus();
    await page.keyboard.press('Escape');
    expect(await panel.isVisible()).toBe(false);
    expect(await page.locator('.share-menu').isVisible()).toBe(false);
    expect(await page.evaluate('document.activeElement.textContent')).toMatch(/^Share/);
  });

  it('should still let a reader copy by hand where the clipboard is refused: the text shown and selected, the cursor kept on the button', async () => {
    const { context, page } = await openRefused(390, `read/${paragraph.section}/`);
    try {
      const article = page.locator(`#${paragraph.id}`);
      await article.getByRole('button', { name: /^Share/ }).click();
      await article.getByRole('button', { name: /^Cite/ }).click();
      const panel = page.locator('.cite-panel:visible');
      // By keyboard, so that a refused copy is seen to leave the cursor on the button pressed.
      const focused = () =>
        page.evaluate(() => document.activeElement?.textContent?.trim() ?? document.activeElement?.tagName);
      await panel.getByRole('button', { name: /^Copy citation/ }).focus();
      await page.keyboard.press('Enter');
      const expected = citationOf(`paragraph ${paragraph.number}`, `p/${paragraph.number}/`);
      await expect.poll(() => page.evaluate('window.getSelection().toString()')).toBe(expected);
      expect(await panel.locator('.tool-note').innerText()).toMatch(/^Could not copy here: the text below is selected/);
      expect(await focused()).toMatch(/^Copy citation/);

      // Copy link, refused, shows the link in the same panel, selected.
      await article.getByRole('button', { name: /^Copy link/ }).focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate('window.getSelection().toString()'))
        .toBe(site.url(`p/${paragraph.number}/`));
      expect(await page.locator('.cite-panel:visible .cite-heading').innerText()).toBe(
        `Link to paragraph ${paragraph.number}`,
      );
      expect(await article.locator('.tool-note').first().innerText()).toBe('Could not copy');
      expect(await focused()).toMatch(/^Copy link/);
    } finally {
      await context.close();
    }
  });
});
