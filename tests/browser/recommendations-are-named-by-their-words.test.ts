/**
 * Wherever a reader meets a recommendation it is named by its words, its code beside them as a
 * quiet label: its own page's heading and tab title, the recommendations list, the "Supports"
 * lines under paragraphs, a theme's list. At 1280, 390 and 320 px, in light and dark, with and
 * without scripts (none of this needs them).
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceLinks } from '../../src/derive/evidence.ts';
import { openSite, type SiteUnderTest } from '../lib/browser.ts';
import { builtModel } from '../lib/reading-pages.ts';

const report = await builtModel();
const textOf = new Map(report.recommendations.map((r) => [r.id, r.text]));
// Note: a paragraph the recommendation pages list as evidence, to find a "Supports" line.
const supporting = evidenceLinks(report)[0]!;
const supportingParagraph = report.paragraphs.find((p) => p.number === supporting.paragraph)!;

let site: SiteUnderTest;
beforeAll(async () => (site = await openSite()));
afterAll(async () => site?.close());

/** Whether `shown` names the recommendation `id` by its words: its text's opening words (four or more), capitalised, never the code. */
function namesByWords(shown: string, id: string): boolean {
  const words = shown.replace(/\s+/g, ' ').trim().replace(/…$/, '');
  const text = textOf.get(id)!;
  return words.split(' ').length >= 4 && text.toLowerCase().startsWith(words.toLowerCase()) && !words.includes(id) && /^\p{Lu}/u.test(words);
}

/** Each link to a recommendation's page inside `scope`, with the id it goes to and its words. */
async function recommendationLinks(scope: Locator): Promise<{ id: string; words: string; visible: boolean }[]> {
  return scope.locator('a[href*="/recommendations/"]').evaluateAll((links) =>
    links
      .map((a) => ({ id: /\/recommendations\/([^/]+)\/$/.exec(new URL((a as HTMLAnchorElement).href).pathname)?.[1] ?? '', words: a.textContent ?? '', visible: (a as HTMLElement).offsetParent !== null }))
      .filter((link) => link.id !== ''),
  );
}

async function check(page: Page, width: number): Promise<string[]> {
  const problems: string[] = [];
  const expectNamed = (where: string, links: { id: string; words: string; visible: boolean }[]) => {
    if (links.length === 0) problems.push(`${where}: no link to a recommendation`);
    for (const link of links) {
      if (!namesByWords(link.words, link.id)) problems.push(`${where}: ${link.id} is linked as "${link.words.trim()}"`);
      if (!link.visible) problems.push(`${where}: the link to ${link.id} is not shown`);
    }
  };

  const rec = report.recommendations[0]!;
  await page.goto(site.url(`recommendations/${rec.id}/`));
  const heading = await page.locator('h1').innerText();
  if (!namesByWords(heading, rec.id)) problems.push(`the page of ${rec.id} is headed "${heading}"`);
  if (!(await page.title()).startsWith(heading)) problems.push(`the page of ${rec.id} is titled "${await page.title()}"`);
  if (!(await page.locator('.part-name').innerText()).includes(`Recommendation ${rec.id}`)) problems.push(`the page of ${rec.id} does not show its code`);
  const box = (await page.locator('h1').boundingBox())!;
  if (box.x + box.width > width) problems.push(`the heading of ${rec.id} is wider than the screen`);

  await page.goto(site.url('recommendations/'));
  const listed = await recommendationLinks(page.locator('main .rec-list'));
  expectNamed('the recommendations list', listed);
  if (listed.length !== report.recommendations.length) problems.push(`the list links ${listed.length} of ${report.recommendations.length} recommendations`);
  const codes = await page.locator('main .rec-list .rec-code').allTextContents();
  if (codes.join(' ') !== report.recommendations.map((r) => r.id).join(' ')) problems.push('the list does not show each code beside its words');

  await page.goto(site.url(`read/${supportingParagraph.section}/`));
  expectNamed(`the "Supports" line of paragraph ${supporting.paragraph}`, await recommendationLinks(page.locator(`#p${supporting.paragraph} .para-supports`)));

  const theme = report.themes.find((t) => report.recommendations.some((r) => report.outline.find((s) => s.slug === r.section)?.theme === t.id))!;
  await page.goto(site.url(`themes/${theme.id}/`));
  expectNamed(`the theme page of ${theme.id}`, await recommendationLinks(page.locator('main .recommendation-list')));
  return problems;
}

describe('recommendations named by their words', () => {
  for (const width of [1280, 390, 320]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`should be named by their words on their pages and in every list (${width} px, ${colorScheme}, scripts on and off)`, async () => {
        const problems: string[] = [];
        for (const javaScriptEnabled of [true, false]) {
          const context = await site.browser.newContext({ viewport: { width, height: 844 }, colorScheme, javaScriptEnabled });
          try {
            problems.push(...(await check(await context.newPage(), width)).map((p) => `${javaScriptEnabled ? 'scripts on' : 'scripts off'}: ${p}`));
          } finally {
            await context.close();
          }
        }
        expect(problems).toEqual([]);
      });
    }
  }
});
