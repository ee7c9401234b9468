// @ts-check
import { defineConfig } from 'astro/config';
import { headersFile } from './src/integrations/headers-file.ts';
import { joinStylesheets } from './src/integrations/join-stylesheets.ts';
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
  // Each page's stylesheets are joined into one first, then the search index, sitemap.xml and
  // _headers are made from the built files, in this order (the index first: it removes the
  // records it reads).
  // The offline copy's list of files comes last, so it lists the site as it will be published.
  integrations: [joinStylesheets(), searchIndex(), sitemap(), headersFile(), offlineCopy()],
  // Astro inlines small scripts as <script> elements unless assetsInlineLimit is 0; the
  // Content-Security-Policy allows script files only (no 'unsafe-inline').
  // Each page gets the styles of the components it renders (cssCodeSplit: true, Astro's default):
  // the shell's stylesheet and one of its own, joined by the joinStylesheets integration, so a
  // reading page no longer carries the search, pack and recommendations pages' rules (docs/decisions/
  // styles-and-scripts-per-page.md).
  // The shell's script (the one Base.astro loads, src/scripts/site.ts) is one chunk holding every
  // module it imports: the group names the entry modules and Rolldown's
  // includeDependenciesRecursively (on by default) brings their imports along, so the rule
  // follows site.ts's imports as they change; escape-regexp.ts (a line, for the find-in-page and
  // highlight chunks it loads on demand) rides with it. The modules that the search, pack and
  // recommendations pages' scripts share (recommendation-name, grade-text, citation, copy-table)
  // are one chunk of their own, so that a reading page carries none of them; those pages wait on
  // it after their own script, while their engine or data is still on its way.
  // tests/site/build/a-pages-scripts-wait-on-no-chunk-but-the-shells fails if the shell would
  // import a chunk, a reading page's script would wait on any chunk but the shell's, or another
  // page's script on any but the shell's and the shared one.
  vite: {
    build: { assetsInlineLimit: 0 },
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
                    test: /[\\/]src[\\/](layouts[\\/]Base\.astro\?astro&type=script|scripts[\\/]site\.ts$|lib[\\/]escape-regexp\.ts$)/,
                  },
                  {
                    name: 'page-tools',
                    test: /[\\/]src[\\/](lib[\\/](recommendation-name|grade-text|citation)\.ts$|scripts[\\/]lib[\\/]copy-table\.ts$)/,
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
