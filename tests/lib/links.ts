import { LinkChecker, LinkState } from 'linkinator';
import { htmlFiles } from './built-pages.ts';
import { SITES, siteUrl, type SiteName } from './site.ts';

/**
 * Every broken internal link or #fragment in a built site, served as `npm start` serves it:
 * "url (status) linked from page". Every page is a starting point, so pages no link leads to
 * are checked too. Links to other origins are not fetched: tests make no request off this
 * machine (another test forbids loading anything from elsewhere).
 */
export async function brokenLinks(name: SiteName): Promise<string[]> {
  const served = siteUrl(name);
  const origin = new URL(served).origin;
  const starts = (await htmlFiles(SITES[name].outDir)).map((file) => served + file.replace(/(^|\/)index\.html$/, '$1'));
  const result = await new LinkChecker().check({
    path: starts,
    recurse: true,
    checkFragments: true,
    concurrency: 16,
    timeout: 10_000,
    linksToSkip: async (link) => !link.startsWith(origin),
  });
  return result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => `${link.url} (status ${link.status}) linked from ${link.parent}`);
}
