/**
 * Bytes transferred and request count for the sample pages, loaded in Chromium with an empty
 * cache, before any search is made.
 *
 * Note: "transferred" is each response body gzipped (level 6, what static hosts and CDNs
 * commonly send), or as stored where gzip would not make it smaller (images, Pagefind's
 * already-compressed index files); headers are not counted. The loopback server sends bodies
 * uncompressed, so reading Chromium's encodedDataLength would measure the wrong thing.
 */
import { gzipSync } from 'node:zlib';
import { serveSite } from '../lib/site-process.ts';
// Note: the browser tests' launcher, so the bench and the tests drive Chromium the same way.
import { launchChromium } from '../lib/chromium.ts';
import { withinBudget, type BenchResult, type BenchRow } from './lib/types.ts';
import { builtSite } from './lib/built-site.ts';
import { samplePages } from './lib/sample-pages.ts';

const PAGE_BUDGET_KB = 30;
const READING_SCRIPT_BUDGET_KB = 5;

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export async function run(): Promise<BenchResult> {
  const { dir } = await builtSite();
  const server = await serveSite({ outDir: dir });
  const browser = await launchChromium();
  const rows: BenchRow[] = [];
  try {
    for (const sample of await samplePages(dir)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const sizes: Promise<{ type: string; bytes: number }>[] = [];
      page.on('requestfinished', (request) => {
        sizes.push(
          (async () => {
            const body = (await (await request.response())?.body().catch(() => undefined)) ?? Buffer.alloc(0);
            return { type: request.resourceType(), bytes: Math.min(body.length, gzipSync(body).length) };
          })(),
        );
      });
      await page.goto(server.url + sample.path, { waitUntil: 'networkidle' });
      const responses = await Promise.all(sizes);
      await context.close();
      const total = responses.reduce((sum, r) => sum + r.bytes, 0);
      const scripts = responses.filter((r) => r.type === 'script').reduce((sum, r) => sum + r.bytes, 0);
      rows.push(withinBudget(`${sample.label} (/${sample.path}) transferred`, kb(total), 'KB', PAGE_BUDGET_KB));
      rows.push({ metric: `${sample.label} requests`, value: responses.length, unit: 'requests' });
      if (sample.label === 'reading') rows.push(withinBudget('reading page scripts', kb(scripts), 'KB', READING_SCRIPT_BUDGET_KB));
      else rows.push({ metric: `${sample.label} scripts`, value: kb(scripts), unit: 'KB' });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { name: 'page-weight', rows };
}
