import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtFiles, htmlFiles } from './built-files.ts';

/**
 * Joins the stylesheets Astro links from each built page into one file, named by its content, so
 * a page waits on one stylesheet holding only the rules of the components it renders.
 *
 * Astro splits a page's CSS by the sets of pages that share each component, which gives a reading
 * page nine stylesheets: nine render-blocking requests, and small files gzip poorly (5.8 KB
 * apart, 3.9 KB joined). Astro has no setting that joins them; inlining them
 * (build.inlineStylesheets) would need the styles' hashes in the Content-Security-Policy and would
 * send the same rules again with every page, offline copy included. Pages that link the same files
 * share one joined file, which a browser caches once. The files are joined in the order Astro links
 * them, which keeps its cascade: the layout's (site.css) first, because each page imports the
 * layout first. A stylesheet a script loads on demand (a lazily loaded chunk's CSS) is left alone.
 */
const STYLESHEET = /<link rel="stylesheet" href="([^"]+)">/g;

export function joinStylesheets(): AstroIntegration {
  let base = '/';
  return {
    name: 'report-explorer:join-stylesheets',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const fileOf = (href: string) => join(root, href.slice(base.length));
        const joinedFor = new Map<string, string>();
        const joinedAway = new Set<string>();
        for (const page of await htmlFiles(root)) {
          const html = await readFile(join(root, page), 'utf8');
          const hrefs = [...html.matchAll(STYLESHEET)].map((match) => match[1]!);
          if (hrefs.length < 2) continue;
          const key = hrefs.join(' ');
          let joined = joinedFor.get(key);
          if (joined === undefined) {
            const css = (await Promise.all(hrefs.map((href) => readFile(fileOf(href), 'utf8')))).join('\n');
            const name = `_astro/page.${createHash('sha256').update(css).digest('base64url').slice(0, 8)}.css`;
            await writeFile(join(root, name), css);
            joined = base + name;
            joinedFor.set(key, joined);
          }
          for (const href of hrefs) joinedAway.add(href);
          let first = true;
          const rewritten = html.replace(STYLESHEET, () => {
            const link = first ? `<link rel="stylesheet" href="${joined}">` : '';
            first = false;
            return link;
          });
          await writeFile(join(root, page), rewritten);
        }
        // A file joined away stays only if a page or script still names it.
        const texts = await Promise.all(
          (await builtFiles(root))
            .filter((file) => /\.(html|js|css|json|webmanifest)$/.test(file))
            .map((file) => readFile(join(root, file), 'utf8')),
        );
        let removed = 0;
        for (const href of joinedAway) {
          const name = href.split('/').at(-1)!;
          if (texts.some((text) => text.includes(name))) continue;
          await rm(fileOf(href));
          removed++;
        }
        logger.info(
          `${joinedFor.size} joined stylesheets for pages that linked more than one; ${removed} files joined away`,
        );
      },
    },
  };
}
