/** "Find on this page" on a reading page: every match marked and counted, walked, cleared. */
import type { Page } from 'playwright-core';
import { COLOUR_RULES, describeViolations, runAxeWithin, WCAG_22_AA } from '../../lib/axe.ts';
import type { SiteUnderTest } from '../../lib/browser.ts';
import { browserTest, describe, expect } from '../../lib/browser-test.ts';
import { gate } from '../../lib/gate.ts';
import type { PageWatch } from '../../lib/page-watch.ts';
import { builtModel } from '../../lib/reading-pages.ts';

const report = await builtModel();
// The longest section, and the word of six letters or more its paragraphs use most.
const section = [...report.outline].sort((a, b) => b.paragraphs.length - a.paragraphs.length)[0]!;
const tally = new Map<string, number>();
for (const p of report.paragraphs.filter((p) => p.section === section.slug)) {
  for (const word of p.text.toLowerCase().match(/\p{L}{6,}/gu) ?? []) tally.set(word, (tally.get(word) ?? 0) + 1);
}
const word = [...tally].sort((a, b) => b[1] - a[1])[0]![0];
const QUERY = word.toUpperCase(); // matching ignores case

// One context and one tab for every test with scripts on, each test opening the page afresh
// in it (a new context per test cost a renderer process each); only scripts off needs its own.
const it = browserTest({ contextOptions: { viewport: { width: 1280, height: 800 } }, axe: true });
// The tests and helpers below use the file's site, shared tab and its watch.
let site: SiteUnderTest;
let page: Page;
let watch: PageWatch;
it.beforeAll(({ site: fileSite, page: sharedPage, watch: sharedWatch }) => {
  [site, page, watch] = [fileSite, sharedPage, sharedWatch];
});

/** Opens a section's reading page afresh, at the given size, with "Find on this page" unfolded. */
async function open(viewport = { width: 1280, height: 800 }, slug = section.slug) {
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme: 'light' });
  watch.clear();
  await page.goto(site.url(`read/${slug}/`));
  // The control is folded under "Find on this page" until the reader opens it.
  await page.locator('details.find-fold > summary').click();
  return { page, watch, box: page.getByRole('searchbox', { name: 'Find on this page' }) };
}

/**
 * What a reader would count: a word's occurrences (any case, inside longer words too) in the
 * text of each paragraph and recommendation a section's page publishes, by its public id, from
 * the model.
 *
 * Counted from the published text rather than from the page, so the test does not share
 * the script's idea of which elements hold reading text.
 */
function expectedMatches(slug: string, query: string) {
  const occurrences = (text: string) => text.toLowerCase().split(query.toLowerCase()).length - 1;
  const items = [
    ...report.paragraphs.filter((p) => p.section === slug).map((p) => ({ id: p.id, n: occurrences(p.text) })),
    ...report.recommendations.filter((r) => r.section === slug).map((r) => ({ id: r.id, n: occurrences(r.text) })),
  ];
  return {
    ids: items.map((i) => i.id),
    byId: Object.fromEntries(items.filter((i) => i.n > 0).map((i) => [i.id, i.n])),
    total: items.reduce((sum, i) => sum + i.n, 0),
  };
}
const expected = expectedMatches(section.slug, word);

/** The marks on the page, counted by the paragraph or recommendation (of `ids`) they fall in. */
const marksById = (page: Page, ids = expected.ids) =>
  page.evaluate((ids) => {
    const counts: Record<string, number> = {};
    for (const mark of document.querySelectorAll('mark')) {
      let at: Element | null = mark;
      while (at && !ids.includes(at.id)) at = at.parentElement;
      const key = at?.id ?? 'outside the reading text';
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  }, ids);

const currentIndex = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('mark.find-match')].findIndex((m) => m.classList.contains('find-current')),
  );

const count = (page: Page) => page.locator('.find-count[aria-live="polite"]').innerText();

