/**
 * On a phone (390 and 320 px, touch), search meets readers who do not speak the report's
 * language: an everyday word the report lacks or rarely uses is searched with the report's words
 * for it (from content/thesaurus.json), said in one plain line marked as the site's; an acronym
 * and its expansion find each other's paragraphs; each result is named by its section and number
 * with the words that matched; the answer is announced once typing settles; and the help names
 * no key a phone lacks.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import type { SiteUnderTest } from '../../lib/browser.ts';
import { describe, expect, test as it } from '../../lib/browser-test.ts';
import { builtModel } from '../../lib/reading-pages.ts';
import { readResults, search, searchInPlace } from '../../lib/search.ts';
import { acronymPattern } from '../../../src/lib/acronym-pattern.ts';
import { ThesaurusFile } from '../../../src/search/thesaurus.ts';

const model = await builtModel();
const thesaurus = ThesaurusFile.parse(JSON.parse(await readFile('content/thesaurus.json', 'utf8')));
const entry = (everyday: string) => thesaurus.entries.find((e) => e.everyday === everyday)!;
const squash = (text: string) => text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');

// The tests below use the file's site, and a phone context of their own per describe block.
let site: SiteUnderTest;
it.beforeAll(({ site: fileSite }) => {
  site = fileSite;
});

/**
 * Every result's reference, after asking for more until none are left. A click that finds the
 * button gone (the list was redrawn meanwhile) goes back to asking whether it is there.
 */
async function allRefs(page: Page): Promise<string[]> {
  const more = page.locator('#search-more');
  while (await more.isVisible()) {
    const shown = await page.locator('.search-result').count();
    if (
      !(await more.click({ timeout: 5_000 }).then(
        () => true,
        () => false,
      ))
    )
      continue;
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, shown);
  }
  return (await readResults(page)).results.map((r) => r.ref);
}

