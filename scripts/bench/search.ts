/**
 * Search figures, on the built site in Chromium, each the median of RUNS fresh browser contexts:
 * - what typing costs on /search/ once the engine has loaded (the page loads it when idle):
 *   bytes fetched from the first keystroke to the first result, and the time from the last
 *   keystroke to the first result, for a two-word query and a broad one, each typed at a quick
 *   typist's pace and pasted whole;
 * - arriving at /search/?q=named%20GP (the header box's way in): every byte from navigation to
 *   the first result (page, assets, engine, index, fragments), and how long that takes;
 * - the same arrival on a weak signal (Chromium's network emulation: 400 kbps each way, 400 ms
 *   round trip), from a server that gzips as a CDN does: navigation to the first result; and the
 *   same query typed in a reading page's header box there: Enter to the first result;
 * - the zero-result rate over readers' questions and misspellings (tests/fixtures/reader-queries.json);
 * - the index's size, and how long Pagefind takes over a query once loaded.
 *
 * Bytes are counted as scripts/bench/lib/transfers.ts says (gzip or as stored).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium.ts';
import { serveSite } from '../lib/site-process.ts';
import { builtSite } from './lib/built-site.ts';
import { samplePages } from './lib/sample-pages.ts';
import { serveCompressed } from './lib/compressing-server.ts';
import { kb, totalKb, watchTransfers } from './lib/transfers.ts';
import { median, withinBudget, type BenchResult, type BenchRow } from './lib/types.ts';

const RUNS = 5;
/** A two-word query and a broad one, typed on /search/. */
const TYPED = ['named GP', 'children'];
const ARRIVAL = 'named GP';
const TYPED_BUDGET_KB = 50;
const LAST_KEY_BUDGET_MS = 200;
const ARRIVAL_BUDGET_KB = 130;
/** The weak signal the issue names (a phone at the edge of coverage), as CDP takes it. */
export const WEAK_SIGNAL = {
  offline: false,
  latency: 400,
  downloadThroughput: 400_000 / 8,
  uploadThroughput: 400_000 / 8,
};
const WEAK_ARRIVAL_BUDGET_MS = 3_000;
/**
 * Milliseconds between keystrokes: a quick typist (about 100 words a minute). The page searches
 * after each pause longer than its debounce (30 ms), so the reader sees an answer to the letters
 * so far while typing, and the last keystroke's answer may reuse what those searches fetched.
 */
const KEY_DELAY_MS = 120;
/** Pagefind on its own, once loaded: a narrow query, a broad one, an acronym and a phrase. */
const QUERIES = ['bullied', 'children', 'CAMHS', '"named GP"'];
const QUERY_BUDGET_MS = 50;
const REPEATS = 15;

/**
 * Installed before the page's own scripts: resolves `window.firstResult` with performance.now()
 * when the status line first names results for `q` with a result on screen, and keeps the time of
 * the last keystroke in `window.lastKey`.
 * A string, so that no bundler rewrites it.
 */
const watchFirstResult = (q: string) => `(() => {
  const wanted = ${JSON.stringify(`for “${q}”`)};
  window.lastKey = 0;
  document.addEventListener('input', () => (window.lastKey = performance.now()), true);
  window.firstResult = new Promise((resolve) => {
    const check = () => {
      const status = document.getElementById('search-status');
      if (status && status.textContent.includes(wanted) && document.querySelector('.search-result')) {
        observer.disconnect();
        resolve(performance.now());
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
})()`;