describe('find on this page', () => {
  it('should mark and count every match of the query in the reading text, and nothing else', async () => {
    const { page, watch, box } = await open();
    const n = expected.total;
    expect(n).toBeGreaterThanOrEqual(3);
    await box.fill(QUERY);
    await expect.poll(() => count(page)).toBe(`1 of ${n} matches`);
    const marks = await page.locator('mark').allTextContents();
    expect(marks).toHaveLength(n);
    expect(new Set(marks.map((m) => m.toLowerCase()))).toEqual(new Set([word]));
    expect(await marksById(page)).toEqual(expected.byId);
    // The first match is current, shown by an outline as well as its fill, and on screen.
    expect(await currentIndex(page)).toBe(0);
    const look = await page.evaluate(() => {
      const [current, other] = [
        document.querySelector('mark.find-current')!,
        document.querySelector('mark.find-match:not(.find-current)')!,
      ];
      const box = current.getBoundingClientRect();
      return {
        outline: getComputedStyle(current).outlineStyle,
        fills: [getComputedStyle(current).backgroundColor, getComputedStyle(other).backgroundColor],
        inView: box.top >= 0 && box.bottom <= innerHeight,
      };
    });
    expect(look.outline).toBe('solid');
    expect(look.fills[0]).not.toBe(look.fills[1]);
    expect(look.inView).toBe(true);
    await watch.collectViolations();
    expect([...watch.consoleErrors, ...watch.policyViolations]).toEqual([]);
  });

  it('should move with Enter, Shift+Enter and the buttons, wrapping at both ends', async () => {
    const { page, box } = await open();
    const n = expected.total;
    await box.fill(QUERY);
    await expect.poll(() => currentIndex(page)).toBe(0);
    await box.press('Enter');
    expect(await currentIndex(page)).toBe(1);
    expect(await count(page)).toBe(`2 of ${n} matches`);
    await box.press('Shift+Enter');
    await box.press('Shift+Enter');
    expect(await currentIndex(page)).toBe(n - 1);
    expect(await count(page)).toBe(`${n} of ${n} matches`);
    expect(await page.locator('mark.find-current').evaluate((m) => m.getBoundingClientRect().top < innerHeight)).toBe(
      true,
    );
    await page.getByRole('button', { name: 'Next match' }).click();
    expect(await currentIndex(page)).toBe(0);
    await page.getByRole('button', { name: 'Previous match' }).click();
    expect(await currentIndex(page)).toBe(n - 1);
    expect(await page.locator('mark.find-current').count()).toBe(1);
    // Keyboard only: Enter on the focused Next button moves once; Escape from it clears.
    await page.getByRole('button', { name: 'Next match' }).press('Enter');
    expect(await currentIndex(page)).toBe(0);
    await page.keyboard.press('Escape');
    expect(await page.locator('mark').count()).toBe(0);
  });

  it('should remove every mark and give back the text exactly on Escape, Clear or a new query', async () => {
    const { page, box } = await open();
    const body = page.locator('.reading-body');
    const textNodes = () =>
      body.evaluate((el) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let n = 0;
        while (walker.nextNode()) n++;
        return n;
      });
    const before = { text: await body.innerText(), html: await body.innerHTML(), nodes: await textNodes() };
    const now = async () => ({ text: await body.innerText(), html: await body.innerHTML(), nodes: await textNodes() });

    await box.fill(QUERY);
    await expect.poll(() => page.locator('mark.find-match').count()).toBeGreaterThan(0);
    await box.press('Escape');
    expect(await page.locator('mark').count()).toBe(0);
    expect(await box.inputValue()).toBe('');
    expect(await count(page)).toBe('');
    expect(await now()).toEqual(before);

    await box.fill(word.slice(0, 3));
    await box.fill(QUERY);
    expect(await marksById(page)).toEqual(expected.byId);
    await page.getByRole('button', { name: 'Clear find' }).click();
    expect(await page.locator('mark').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('find-query');
    expect(await now()).toEqual(before);

    await box.fill('no such words anywhere');
    expect(await count(page)).toBe('No matches');
  });

  it('should find words in recommendations too, but not in their ids or in words only screen readers hear', async () => {
    // The section with the most recommendations, and the word of six letters or more they use most.
    const bySection = [...Map.groupBy(report.recommendations, (r) => r.section)].sort(
      (a, b) => b[1].length - a[1].length,
    )[0]!;
    const [slug, recommendations] = bySection;
    const words = new Map<string, number>();
    for (const r of recommendations)
      for (const w of r.text.toLowerCase().match(/\p{L}{6,}/gu) ?? []) words.set(w, (words.get(w) ?? 0) + 1);
    const inRecommendations = [...words].sort((a, b) => b[1] - a[1])[0]![0];
    const { page, box } = await open(undefined, slug);
    for (const query of [inRecommendations, 'Recommendation', recommendations[0]!.id]) {
      const { byId, ids, total } = expectedMatches(slug, query);
      await box.fill(query);
      await expect
        .poll(() => count(page))
        .toBe(total ? `1 of ${total} ${total === 1 ? 'match' : 'matches'}` : 'No matches');
      expect(await marksById(page, ids), query).toEqual(byId);
    }
    expect(expectedMatches(slug, inRecommendations).total).toBeGreaterThanOrEqual(3);
  });

  it('should not be shown with JavaScript off', async () => {
    const noScripts = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await noScripts.newPage();
    await plain.goto(site.url(`read/${section.slug}/`));
    await expect(plain.locator('form.find-in-page').isVisible()).resolves.toBe(false);
    await expect(plain.getByRole('search', { name: 'Find on this page' }).count()).resolves.toBe(0);
    await noScripts.close();
  });

  it('should put the cursor in the box at once, and find what was typed before the finder arrived', async () => {
    const other = await site.browser.newContext();
    const tab = await other.newPage();
    const finder = gate();
    // The page's own scripts pass; what it loads when the fold opens waits for the gate.
    await tab.route(/\/_astro\/.*\.js$/, async (route) => {
      if (!/FindInPage|Base/.test(route.request().url())) await finder.passed;
      await route.continue();
    });
    await tab.goto(site.url(`read/${section.slug}/`));
    await tab.locator('details.find-fold > summary').click();
    // Polled: a fold's toggle event, which moves the cursor, comes a task after the click.
    await expect.poll(() => tab.evaluate(() => document.activeElement?.id)).toBe('find-query');
    await tab.keyboard.type(QUERY);
    finder.open();
    const { total } = expectedMatches(section.slug, QUERY);
    await expect.poll(() => tab.locator('.find-count').textContent()).toBe(`1 of ${total} matches`);
    await other.close();
  });

  it("should say so when the finder cannot load, pointing to the browser's own find", async () => {
    const other = await site.browser.newContext();
    const tab = await other.newPage();
    // The page's own script passes; what it loads when the fold opens is refused.
    let refused = 0;
    await tab.route(/\/_astro\/.*\.js$/, (route) =>
      /FindInPage|Base/.test(route.request().url()) ? route.continue() : (refused++, route.abort()),
    );
    await tab.goto(site.url(`read/${section.slug}/`));
    await tab.locator('details.find-fold > summary').click();
    await expect.poll(() => tab.locator('.find-count').textContent()).toMatch(/could not load.*own find/);
    expect(refused).toBeGreaterThan(0);
    await other.close();
  });

  it('should fit a 320px screen', async () => {
    const { page, box } = await open({ width: 320, height: 640 });
    await box.fill(QUERY);
    await expect.poll(() => page.locator('mark.find-current').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const form = await page.locator('form.find-in-page').boundingBox();
    expect(form!.x + form!.width).toBeLessThanOrEqual(320);
  });

  // The page as loaded is checked in full, light and dark, with every page in
  // every-page-passes-axe-with-no-console-error-or-request-elsewhere.test.ts; here only what
  // finding changes: the unfolded control and the reading text with its marks.
  it('should pass axe (WCAG 2.2 AA; colour rules again in dark mode) in the control and the reading text with matches shown', async () => {
    const { page, box } = await open();
    await box.fill(QUERY);
    await page.getByRole('button', { name: 'Next match' }).focus();
    await expect.poll(() => page.locator('mark.find-current').count()).toBe(1);
    const changed = ['details.find-fold', '.reading-body'];
    const light = describeViolations(await runAxeWithin(page, changed, { tags: WCAG_22_AA }));
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = describeViolations(await runAxeWithin(page, changed, { rules: COLOUR_RULES }));
    expect({ light, dark }).toEqual({ light: [], dark: [] });
  });
});
