/**
 * Search figures: the index's size on disk, the bytes the browser fetches to answer a first
 * query on /search/, and how long a query takes in Chromium once the index is loaded.
 *
 * Note: bytes are counted as in page-weight.ts (each body gzipped, or as stored where that is
 * smaller, since Pagefind's index files are compressed already); headers are not counted.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveSite } from '../lib/site-process.ts';
import { launchChromium } from '../lib/chromium.ts';
import { builtSite } from './lib/built-site.ts';
import { withinBudget, type BenchResult, type BenchRow } from './lib/types.ts';

const FIRST_ANSWER_BUDGET_KB = 100;
const QUERY_BUDGET_MS = 50;
/** A narrow query, a broad one, an acronym and a phrase: the kinds readers type. */
const QUERIES = ['bullied', 'children', 'CAMHS', '"named GP"'];
const REPEATS = 15;

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

async function sizeOf(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

export async function run(): Promise<BenchResult> {
  const { dir } = await builtSite();
  const rows: BenchRow[] = [];
  const files = await readdir(join(dir, 'pagefind'), { recursive: true });
  rows.push({ metric: 'index size on disk (pagefind/)', value: kb(await sizeOf(join(dir, 'pagefind'))), unit: 'KB' });
  rows.push({ metric: 'index files', value: files.length, unit: 'files' });

  const server = await serveSite({ outDir: dir });
  const browser = await launchChromium();
  try {
    // First answer: a fresh browser on /search/, then one query typed; count what that fetches.
    for (const q of [QUERIES[0]!, QUERIES[1]!]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}search/`, { waitUntil: 'networkidle' });
      const sizes: Promise<number>[] = [];
      page.on('requestfinished', (request) => {
        sizes.push(
          (async () => {
            const body = (await (await request.response())?.body().catch(() => undefined)) ?? Buffer.alloc(0);
            return Math.min(body.length, gzipSync(body).length);
          })(),
        );
      });
      await page.locator('#search-query').fill(q);
      await page.waitForFunction(() => /\bresults?\b/.test(document.getElementById('search-status')?.textContent ?? ''));
      await page.waitForLoadState('networkidle');
      const bytes = (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
      rows.push(withinBudget(`first answer to "${q}" transferred`, kb(bytes), 'KB', FIRST_ANSWER_BUDGET_KB));
      rows.push({ metric: `first answer to "${q}" requests`, value: sizes.length, unit: 'requests' });
      await context.close();
    }

    // Latency: the index loaded and each query asked once, then timed over repeats.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}search/`);
    const timings = (await page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(`${server.url}pagefind/pagefind.js`)});
      await pagefind.options({ noWorker: true });
      await pagefind.init();
      await pagefind.filters();
      const queries = ${JSON.stringify(QUERIES)};
      const ask = async (q) => {
        const response = await pagefind.search(q);
        await Promise.all(response.results.slice(0, 10).map((r) => r.data()));
      };
      for (const q of queries) await ask(q);
      const times = [];
      for (let i = 0; i < ${REPEATS}; i++) for (const q of queries) {
        const start = performance.now();
        await ask(q);
        times.push(performance.now() - start);
      }
      return times;
    })()`)) as number[];
    timings.sort((a, b) => a - b);
    const median = timings[Math.floor(timings.length / 2)]!;
    const p95 = timings[Math.floor(timings.length * 0.95)]!;
    rows.push(withinBudget('query latency, median (search + first 10 results)', Math.round(median * 10) / 10, 'ms', QUERY_BUDGET_MS));
    rows.push({ metric: 'query latency, 95th percentile', value: Math.round(p95 * 10) / 10, unit: 'ms' });
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  return { name: 'search', rows };
}
