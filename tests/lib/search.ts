import type { Page } from 'playwright-core';

export interface SeenResult {
  title: string;
  /**
   * How a reader cites the result: "Paragraph 35" for a paragraph (its number read from its
   * link, as its title names it by section: "Staying safe · paragraph 35"), the code its link
   * names for a recommendation ("sg-3m-4"), whose title is its opening words.
   */
  ref: string;
  href: string;
  context: string;
  excerpt: string;
  marks: string[];
}

/**
 * Waits until the search page has answered (its status names results) and has drawn them all
 * (its list is no longer busy; results are drawn one by one as their fragments arrive), or,
 * with `orUnavailable`, until it says search could not load.
 */
export async function waitForAnswer(page: Page, { timeout = 10_000, orUnavailable = false } = {}): Promise<void> {
  await page.waitForFunction(
    (orUnavailable) => {
      const status = document.getElementById('search-status')?.textContent ?? '';
      if (orUnavailable && /could not load/i.test(status)) return true;
      return /\bresults?\b/i.test(status) && !document.getElementById('search-results')?.hasAttribute('aria-busy');
    },
    orUnavailable,
    { timeout },
  );
}

/** Waits until the search page has answered and drawn its results (waitForAnswer), and reads them. */
export async function readResults(page: Page): Promise<{ status: string; results: SeenResult[] }> {
  await waitForAnswer(page);
  const status = (await page.locator('#search-status').textContent()) ?? '';
  const results = await page.locator('.search-result').evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('h3')?.textContent?.trim() ?? '',
      href: item.querySelector('a')?.getAttribute('href') ?? '',
      context: item.querySelector('.search-result__context')?.textContent ?? '',
      excerpt: item.querySelector('.search-result__excerpt')?.textContent ?? '',
      marks: [...item.querySelectorAll('.search-result__excerpt mark')].map((mark) => mark.textContent ?? ''),
    })),
  );
  const refOf = (href: string, title: string) => {
    const paragraph = /#p(\d+)$/.exec(href)?.[1];
    return /\/recommendations\/([^/?#]+)\//.exec(href)?.[1] ?? (paragraph ? `Paragraph ${paragraph}` : title);
  };
  return { status, results: results.map((r) => ({ ...r, ref: refOf(r.href, r.title) })) };
}

/** Opens /search/?q=... (plus any other parameters) and reads the answer. */
export async function search(page: Page, siteUrl: (path?: string) => string, q: string, extra = '') {
  await page.goto(siteUrl(`search/?q=${encodeURIComponent(q)}${extra}`));
  return readResults(page);
}

/** The count in the status line ("12 results for ..."), 0 for "No results". */
export const countOf = (status: string) => Number(/^(\d+)/.exec(status)?.[1] ?? 0);

/**
 * Searches for `q` (plus any other parameters) as opening /search/?q=… does, but, when the tab is
 * already on the search page, without loading it again: the address changes and the page handles
 * it as it handles Back and Forward (popstate), which runs the same search an arrival runs. One
 * load of the page (and of its index) then serves many queries. Elsewhere it opens the page.
 *
 * The status is emptied first, so that readResults waits for this query's answer, not the
 * last one's. What an arrival does besides searching (focus in the box) is not done here: a test
 * of that opens the page with `search` (tests/lib/search.ts).
 */
export async function searchInPlace(page: Page, siteUrl: (path?: string) => string, q: string, extra = '') {
  const href = siteUrl(`search/?q=${encodeURIComponent(q)}${extra}`);
  if (page.url().split(/[?#]/)[0] !== href.split('?')[0]) return search(page, siteUrl, q, extra);
  // A string, not a function: Vitest rewrites functions passed to the browser.
  await page.evaluate(`
    document.getElementById('search-status').textContent = '';
    history.pushState(null, '', ${JSON.stringify(href)});
    dispatchEvent(new PopStateEvent('popstate'));
  `);
  return readResults(page);
}
