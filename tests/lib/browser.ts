import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { siteUrl, type SiteName } from './site.ts';

export interface SiteUnderTest {
  browser: Browser;
  server: { url: string };
  /** A URL on the site: `url('search/')`, relative to the site's base path. */
  url: (path?: string) => string;
  /** Disconnects (or, with its own Chromium, closes it); throws if a context opened on it is still open. */
  close: () => Promise<void>;
}

/** Connects to the run's Chromium (started by tests/setup/browser.ts). Closing it disconnects. */
export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

/**
 * The run's Chromium, on one of the sites served for this run. With `ownClipboard`, a Chromium of
 * the file's own instead.
 *
 * A headless Chromium has one clipboard for all its tabs, so two test files running side
 * by side in the run's browser could each read what the other copied; a file that reads the
 * clipboard pays about a second for a browser whose clipboard is its own.
 */
export async function openSite(name: SiteName = 'root', { ownClipboard = false } = {}): Promise<SiteUnderTest> {
  const served = siteUrl(name);
  const browser = ownClipboard ? await launchChromium(inject('chromiumPath')) : await connectBrowser();
  return {
    browser,
    server: { url: served },
    url: (path = '') => served + path.replace(/^\//, ''),
    close: async () => {
      // Counted before closing, which would close them silently: a context a test leaves open
      // keeps its pages and their scripts alive for the rest of the file, on a shared browser.
      const open = browser.contexts().length;
      await browser.close();
      if (open > 0)
        throw new Error(
          `${open} browser context${open === 1 ? ' was' : 's were'} left open on the ${name} site: close every context a test opens (or take one from the newContext fixture, tests/lib/browser-test.ts)`,
        );
    },
  };
}

/** One tab with scripts on and one with them off, each in its own context. */
export interface TabsWithAndWithoutScripts {
  tab: (javaScriptEnabled: boolean) => Page;
  close: () => Promise<void>;
}

/**
 * Opens a tab with scripts and one without, at `viewport`, for a test file to share.
 *
 * Much cheaper than a context per width and colour scheme: the site's layout is CSS alone
 * (no script measures the screen) and its dark mode swaps colours only, so a test resizes
 * (`setViewportSize`) and switches scheme (`emulateMedia`) on these tabs, and sees what a fresh
 * load would show.
 */
export async function openTabsWithAndWithoutScripts(
  site: SiteUnderTest,
  viewport: { width: number; height: number },
): Promise<TabsWithAndWithoutScripts> {
  const tabs = new Map<boolean, Page>();
  for (const javaScriptEnabled of [true, false]) {
    const context = await site.browser.newContext({ viewport, javaScriptEnabled });
    tabs.set(javaScriptEnabled, await context.newPage());
  }
  return {
    tab: (javaScriptEnabled) => tabs.get(javaScriptEnabled)!,
    close: async () => {
      for (const page of tabs.values()) await page.context().close();
    },
  };
}

/** The words a control shows (its text less the words only screen readers hear), spaces squashed. */
export function shownLabel(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/**
 * Opens the Share menu of the item `id` (a paragraph "p12" or a recommendation "sg-3m-4") when it
 * has one and it is closed, as a reader does before pressing Copy link, Cite, Quote or Add to
 * pack. Add to pack arrives with the menu's first opening (src/scripts/pack-count.ts).
 */
export async function openShareMenuFor(page: Page, id: string): Promise<void> {
  const item = page.locator(/^p\d+$/.test(id) ? `[data-para="${id.slice(1)}"]` : `[data-recommendation="${id}"]`);
  const share = item.first().locator('button.share-toggle').first();
  if ((await share.count()) === 0 || (await share.getAttribute('aria-expanded')) === 'true') return;
  await share.click();
}
