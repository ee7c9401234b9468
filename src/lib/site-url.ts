/**
 * The site's public address when the build is not given one (SITE_URL): where `npm start`
 * serves it. Canonical links, share links, robots.txt and sitemap.xml are made absolute against
 * the configured site, which is SITE_URL or this.
 *
 * Note: the one place this default is written; astro.config.mjs, the sitemap integration and
 * robots.txt import it.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** The address to build for: SITE_URL where given (and not blank), else the default. */
export function siteUrl(fromEnvironment: string | undefined): string {
  return fromEnvironment?.trim() || DEFAULT_SITE_URL;
}
