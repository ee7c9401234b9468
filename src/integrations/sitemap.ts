import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normaliseBasePath } from '../lib/base-path.ts';
import { WITHOUT_SITE_URL } from '../lib/site-url.ts';
import { htmlFiles, servedPath } from './built-files.ts';

/** Pages a search engine should not list: a redirect (`/p/N/` permalinks) or a noindex page. */
const NOT_A_PAGE = /<meta[^>]+(http-equiv="refresh"|content="noindex)/i;

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Writes `sitemap.xml` after the build, listing every HTML page the build wrote under the base
 * path, except 404.html and redirect pages. A sitemap lists absolute addresses, so a build
 * without SITE_URL writes none and says, in one line, what it left out.
 *
 * Made from the files on disk rather than from a page endpoint, because an endpoint cannot
 * see the pages that other routes build; and by hand rather than with @astrojs/sitemap, which
 * writes `sitemap-index.xml` plus numbered files and lists redirect routes unless told each one.
 */
export function sitemap(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'report-explorer:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBasePath(config.base);
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!site) {
          logger.warn(WITHOUT_SITE_URL);
          return;
        }
        const root = fileURLToPath(dir);
        const pages: string[] = [];
        for (const file of await htmlFiles(root)) {
          if (file === '404.html') continue;
          if (NOT_A_PAGE.test(await readFile(join(root, file), 'utf8'))) continue;
          pages.push(new URL(base + servedPath(file), site).href);
        }
        const urls = pages.map((loc) => `  <url><loc>${escapeXml(loc)}</loc></url>`).join('\n');
        await writeFile(
          join(root, 'sitemap.xml'),
          `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
        );
        logger.info(`sitemap.xml lists ${pages.length} pages`);
      },
    },
  };
}
