/**
 * The site's public address, where the build is told it (SITE_URL). Without it the build makes
 * no absolute URL at all: it leaves out what needs one (canonical links, og:url, sitemap.xml and
 * robots.txt's Sitemap line) and uses site-relative paths in data; printed pages show the
 * address they were printed from. A guessed default would put an address such as localhost
 * into published files.
 *
 * Astro.config.mjs reads SITE_URL through this, the one place that interprets it.
 */
export function siteUrl(fromEnvironment: string | undefined): string | undefined {
  const given = fromEnvironment?.trim();
  if (!given) return undefined;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`SITE_URL must be an absolute address such as https://example.org, not "${given}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must be an http or https address such as https://example.org, not "${given}"`);
  }
  return url.origin;
}

/** What a build without SITE_URL leaves out, said once by the sitemap integration. */
export const WITHOUT_SITE_URL =
  'SITE_URL is not set: left out canonical links, og:url, sitemap.xml and the Sitemap line of robots.txt; data files use site-relative URLs (set SITE_URL=https://… to include them)';
