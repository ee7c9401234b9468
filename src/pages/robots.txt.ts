import type { APIRoute } from 'astro';
import { normaliseBasePath } from '../lib/base-path.ts';

/**
 * robots.txt as a route rather than a file in public/, so that the sitemap's address follows the
 * base path and SITE_URL. Without SITE_URL there is no sitemap (it needs absolute addresses), so
 * no Sitemap line. Crawlers read robots.txt only at a host's root; under a sub-path a
 * host's own robots.txt should carry this Sitemap line (see docs/deploying.md).
 */
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site)
    lines.push('', `Sitemap: ${new URL(`${normaliseBasePath(import.meta.env.BASE_URL)}sitemap.xml`, site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
