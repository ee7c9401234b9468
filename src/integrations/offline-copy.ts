import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'vite';
import { OfflineList, type OfflineFile } from '../model/schema.ts';
import { fileHash, LIST_FILE, WORKER_FILE } from '../offline/saved-copy.ts';
import { isSaved, type PagefindEntry } from '../offline/saved-files.ts';
import { builtFiles, servedPath } from './built-files.ts';

/**
 * The saved copy for offline reading, made from the finished site: writes `offline-files.json`
 * (every file a saved copy holds, with its hash and size; the rule is src/offline/saved-files.ts)
 * and `sw.js`, the service worker (src/offline/service-worker.ts) bundled into one file with the
 * list's version written in. A page registers the worker only when a reader asks.
 *
 * Runs after the search index, the sitemap and `_headers` (astro.config.mjs lists it last),
 * so the list holds the files as they will be published, Pagefind's included. The version is in
 * the worker itself because browsers compare a worker's bytes to decide that a site has changed.
 */
export function offlineCopy(): AstroIntegration {
  let root = new URL('file:///');
  return {
    name: 'report-explorer:offline-copy',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const entry = await readFile(join(out, 'pagefind/pagefind-entry.json'), 'utf8').then(
          (json) => JSON.parse(json) as PagefindEntry,
          () => undefined,
        );
        const files: OfflineFile[] = [];
        for (const file of await builtFiles(out)) {
          if (!isSaved(file, entry)) continue;
          const bytes = new Uint8Array(await readFile(join(out, file)));
          files.push({ path: servedPath(file), hash: await fileHash(bytes), bytes: bytes.byteLength });
        }
        const version = await fileHash(new TextEncoder().encode(JSON.stringify(files)));
        const list = OfflineList.parse({ version, files });
        await writeFile(join(out, LIST_FILE), JSON.stringify(list));
        await writeFile(join(out, WORKER_FILE), await bundleWorker(root, version));
        const total = files.reduce((sum, file) => sum + file.bytes, 0);
        logger.info(
          `${LIST_FILE}: ${files.length} files, ${Math.round(total / 1024)} KB; ${WORKER_FILE} saves version ${version}`,
        );
      },
    },
  };
}

/**
 * src/offline/service-worker.ts and what it imports, as one classic script.
 * Vite's own build (Astro's bundler), separately from the site's: a service worker must
 * sit at the base path under a fixed name, and Astro would put it in `_astro/` under a hashed one.
 */
async function bundleWorker(root: URL, version: string): Promise<string> {
  const output = await build({
    configFile: false,
    root: fileURLToPath(root),
    logLevel: 'warn',
    publicDir: false,
    define: { __OFFLINE_VERSION__: JSON.stringify(version) },
    build: {
      write: false,
      minify: true,
      lib: {
        entry: fileURLToPath(new URL('src/offline/service-worker.ts', root)),
        formats: ['iife'],
        name: 'offlineCopy',
        fileName: () => WORKER_FILE,
      },
    },
  });
  const result = Array.isArray(output) ? output[0] : output;
  if (!result || !('output' in result)) throw new Error('offline copy: Vite did not return the bundled service worker');
  const chunk = result.output.find((item) => item.type === 'chunk');
  if (!chunk) throw new Error('offline copy: the bundled service worker is empty');
  return chunk.code;
}
