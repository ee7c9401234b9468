import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtFiles, htmlFiles } from './built-files.ts';

/**
 * Gives each built page at most two stylesheets: the shell's, which every page links first and
 * a browser caches once, and one file joining the rest, named by its content, holding only the
 * rules of the components that page renders.
 *
 * Astro splits a page's CSS by the sets of pages that share each component, which gives a reading
 * page nine stylesheets: nine render-blocking requests, and small files gzip poorly (5.8 KB
 * apart, 3.9 KB joined). Astro has no setting that joins them; inlining them
 * (build.inlineStylesheets) would need the styles' hashes in the Content-Security-Policy and would
 * send the same rules again with every page, offline copy included. The shell's file stays on its
 * own so that the next page, and the offline copy, fetch only the small page-specific part; pages
 * that link the same files share one joined file. Files are joined in the order Astro links them,
 * which keeps its cascade: the layout's styles (site.css and the parts it imports) come first,
 * because each page imports the layout first. A stylesheet a script loads on demand (a lazily
 * loaded chunk's CSS) is left alone.
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
        const pages = await Promise.all(
          (await htmlFiles(root)).map(async (page) => {
            const html = await readFile(join(root, page), 'utf8');
            return { page, html, hrefs: [...html.matchAll(STYLESHEET)].map((match) => match[1]!) };
          }),
        );
        // The shell's stylesheet: the one every page with stylesheets links first.
        const linking = pages.filter((page) => page.hrefs.length > 0);
        const first = linking[0]?.hrefs[0];
        const shell = linking.every((page) => page.hrefs[0] === first) ? first : undefined;
        const joinedFor = new Map<string, string>();
        const joinedAway = new Set<string>();
        for (const { page, html, hrefs } of pages) {
          const rest = hrefs.filter((href) => href !== shell);
          if (rest.length < 2) continue;
          const key = rest.join(' ');
          let joined = joinedFor.get(key);
          if (joined === undefined) {
            const css = (await Promise.all(rest.map((href) => readFile(fileOf(href), 'utf8')))).join('\n');
            const name = `_astro/page.${createHash('sha256').update(css).digest('base64url').slice(0, 8)}.css`;
            await writeFile(join(root, name), css);
            joined = base + name;
            joinedFor.set(key, joined);
          }
          for (const href of rest) joinedAway.add(href);
          let placed = false;
          const rewritten = html.replace(STYLESHEET, (link, href: string) => {
            if (href === shell) return link;
            const replacement = placed ? '' : `<link rel="stylesheet" href="${joined}">`;
            placed = true;
            return replacement;
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
