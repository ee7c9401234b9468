import { chromium, type Browser, type Locator } from 'playwright-core';
import { inject } from 'vitest';
import { siteUrl, type SiteName } from './site.ts';

export interface SiteUnderTest {
  browser: Browser;
  server: { url: string };
  /** A URL on the site: `url('search/')`, relative to the site's base path. */
  url: (path?: string) => string;
  close: () => Promise<void>;
}

/** Connects to the run's Chromium (started by tests/setup/browser.ts). Closing it disconnects. */
export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

/** The run's Chromium, on one of the sites served for this run. */
export async function openSite(name: SiteName = 'root'): Promise<SiteUnderTest> {
  const served = siteUrl(name);
  const browser = await connectBrowser();
  return {
    browser,
    server: { url: served },
    url: (path = '') => served + path.replace(/^\//, ''),
    close: () => browser.close(),
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
