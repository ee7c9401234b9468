/**
 * Bytes transferred and request count for the sample pages, loaded in Chromium with an empty
 * cache, before any search is made ("transferred" as scripts/bench/lib/transfers.ts counts it).
 *
 * The search page loads the search engine (pagefind/) once it is idle, so that it is ready
 * for the first keystroke; those bytes are reported on their own row, and the search module
 * (scripts/bench/search.ts) measures what searching costs.
 */
import { serveSite } from '../lib/site-process.ts';
// The browser tests' launcher, so the bench and the tests drive Chromium the same way.
import { launchChromium } from '../lib/chromium.ts';
import { withinBudget, type BenchResult, type BenchRow } from './lib/types.ts';
import { builtSite } from './lib/built-site.ts';
import { samplePages } from './lib/sample-pages.ts';
import { kb, watchTransfers } from './lib/transfers.ts';

const PAGE_BUDGET_KB = 30;
/** Issue 20: a reading page, the page read most, back at 12 KB or less on the wire. */
const READING_PAGE_BUDGET_KB = 12;
const READING_SCRIPT_BUDGET_KB = 5;

export async function run(): Promise<BenchResult> {
  const { dir } = await builtSite();
  const server = await serveSite({ outDir: dir });
  const browser = await launchChromium();
  const rows: BenchRow[] = [];
  try {
    for (const sample of await samplePages(dir)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const transfers = watchTransfers(page);
      await page.goto(server.url + sample.path, { waitUntil: 'networkidle' });
      const all = await transfers.settled();
      await context.close();
      const engine = all.filter((r) => new URL(r.url).pathname.includes('/pagefind/'));
      const responses = all.filter((r) => !engine.includes(r));
      const total = responses.reduce((sum, r) => sum + r.bytes, 0);
      const scripts = responses.filter((r) => r.type === 'script').reduce((sum, r) => sum + r.bytes, 0);
      rows.push(
        withinBudget(
          `${sample.label} (/${sample.path}) transferred`,
          kb(total),
          'KB',
          sample.label === 'reading' ? READING_PAGE_BUDGET_KB : PAGE_BUDGET_KB,
        ),
      );
      // What the page weighs by kind (document, stylesheet, script), to show where its bytes go.
      if (sample.label === 'reading') {
        for (const type of [...new Set(responses.map((r) => r.type))]) {
          rows.push({
            metric: `reading page: ${type}`,
            value: kb(responses.filter((r) => r.type === type).reduce((sum, r) => sum + r.bytes, 0)),
            unit: 'KB',
          });
        }
      }
      rows.push({ metric: `${sample.label} requests`, value: responses.length, unit: 'requests' });
      if (sample.label === 'reading')
        rows.push(withinBudget('reading page scripts', kb(scripts), 'KB', READING_SCRIPT_BUDGET_KB));
      else rows.push({ metric: `${sample.label} scripts`, value: kb(scripts), unit: 'KB' });
      if (engine.length > 0)
        rows.push({
          metric: `${sample.label}: search engine loaded when idle`,
          value: kb(engine.reduce((sum, r) => sum + r.bytes, 0)),
          unit: 'KB',
        });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { name: 'page-weight', rows };
}
