/**
 * Search forgives a reader: a whole question, or a word one or two letters out, still leads to
 * the paragraph that answers it, and the page says in plain words what it did with the query.
 * The queries are readers' own (tests/fixtures/reader-queries.json), not the report's sentences.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { SiteUnderTest } from '../../lib/browser.ts';
import { browserTest, describe, expect } from '../../lib/browser-test.ts';
import type { PageWatch } from '../../lib/page-watch.ts';
import { readResults, searchInPlace } from '../../lib/search.ts';

interface ReaderQuery {
  q: string;
  top?: string[];
  means?: string;
}
const fixture = JSON.parse(readFileSync('tests/fixtures/reader-queries.json', 'utf8')) as {
  questions: ReaderQuery[];
  misspellings: ReaderQuery[];
};

const it = browserTest();
// The tests and helpers below use the file's site and shared tab.
let site: SiteUnderTest;
let page: Page;
let watch: PageWatch;

it.beforeAll(({ site: fileSite, page: sharedPage, watch: fileWatch }) => {
  [site, page, watch] = [fileSite, sharedPage, fileWatch];
});

// One page for every query, each asked in place (tests/lib/search.ts) rather than
// by loading the search page and its index again.
const ask = (q: string) => searchInPlace(page, site.url, q);

const topThree = (results: { ref: string }[]) => results.slice(0, 3).map((r) => r.ref);
/** The references of the top three that are among the expected ones (empty: none of them made it). */
const expectedInTopThree = (results: { ref: string }[], expected: string[]) =>
  topThree(results).filter((ref) => expected.includes(ref));

describe('whole questions', () => {
  it.each(fixture.questions)('should answer “$q” in the top three', async ({ q, top }) => {
    const { status, results } = await ask(q);
    expect(status).not.toMatch(/^No results/);
    expect(expectedInTopThree(results, top!), `top three: ${topThree(results).join(', ')}`).not.toEqual([]);
  });

  it('should say when no paragraph has every word, and rank those with most of them first', async () => {
    const { status, results } = await ask('is bullying a problem in schools');
    expect(status).toContain('No paragraph has all of these words; these have most of them.');
    expect(results[0]?.ref).toBe('Paragraph 35');
    expect(results[0]?.marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['bullying', 'schools']));
  });

  it('should name a word no paragraph or recommendation uses, rather than search a shorter one', async () => {
    const alone = await ask('homeless');
    expect(alone.status).toContain('No paragraph or recommendation uses the word homeless.');
    // What it finds, it finds by the report's own words for it (content/thesaurus.json), never by "home".
    for (const result of alone.results.slice(0, 10))
      expect(result.marks.join(' ').toLowerCase()).not.toMatch(/\bhome\b/);
    const withOthers = await ask('homeless children in care');
    expect(withOthers.status).toContain('No paragraph or recommendation uses the word homeless.');
    for (const result of withOthers.results.slice(0, 10))
      expect(result.marks.join(' ').toLowerCase()).not.toMatch(/\bhome\b/);
  });
});

describe('misspellings', () => {
  it.each(fixture.misspellings)(
    'should correct “$q” to “$means” and find what that finds',
    async ({ q, means, top }) => {
      const corrected = await ask(q);
      expect(corrected.status).toContain(`Showing results for ${means}. Search instead for ${q}.`);
      const intended = await ask(means!);
      expect(topThree(corrected.results)).toEqual(topThree(intended.results));
      if (top)
        expect(
          expectedInTopThree(corrected.results, top),
          `top three: ${topThree(corrected.results).join(', ')}`,
        ).not.toEqual([]);
    },
  );

  it('should never correct a word the report uses, in any of its forms', async () => {
    for (const q of ['safe', 'schools', 'bullied', 'IROs', 'apprenticeship']) {
      const { status, results } = await ask(q);
      expect(status, q).not.toContain('Showing results for');
      expect(results.length, q).toBeGreaterThan(0);
    }
  });

  it('should search the words as typed when the reader asks, and say the report never uses them', async () => {
    await ask('safegaurding');
    await page.getByRole('link', { name: 'safegaurding' }).click();
    await page.waitForFunction(() => /No results/.test(document.getElementById('search-status')?.textContent ?? ''));
    const { status, results } = await readResults(page);
    expect(status).toMatch(/^No results for “safegaurding”\./);
    expect(status).toContain('No paragraph or recommendation uses the word safegaurding.');
    expect(results).toEqual([]);
    expect(new URL(page.url()).searchParams.get('spelling')).toBe('as-typed');
    expect(await page.locator('#search-query').inputValue()).toBe('safegaurding');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    // Back returns to the corrected search.
    await page.goBack();
    await page.waitForFunction(() =>
      /Showing results for/.test(document.getElementById('search-status')?.textContent ?? ''),
    );
  });

  it('should correct a word as it is typed in the box, not only on arrival', async () => {
    await page.goto(site.url('search/'));
    await page.locator('#search-query').pressSequentially('teenage pregnacy', { delay: 20 });
    await page.waitForFunction(() =>
      /Showing results for teenage pregnancy/.test(document.getElementById('search-status')?.textContent ?? ''),
    );
    expect(topThree((await readResults(page)).results)).toContain('Paragraph 55');
  });

  it('should raise no script error on the way', () => {
    expect(watch.consoleErrors).toEqual([]);
  });
});
