import type { APIRoute } from 'astro';
import { normaliseBasePath } from '../lib/base-path.ts';
import { DEFAULT_SITE_URL } from '../lib/site-url.ts';

/**
 * robots.txt as a route rather than a file in public/, so that the sitemap's address follows the
 * base path and SITE_URL. Note: crawlers read robots.txt only at a host's root; under a sub-path a
 * host's own robots.txt should carry this Sitemap line (see the README's "Deploying").
 */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${normaliseBasePath(import.meta.env.BASE_URL)}sitemap.xml`, site ?? DEFAULT_SITE_URL);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
