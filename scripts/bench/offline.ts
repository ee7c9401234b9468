/**
 * Offline reading figures: the bytes a reader's browser downloads to save the site for offline
 * reading (every file of offline-files.json, compressed as sent), what the copy then takes on
 * the device, the time from pressing "Save for offline reading" to "Saved" against the local
 * server, and the weight of the whole report on one page.
 *
 * Bytes are counted as in page-weight.ts: each body gzipped (level 6, as static hosts and
 * CDNs send text), or as stored where gzip would not make it smaller (images, Pagefind's
 * already-compressed index); headers are not counted.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../lib/chromium.ts';
import { serveSite } from '../lib/site-process.ts';
import { OfflineList } from '../../src/model/schema.ts';
import { builtSite } from './lib/built-site.ts';
import { median, withinBudget, type BenchResult, type BenchRow } from './lib/types.ts';

/** The goal: the saved copy costs a reader at most 1 MB of data. */
const SAVED_BUDGET_KB = 1024;
/** The whole report's text compressed is about 36 KB; its page should not cost twice that. */
const WHOLE_REPORT_BUDGET_KB = 60;
const SAVES = 3;

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const sent = (body: Buffer) => Math.min(body.length, gzipSync(body, { level: 6 }).length);
const fileOf = (dir: string, path: string) => join(dir, path === '' || path.endsWith('/') ? `${path}index.html` : path);

export async function run(): Promise<BenchResult> {
  const { dir } = await builtSite();
  const list = OfflineList.parse(JSON.parse(await readFile(join(dir, 'offline-files.json'), 'utf8')));
  let compressed = 0;
  let stored = 0;
  for (const file of list.files) {
    const body = await readFile(fileOf(dir, file.path));
    compressed += sent(body);
    stored += body.length;
  }
  const rows: BenchRow[] = [
    withinBudget('saved for offline reading, compressed as sent', kb(compressed), 'KB', SAVED_BUDGET_KB),
    { metric: 'saved copy on the device (uncompressed)', value: kb(stored), unit: 'KB' },
    { metric: 'files saved', value: list.files.length, unit: 'files' },
  ];

  const server = await serveSite({ outDir: dir });
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      // A fresh context each time: nothing saved or cached before the press.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.url, { waitUntil: 'networkidle' });
      const control = page.locator('main [data-offline-save]');
      const started = performance.now();
      await control.getByRole('button', { name: 'Save for offline reading' }).click();
      await control
        .locator('[data-offline-status]')
        .filter({ hasText: /^Saved for offline reading/ })
        .waitFor({ timeout: 120_000 });
      times.push(performance.now() - started);
      await context.close();
    }
    rows.push({
      metric: `time to save on the local server (median of ${SAVES})`,
      value: Math.round(median(times)),
      unit: 'ms',
    });

    const context = await browser.newContext();
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      sizes.push(
        (async () => sent((await (await request.response())?.body().catch(() => undefined)) ?? Buffer.alloc(0)))(),
      );
    });
    await page.goto(`${server.url}whole-report/`, { waitUntil: 'networkidle' });
    const bytes = (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
    rows.push(withinBudget('whole-report page (/whole-report/) transferred', kb(bytes), 'KB', WHOLE_REPORT_BUDGET_KB));
    rows.push({ metric: 'whole-report page requests', value: sizes.length, unit: 'requests' });
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  return { name: 'offline', rows };
}