/** Waits for the search page's engine to have loaded while the page was idle. */
async function openIdle(page: Page, url: string): Promise<void> {
  const engine = page.waitForResponse((response) => /\/pagefind\/wasm\.\w+\.pagefind$/.test(response.url()), {
    timeout: 15_000,
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await engine.catch(() => {
    throw new Error('the search page did not load the engine while idle');
  });
  await page.waitForLoadState('networkidle');
}

/**
 * Enters `q` in the box on /search/ once the engine has loaded: typed a key at a time, or pasted
 * (one input event, so nothing was searched or fetched for it before: the slowest case).
 */
async function enter(browser: Browser, siteUrl: string, q: string, how: 'typed' | 'pasted') {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const transfers = watchTransfers(page);
    await openIdle(page, `${siteUrl}search/`);
    await page.evaluate(watchFirstResult(q));
    transfers.reset();
    const box = page.locator('#search-query');
    if (how === 'typed') await box.pressSequentially(q, { delay: KEY_DELAY_MS });
    else await box.fill(q);
    const [shown, lastKey] = (await page.evaluate('Promise.all([window.firstResult, window.lastKey])')) as [
      number,
      number,
    ];
    await page.waitForLoadState('networkidle');
    const fetched = await transfers.settled();
    return { kb: totalKb(fetched), requests: fetched.length, ms: shown - lastKey };
  } finally {
    await context.close();
  }
}

async function arrival(browser: Browser, siteUrl: string, q: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const transfers = watchTransfers(page);
    await page.addInitScript(watchFirstResult(q));
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent(q)}`);
    const shown = (await page.evaluate('window.firstResult')) as number;
    await page.waitForLoadState('networkidle');
    const fetched = await transfers.settled();
    return { kb: totalKb(fetched), requests: fetched.length, ms: shown };
  } finally {
    await context.close();
  }
}

/**
 * Navigation to the first result of /search/?q=… with a cold cache on the weak signal.
 * CDP's emulation rather than a throttling proxy, so the round trip applies per request as
 * a phone's radio does, and Chromium's own scheduling (preloads, parallel connections) is what
 * is measured.
 */
export async function weakArrival(browser: Browser, siteUrl: string, q: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', WEAK_SIGNAL);
    await page.addInitScript(watchFirstResult(q));
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent(q)}`, { timeout: 60_000 });
    return (await page.evaluate('window.firstResult')) as number;
  } finally {
    await context.close();
  }
}

/**
 * The header box's way in on the weak signal: a reading page open, the reader types the query in
 * its header box at a quick typist's pace and presses Enter. Milliseconds from Enter to the first
 * result on the search page, whose shell (stylesheet, site script) the reading page has cached.
 */
export async function weakFromHeader(browser: Browser, siteUrl: string, path: string, q: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', WEAK_SIGNAL);
    await page.addInitScript(watchFirstResult(q));
    await page.goto(`${siteUrl}${path}`, { waitUntil: 'load', timeout: 60_000 });
    await page.locator('#site-search').click();
    await page.keyboard.type(q, { delay: KEY_DELAY_MS });
    const entered = Date.now();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/, { timeout: 60_000 });
    const shown = (await page.evaluate('window.firstResult.then((t) => performance.timeOrigin + t)')) as number;
    return shown - entered;
  } finally {
    await context.close();
  }
}

/** How many of the readers' queries get no result at all. */
async function zeroResults(browser: Browser, siteUrl: string): Promise<{ zero: string[]; total: number }> {
  const fixture = JSON.parse(await readFile('tests/fixtures/reader-queries.json', 'utf8')) as Record<
    'questions' | 'misspellings',
    { q: string }[]
  >;
  const queries = [...fixture.questions, ...fixture.misspellings].map((entry) => entry.q);
  const context = await browser.newContext();
  const page = await context.newPage();
  const zero: string[] = [];
  try {
    for (const q of queries) {
      await page.goto(`${siteUrl}search/?q=${encodeURIComponent(q)}`);
      await page.waitForFunction(() =>
        /\bresults?\b/.test(document.getElementById('search-status')?.textContent ?? ''),
      );
      if (/^No results/.test((await page.locator('#search-status').textContent()) ?? '')) zero.push(q);
    }
  } finally {
    await context.close();
  }
  return { zero, total: queries.length };
}

async function sizeOf(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Pagefind's own time for a query and its first ten fragments, once everything is loaded. */
async function pagefindLatency(browser: Browser, siteUrl: string): Promise<number[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${siteUrl}search/`);
    return (await page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(`${siteUrl}pagefind/pagefind.js`)});
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
  } finally {
    await context.close();
  }
}

export async function run(): Promise<BenchResult> {
  const { dir } = await builtSite();
  const rows: BenchRow[] = await indexRows(dir);
  const server = await serveSite({ outDir: dir });
  const browser = await launchChromium();
  try {
    rows.push(...(await typingRows(browser, server.url)));
    rows.push(...(await arrivalRows(browser, server.url, dir)));
    const { zero, total } = await zeroResults(browser, server.url);
    rows.push(
      withinBudget(
        `zero-result rate over ${total} readers' questions and misspellings${zero.length ? ` (${zero.join('; ')})` : ''}`,
        Math.round((zero.length / total) * 1000) / 10,
        '%',
        0,
      ),
    );

    const timings = await pagefindLatency(browser, server.url);
    rows.push(
      withinBudget(
        'Pagefind query latency, median (search + first 10 fragments, loaded)',
        Math.round(median(timings) * 10) / 10,
        'ms',
        QUERY_BUDGET_MS,
      ),
    );
    rows.push({
      metric: 'Pagefind query latency, 95th percentile',
      value: Math.round(timings.sort((a, b) => a - b)[Math.floor(timings.length * 0.95)]! * 10) / 10,
      unit: 'ms',
    });
  } finally {
    await browser.close();
    await server.close();
  }
  return { name: 'search', rows };
}