for (const width of [390, 320]) {
  describe(`search on a ${width}px touch screen`, () => {
    let context: BrowserContext;
    let page: Page;
    it.beforeAll(async () => {
      context = await site.browser.newContext({ viewport: { width, height: 740 }, hasTouch: true, isMobile: true });
      page = await context.newPage();
    });
    it.afterAll(() => context?.close());

    it("should search the report's words for an everyday phrase it lacks, say so in one line marked as the site's, and find the paragraph", async () => {
      const { report } = entry('money for university');
      const { status, results } = await search(page, site.url, 'money for university');
      expect(status).toContain(`Also searched for: ${report.join(', ')}`);
      expect(status).toMatch(/suggested by this site/);
      // The paragraph that speaks of every one of the report's words comes first.
      const speaks = model.paragraphs.filter((p) => report.every((words) => squash(p.text).includes(words)));
      expect(speaks.length).toBeGreaterThan(0);
      expect(speaks.map((p) => `Paragraph ${p.number}`)).toContain(results[0]?.ref);
    });

    it("should try the report's words for an everyday word it rarely uses, and show which words each result matched", async () => {
      const { report } = entry('jobs');
      const { status, results } = await searchInPlace(page, site.url, 'jobs');
      expect(status).toContain(`Also searched for: ${report.join(', ')}`);
      const matched = await page.locator('.search-result__matched').allInnerTexts();
      expect(matched.length).toBe(results.length);
      // Most results hold one of the report's words, not "jobs", and say which.
      const byTarget = matched.filter((line) => report.some((word) => line.toLowerCase().includes(word)));
      expect(byTarget.length).toBeGreaterThan(results.length / 2);
    });

    it('should leave a word the report uses often as it is, with no line about other words', async () => {
      const { status } = await searchInPlace(page, site.url, 'adoption');
      expect(status).not.toMatch(/Also searched for/);
    });

    it('should name each paragraph result by its section and number', async () => {
      const { results } = await searchInPlace(page, site.url, 'foster parents');
      const titles = new Map(model.outline.map((s) => [s.slug, s.title]));
      const paragraphs = results.filter((r) => r.ref.startsWith('Paragraph '));
      expect(paragraphs.length).toBeGreaterThan(0);
      for (const result of paragraphs) {
        const number = Number(result.ref.slice('Paragraph '.length));
        const section = titles.get(model.paragraphs.find((p) => p.number === number)!.section);
        expect(result.title).toBe(`${section} · paragraph ${number}`);
      }
      // The title fits the screen: no sideways scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });

    it('should announce the answer once, when typing settles, with the everyday-words line in it', async () => {
      await page.goto(site.url('search/'));
      await page.evaluate(`(() => {
        window.announced = [];
        new MutationObserver(() => {
          const text = document.getElementById('search-announce').textContent;
          if (text) window.announced.push(text);
        }).observe(document.getElementById('search-announce'), { childList: true, characterData: true, subtree: true });
      })()`);
      await page.locator('#search-query').pressSequentially('adoption', { delay: 120 });
      await readResults(page);
      await expect.poll(() => page.evaluate('window.announced.length'), { timeout: 5_000 }).toBe(1);
      await page.waitForTimeout(1_500);
      const announced = (await page.evaluate('window.announced')) as string[];
      expect(announced).toHaveLength(1);
      expect(announced[0]).toMatch(/^\d+ results for “adoption”/);
      // The visible status is not a second live region.
      expect(await page.locator('#search-status').getAttribute('aria-live')).toBeNull();

      await page.locator('#search-query').fill('');
      await page.evaluate('window.announced = []');
      await page.locator('#search-query').pressSequentially('jobs', { delay: 120 });
      await expect.poll(() => page.evaluate('window.announced.length'), { timeout: 5_000 }).toBe(1);
      expect(((await page.evaluate('window.announced')) as string[])[0]).toMatch(
        /results for “jobs”.*Also searched for: employment/,
      );
    });

    it('should give help for touch, naming no arrow or "/" key', async () => {
      const help = await page.locator('#search-help').innerText();
      expect(help).toMatch(/phrase in quotes/);
      expect(help).not.toMatch(/[↓↑/]/);
    });
  });
}

describe('search with a keyboard and mouse', () => {
  it('should name the keys in its help', async ({ newContext }) => {
    const context = await newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.url('search/'));
    expect(await page.locator('#search-help').innerText()).toMatch(/↓.*↑.*Enter.*\//s);
    await context.close();
  });
});

describe('acronyms in search', () => {
  let context: BrowserContext;
  let page: Page;
  it.beforeAll(async () => {
    context = await site.browser.newContext({ viewport: { width: 390, height: 740 }, hasTouch: true, isMobile: true });
    page = await context.newPage();
  });
  it.afterAll(() => context?.close());

  it('should find, by either form, every paragraph that uses only the other form of an acronym', async () => {
    const missed: string[] = [];
    for (const { acronym, expansion } of model.acronyms) {
      if (/\s/.test(acronym)) continue;
      const hasAcronym = acronymPattern(acronym);
      const hasExpansion = (text: string) => squash(text).includes(squash(expansion).replace(/s$/, ''));
      const onlyAcronym = model.paragraphs.filter((p) => hasAcronym.test(p.text) && !hasExpansion(p.text));
      const onlyExpansion = model.paragraphs.filter((p) => !hasAcronym.test(p.text) && hasExpansion(p.text));
      for (const [q, wanted] of [
        [expansion, onlyAcronym],
        [acronym, onlyExpansion],
      ] as const) {
        if (wanted.length === 0) continue;
        await searchInPlace(page, site.url, q);
        const refs = await allRefs(page);
        for (const p of wanted)
          if (!refs.includes(`Paragraph ${p.number}`)) missed.push(`"${q}" misses paragraph ${p.number}`);
      }
    }
    expect(missed).toEqual([]);
  });
});
