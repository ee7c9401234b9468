import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { normaliseBasePath } from '../lib/base-path.ts';
import { indexRecords, type IndexFile } from '../search/pagefind-index.ts';
import type { SearchRecord } from '../search/records.ts';

/** Where the build leaves the records (src/pages/search/records.json.ts), under the base path. */
const RECORDS = 'search/records.json';

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  wasm: 'application/wasm',
  css: 'text/css; charset=utf-8',
};

/**
 * The site's search index, made by Pagefind from the search records the build wrote.
 *
 * - `astro build`: once the pages are written, indexes `search/records.json` into `pagefind/`
 *   and deletes the records file, so `astro build` alone makes the whole site with its search.
 * - `astro dev`: serves `pagefind/` from an index held in memory, made from the dev server's own
 *   records when the server starts and made again when they change (the text was edited, seen
 *   when a page next loads Pagefind's script), so search works in dev too.
 */
export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'report-explorer:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBasePath(config.base);
      },
      'astro:build:done': ({ dir, logger }) => writeIndex(fileURLToPath(dir), base, logger),
      'astro:server:setup': ({ server, logger }) => {
        let current: { json: string; files: Map<string, IndexFile> } | undefined;
        let pending: Promise<Map<string, IndexFile>> | undefined;

        /** The index for the records the dev server gives now, made again only when they changed. */
        const index = async (): Promise<Map<string, IndexFile>> => {
          const answer = await fetch(`${origin(server.httpServer!.address() as AddressInfo)}${base}${RECORDS}`);
          if (!answer.ok) throw new Error(`the search records answered ${answer.status}: is the report's text valid?`);
          const json = await answer.text();
          if (current?.json !== json) {
            const started = performance.now();
            const files = await indexRecords(JSON.parse(json) as SearchRecord[]);
            current = { json, files: new Map(files.map((file) => [file.path, file])) };
            logger.info(
              `search index made from ${RECORDS} (${files.length} files, ${Math.round(performance.now() - started)} ms)`,
            );
          }
          return current.files;
        };
        const refresh = () => {
          pending ??= index().finally(() => (pending = undefined));
          return pending;
        };

        // Made once the server listens, so the first search need not wait for it.
        server.httpServer?.once('listening', () => {
          refresh().catch((error: Error) => logger.error(`search index: ${error.message}`));
        });

        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0]!;
          const prefix = `${base}pagefind/`;
          if (!path.startsWith(prefix)) return next();
          const name = path.slice(prefix.length);
          // The index is checked against the records when a page loads Pagefind's script,
          // so the files it then asks for come from one consistent index.
          if (name === 'pagefind.js' || !current) void refresh().catch(() => undefined);
          (pending ?? Promise.resolve(current!.files))
            .then((files) => {
              const file = files.get(name);
              if (!file) {
                res.statusCode = 404;
                return res.end();
              }
              res.setHeader('content-type', TYPES[name.split('.').at(-1) ?? ''] ?? 'application/octet-stream');
              res.setHeader('cache-control', 'no-store');
              res.end(file.content);
            })
            .catch((error: Error) => {
              logger.error(`search index: ${error.message}`);
              res.statusCode = 503;
              res.end(error.message);
            });
        });
      },
    },
  };
}

/** `astro build`: indexes the records the build wrote into `pagefind/`, then deletes them. */
async function writeIndex(root: string, base: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const records = JSON.parse(await readFile(join(root, RECORDS), 'utf8')) as SearchRecord[];
  const files = await indexRecords(records);
  await rm(join(root, 'pagefind'), { recursive: true, force: true });
  for (const file of files) {
    const path = join(root, 'pagefind', file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.content);
  }
  await rm(join(root, RECORDS));
  await preloadMetadata(root, base, files);
  logger.info(
    `pagefind/: ${records.length} records in ${files.length} files (${Math.round(performance.now() - started)} ms)`,
  );
}

/**
 * Adds to the search page's head a preload of each language's index metadata
 * (`pagefind.en_<hash>.pf_meta`), beside the engine's other files that the page preloads itself
 * (src/pages/search/index.astro). Without it the engine asks for the metadata only once the page's
 * scripts have run, which on a weak signal is after the WebAssembly has arrived, so the first
 * answer waited a round trip more. The file's name holds a hash of the index, known only now that
 * Pagefind has written it, so the built page is given the link here. `as="fetch"` with
 * `crossorigin="anonymous"` makes the preload the very request Pagefind's fetch() makes.
 */
async function preloadMetadata(root: string, base: string, files: IndexFile[]): Promise<void> {
  const page = join(root, 'search', 'index.html');
  const links = files
    .filter((file) => /^pagefind\.[^/]+\.pf_meta$/.test(file.path))
    .map((file) => `<link rel="preload" href="${base}pagefind/${file.path}" as="fetch" crossorigin="anonymous">`)
    .join('');
  await writeFile(page, (await readFile(page, 'utf8')).replace('</head>', `${links}</head>`));
}

/** The dev server's own address, for asking it for the records (a wildcard means loopback). */
function origin({ address, family, port }: AddressInfo): string {
  const v6 = family === 'IPv6' || String(family) === '6';
  const host = address === '::' || address === '0.0.0.0' ? (v6 ? '::1' : '127.0.0.1') : address;
  return v6 ? `http://[${host}]:${port}` : `http://${host}:${port}`;
}
