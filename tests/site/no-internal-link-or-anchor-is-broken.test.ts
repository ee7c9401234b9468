import { LinkChecker, LinkState } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-server.ts';
import { BASE_PATH, htmlFiles, pathOfFile } from '../lib/built-pages.ts';
import { SITE_DIR } from '../lib/site.ts';

let server: RunningServer;
beforeAll(async () => {
  // Note: served by the same server as `npm start`, so a link that works here works there,
  // base path included.
  server = await serveStatic({ root: SITE_DIR, base: BASE_PATH });
});
afterAll(() => server?.close());

describe('links in the built site', () => {
  it('should all reach a page, and every #fragment should name an element on it', async () => {
    const origin = new URL(server.url).origin;
    // Note: every page is a starting point, so pages no link leads to are checked too.
    const starts = (await htmlFiles()).map((file) => origin + pathOfFile(file));
    const checker = new LinkChecker();
    const result = await checker.check({
      path: starts,
      recurse: true,
      checkFragments: true,
      concurrency: 16,
      timeout: 10_000,
      // Note: links to other origins (the report's source on gov.uk) are not fetched: tests make
      // no request off this machine. Another test forbids loading anything from elsewhere.
      linksToSkip: async (link) => !link.startsWith(origin),
    });
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.url} (status ${link.status}) linked from ${link.parent}`);
    expect(broken).toEqual([]);
  });
});