/** The index as it is published: its size, its chunks, the word list for corrections. */
async function indexRows(dir: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const chunks = await readdir(join(dir, 'pagefind', 'index'));
  const chunkSizes = await Promise.all(
    chunks.map(async (name) => (await stat(join(dir, 'pagefind', 'index', name))).size),
  );
  rows.push({ metric: 'index size on disk (pagefind/)', value: kb(await sizeOf(join(dir, 'pagefind'))), unit: 'KB' });
  rows.push({
    metric: `index chunks (largest ${kb(Math.max(...chunkSizes))} KB)`,
    value: chunks.length,
    unit: 'files',
  });
  rows.push({
    metric: 'word list for corrections (search/words.json, gzipped)',
    value: kb(gzipSync(await readFile(join(dir, 'search', 'words.json'))).length),
    unit: 'KB',
  });

  return rows;
}

/** RUNS measurements one after another, each in a fresh browser context of its own. */
async function repeated<T>(measure: () => Promise<T>): Promise<T[]> {
  const runs: T[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure());
  return runs;
}

/** The bytes fetched (median, against a budget) and the requests made, over runs of one measure. */
function fetchedRows(metric: string, runs: { kb: number; requests: number }[], budgetKb: number): BenchRow[] {
  return [
    withinBudget(metric, median(runs.map((r) => r.kb)), 'KB', budgetKb),
    { metric: `  requests for the same (median)`, value: median(runs.map((r) => r.requests)), unit: 'requests' },
  ];
}

/** Typing and pasting on /search/: bytes fetched and time from the last keystroke. */
async function typingRows(browser: Browser, siteUrl: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const q of TYPED) {
    for (const how of ['typed', 'pasted'] as const) {
      const runs = await repeated(() => enter(browser, siteUrl, q, how));
      const way = how === 'typed' ? `typed "${q}" (${KEY_DELAY_MS} ms a key)` : `pasted "${q}"`;
      rows.push(
        ...fetchedRows(
          `${way} on /search/: fetched from first keystroke to first result (median of ${RUNS})`,
          runs,
          TYPED_BUDGET_KB,
        ),
      );
      const ms = Math.round(median(runs.map((r) => r.ms)));
      // The budget is for typing, as readers search; pasted is the slowest case (nothing
      // fetched or searched before the last keystroke), reported beside it.
      rows.push(
        how === 'typed'
          ? withinBudget(`${way}: last keystroke to first result (median of ${RUNS})`, ms, 'ms', LAST_KEY_BUDGET_MS)
          : { metric: `${way}: last keystroke to first result (median of ${RUNS})`, value: ms, unit: 'ms' },
      );
    }
  }

  return rows;
}

/** Arriving at /search/?q=…: on this machine's loopback, then on the weak signal. */
async function arrivalRows(browser: Browser, siteUrl: string, dir: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const arrivals = await repeated(() => arrival(browser, siteUrl, ARRIVAL));
  const path = `/search/?q=${encodeURIComponent(ARRIVAL)}`;
  rows.push(
    ...fetchedRows(`${path}: everything fetched to the first result (median of ${RUNS})`, arrivals, ARRIVAL_BUDGET_KB),
  );
  rows.push({
    metric: `${path}: navigation to first result (median of ${RUNS})`,
    value: Math.round(median(arrivals.map((r) => r.ms))),
    unit: 'ms',
  });

  const compressed = await serveCompressed(dir);
  try {
    const weak = await repeated(() => weakArrival(browser, compressed.url, ARRIVAL));
    rows.push(
      withinBudget(
        `${path} on a weak signal (400 kbps, 400 ms round trip, gzip): navigation to first result (median of ${RUNS})`,
        Math.round(median(weak)),
        'ms',
        WEAK_ARRIVAL_BUDGET_MS,
      ),
    );
    const reading = (await samplePages(dir)).find((page) => page.label === 'reading');
    if (reading) {
      const typed = await repeated(() => weakFromHeader(browser, compressed.url, reading.path, ARRIVAL));
      rows.push({
        metric: `  the same typed in a reading page's header box on the weak signal: Enter to first result (median of ${RUNS})`,
        value: Math.round(median(typed)),
        unit: 'ms',
      });
    }
  } finally {
    await compressed.close();
  }

  return rows;
}
