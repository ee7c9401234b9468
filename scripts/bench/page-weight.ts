/**
 * Bytes transferred and request count for the sample pages, loaded in Chromium with an empty
 * cache, before any search is made (counted as scripts/bench/lib/transferred.ts says).
 */
import { serveSite } from '../lib/site-process.ts';
// Note: the browser tests' launcher, so the bench and the tests drive Chromium the same way.
import { launchChromium } from '../lib/chromium.ts';
import { withinBudget, type BenchResult, type BenchRow } from './lib/types.ts';
import { builtSite } from './lib/built-site.ts';
import { samplePages } from './lib/sample-pages.ts';
import { kb, transferred } from './lib/transferred.ts';

const PAGE_BUDGET_KB = 30;
const READING_SCRIPT_BUDGET_KB = 5;

export async function run(): Promise<BenchResult> {
  const { dir } = await builtSite();
  const server = await serveSite({ outDir: dir });
  const browser = await launchChromium();
  const rows: BenchRow[] = [];
  try {
    for (const sample of await samplePages(dir)) {
      const { bytes, requests, scriptBytes } = await transferred(browser, server.url + sample.path);
      rows.push(withinBudget(`${sample.label} (/${sample.path}) transferred`, kb(bytes), 'KB', PAGE_BUDGET_KB));
      rows.push({ metric: `${sample.label} requests`, value: requests, unit: 'requests' });
      if (sample.label === 'reading') rows.push(withinBudget('reading page scripts', kb(scriptBytes), 'KB', READING_SCRIPT_BUDGET_KB));
      else rows.push({ metric: `${sample.label} scripts`, value: kb(scriptBytes), unit: 'KB' });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { name: 'page-weight', rows };
}
