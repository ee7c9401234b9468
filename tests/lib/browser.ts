import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-server.ts';
import { SITE_DIR } from './site.ts';

export { launchChromium };

export interface SiteUnderTest {
  browser: Browser;
  server: RunningServer;
  /** The site's root URL, ending in "/" (includes the base path). */
  url: (path?: string) => string;
  close: () => Promise<void>;
}

/** Serves the built site on a free loopback port and opens Chromium on it. */
export async function openSite(options: { root?: string; base?: string } = {}): Promise<SiteUnderTest> {
  const server = await serveStatic({ root: options.root ?? SITE_DIR, base: options.base ?? '/' });
  const browser = await launchChromium();
  return {
    browser,
    server,
    url: (path = '') => server.url + path.replace(/^\//, ''),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
