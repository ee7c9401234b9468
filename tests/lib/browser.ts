import { inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { siteUrl, type SiteName } from './site.ts';

export interface SiteUnderTest {
  browser: Browser;
  server: { url: string };
  /** A URL on the site: `url('search/')`, relative to the site's base path. */
  url: (path?: string) => string;
  close: () => Promise<void>;
}

/** Opens Chromium (the one tests/setup/browser.ts found) on one of the sites served for this run. */
export async function openSite(name: SiteName = 'root'): Promise<SiteUnderTest> {
  const served = siteUrl(name);
  const browser = await launchChromium(inject('chromiumPath'));
  return {
    browser,
    server: { url: served },
    url: (path = '') => served + path.replace(/^\//, ''),
    close: () => browser.close(),
  };
}
