/**
 * Where a request for a folder of the site without its trailing slash goes: `/read` to `/read/`,
 * as static hosts (Netlify, GitHub Pages, S3 websites) answer it, where Astro's preview server
 * answers 404. A reader who types or shares an address without the slash reaches the page.
 *
 * Only for a folder the build wrote an `index.html` in, and only for a path the request guard
 * (request-guard.ts) has let through: it decodes, and names no dot segment or encoded slash.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The address to redirect `url` (a request line's target) to, or undefined to serve it as it is. */
export function slashRedirect(url: string, outDir: string, base: string): string | undefined {
  const at = url.indexOf('?');
  const path = at === -1 ? url : url.slice(0, at);
  const query = at === -1 ? '' : url.slice(at);
  if (path.endsWith('/')) return undefined;
  const folder = `${path}/`;
  if (!folder.startsWith(base)) return undefined;
  let inside: string;
  try {
    inside = decodeURIComponent(folder.slice(base.length));
  } catch {
    return undefined;
  }
  return existsSync(join(outDir, inside, 'index.html')) ? `${folder}${query}` : undefined;
}
