/**
 * Wherever a reader meets a recommendation it is named by its words, its code beside them as a
 * quiet label: its own page's heading, tab title and breadcrumb trail, the recommendations list,
 * the "finding behind" lines under paragraphs, a theme's list. At 1280, 390 and 320 px, in light and
 * dark, with and without scripts (none of this needs them).
 */
import type { Locator, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import type { SiteUnderTest, TabsWithAndWithoutScripts } from '../../lib/browser.ts';
import { browserTest, describe, expect } from '../../lib/browser-test.ts';
import { builtModel } from '../../lib/reading-pages.ts';

const report = await builtModel();
const textOf = new Map(report.recommendations.map((r) => [r.id, r.text]));
// A paragraph the review names as a recommendation's finding, to find the line under it.
const review = JSON.parse(await readFile('content/recommendation-findings.json', 'utf8')) as {
  recommendations: { findings: { paragraph: number }[] }[];
};
const supporting = review.recommendations.flatMap((r) => r.findings)[0]!;
const supportingParagraph = report.paragraphs.find((p) => p.number === supporting.paragraph)!;
const WIDTHS = [1280, 390, 320] as const;
const SCHEMES = ['light', 'dark'] as const;

// One tab with scripts and one without. Each page is loaded once, then looked at in every
// width and scheme (tests/lib/browser.ts says why that shows what a load would).
const it = browserTest({ contextOptions: { viewport: { width: WIDTHS[0], height: 844 } } });
// The tests and helpers below use the file's site and tabs.
let site: SiteUnderTest;
let tabs: TabsWithAndWithoutScripts;
it.beforeAll(({ site: fileSite, tabs: fileTabs }) => {
  [site, tabs] = [fileSite, fileTabs];
});

/** Whether `shown` names the recommendation `id` by its words: its text's opening words (four or more), capitalised, never the code. */
function namesByWords(shown: string, id: string): boolean {
  const words = shown.replace(/\s+/g, ' ').trim().replace(/…$/, '');
  const text = textOf.get(id)!;
  return (
    words.split(' ').length >= 4 &&
    text.toLowerCase().startsWith(words.toLowerCase()) &&
    !words.includes(id) &&
    /^\p{Lu}/u.test(words)
  );
}

/** Each link to a recommendation's page inside `scope`, with the id it goes to and its words. */
async function recommendationLinks(scope: Locator): Promise<{ id: string; words: string; visible: boolean }[]> {
  return scope.locator('a[href*="/recommendations/"]').evaluateAll((links) =>
    links
      .map((a) => ({
        id: /\/recommendations\/([^/]+)\/$/.exec(new URL((a as HTMLAnchorElement).href).pathname)?.[1] ?? '',
        words: a.textContent ?? '',
        visible: (a as HTMLElement).offsetParent !== null,
      }))
      .filter((link) => link.id !== ''),
  );
}

/** Loads `path`, then runs `read(width)` on it at each width, in light and in dark; its problems say where. */
async function everywhere(page: Page, path: string, read: (width: number) => Promise<string[]>): Promise<string[]> {
  await page.setViewportSize({ width: WIDTHS[0], height: 844 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(site.url(path));
  const problems: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 844 });
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      problems.push(...(await read(width)).map((p) => `${width} px, ${colorScheme}: ${p}`));
    }
  }
  return problems;
}

async function check(page: Page): Promise<string[]> {
  const named = (where: string, links: { id: string; words: string; visible: boolean }[]) => {
    const problems: string[] = [];
    if (links.length === 0) problems.push(`${where}: no link to a recommendation`);
    for (const link of links) {
      if (!namesByWords(link.words, link.id)) problems.push(`${where}: ${link.id} is linked as "${link.words.trim()}"`);
      if (!link.visible) problems.push(`${where}: the link to ${link.id} is not shown`);
    }
    return problems;
  };

  const rec = report.recommendations[0]!;
  const problems = await everywhere(page, `recommendations/${rec.id}/`, async (width) => {
    const found: string[] = [];
    const heading = await page.locator('h1').innerText();
    if (!namesByWords(heading, rec.id)) found.push(`the page of ${rec.id} is headed "${heading}"`);
    if (!(await page.title()).startsWith(heading))
      found.push(`the page of ${rec.id} is titled "${await page.title()}"`);
    const crumb = await page.locator('.breadcrumbs [aria-current="page"]').innerText();
    if (!namesByWords(crumb, rec.id)) found.push(`the breadcrumb trail of ${rec.id} ends in "${crumb}"`);
    if (!(await page.locator('.part-name').innerText()).includes(`Recommendation ${rec.id}`))
      found.push(`the page of ${rec.id} does not show its code`);
    const box = (await page.locator('h1').boundingBox())!;
    if (box.x + box.width > width) found.push(`the heading of ${rec.id} is wider than the screen`);
    return found;
  });

  problems.push(
    ...(await everywhere(page, 'recommendations/', async () => {
      const listed = await recommendationLinks(page.locator('main .rec-list'));
      const found = named('the recommendations list', listed);
      if (listed.length !== report.recommendations.length)
        found.push(`the list links ${listed.length} of ${report.recommendations.length} recommendations`);
      const codes = await page.locator('main .rec-list .rec-code').allTextContents();
      if (codes.join(' ') !== report.recommendations.map((r) => r.id).join(' '))
        found.push('the list does not show each code beside its words');
      return found;
    })),
  );

  problems.push(
    ...(await everywhere(page, `read/${supportingParagraph.section}/`, async () =>
      named(
        `the "finding behind" line of paragraph ${supporting.paragraph}`,
        await recommendationLinks(page.locator(`#p${supporting.paragraph} .para-supports`)),
      ),
    )),
  );

  // A theme whose sections hold a paragraph the review names as a finding: its page lists that recommendation.
  const theme = report.themes.find(
    (t) => report.outline.find((s) => s.slug === supportingParagraph.section)?.theme === t.id,
  )!;
  problems.push(
    ...(await everywhere(page, `themes/${theme.id}/`, async () =>
      named(`the theme page of ${theme.id}`, await recommendationLinks(page.locator('main .recommendation-list'))),
    )),
  );
  return problems;
}

describe('recommendations named by their words', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`should be named by their words on their pages and in every list (1280, 390 and 320 px, light and dark, scripts ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      expect(await check(tabs.tab(javaScriptEnabled))).toEqual([]);
    });
  }
});
