// @ts-check
import { defineConfig } from 'astro/config';
import { headersFile } from './src/integrations/headers-file.ts';
import { offlineCopy } from './src/integrations/offline-copy.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { siteUrl } from './src/lib/site-url.ts';

/**
 * BASE_PATH deploys the site under a sub-path (`BASE_PATH=/explorer/ npm run build`);
 * SITE_URL, where known, makes canonical and share links absolute.
 */
const base = process.env.BASE_PATH ?? '/';
/** OUT_DIR builds elsewhere than dist/ (tests build a sub-path copy beside the main one). */
const outDir = process.env.OUT_DIR ?? 'dist';

export default defineConfig({
  base,
  outDir,
  // A cache per output folder lets two builds run side by side without sharing state.
  cacheDir: outDir === 'dist' ? 'node_modules/.astro' : `${outDir}-astro-cache`,
  site: siteUrl(process.env.SITE_URL),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No prefetch, fonts or analytics: the site sends no request to another origin.
  devToolbar: { enabled: false },
  // The search index, sitemap.xml and _headers are made from the built files once Astro
  // has written the pages, in this order (the index first: it removes the records it reads).
  // The offline copy's list of files comes last, so it lists the site as it will be published.
  integrations: [searchIndex(), sitemap(), headersFile(), offlineCopy()],
  // Astro inlines small scripts as <script> elements unless assetsInlineLimit is 0; the
  // Content-Security-Policy allows script files only (no 'unsafe-inline').
  // One stylesheet for the whole site (cssCodeSplit: false) rather than a chunk per component
  // set, so a page waits on one render-blocking request, not three.
  // The shell's script (the one Base.astro loads, src/scripts/site.ts) is one chunk holding every
  // module it imports: the group names the entry modules and Rolldown's
  // includeDependenciesRecursively (on by default) brings their imports along, so the rule
  // follows site.ts's imports as they change. A module that two page scripts share but the shell
  // does not import would become a chunk of its own that both wait on; the group names such
  // modules too: today recommendation-name.ts and grade-text.ts (the search and pack pages) and
  // escape-regexp.ts (the find-in-page chunks loaded on demand) and scripts/lib/copy-table.ts (the
  // recommendations and pack pages) and lib/citation.ts (the pack page, and the Share menu's
  // actions that the shell loads on first use).
  // tests/site/build/a-pages-scripts-wait-on-no-chunk-but-the-shells fails if a page script would wait
  // on any chunk but the shell's.
  vite: {
    build: { assetsInlineLimit: 0, cssCodeSplit: false },
    // The one npm package the browser scripts import (the search page's stop words). Named
    // so that `astro dev` bundles it when it starts even when Vite's scan of the pages misses it
    // (seen once on a fresh clone in CI: the search page then waited on a second bundling).
    optimizeDeps: { include: ['stopword'] },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  {
                    name: 'site',
                    test: /[\\/]src[\\/](layouts[\\/]Base\.astro\?astro&type=script|scripts[\\/]site\.ts$|lib[\\/](recommendation-name|grade-text|escape-regexp|citation)\.ts$|scripts[\\/]lib[\\/]copy-table\.ts$)/,
                  },
                ],
              },
            },
          },
        },
      },
    },
  },
});
