/**
 * The base path a site is deployed under, in the one form every URL helper joins paths onto:
 * starting and ending with "/" ("/", "/explorer/"). Used by the pages' URLs (src/lib/urls.ts),
 * robots.txt, the sitemap integration and the tests' view of a built site.
 *
 * Plain string work with no Astro or Node import, so build code, page code and tests can
 * all use it.
 */
export function normaliseBasePath(base = '/'): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
