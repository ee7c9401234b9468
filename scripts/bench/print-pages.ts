/**
 * Printed A4 sheets (Chromium, page.pdf) for the pages people print: the home page, the themes
 * grid, the recommendations, at a glance and the whole report. Budgets are the ones readers
 * asked for: themes on one sheet, recommendations and at a glance on two at most.
 */
import { serveSite } from '../lib/site-process.ts';
import { launchChromium } from '../lib/chromium.ts';
import { printedSheets } from '../lib/printed-sheets.ts';
import { withinBudget, type BenchResult, type BenchRow } from './lib/types.ts';
import { builtSite } from './lib/built-site.ts';

const PAGES: { label: string; path: string; budget?: number }[] = [
  { label: 'home', path: '' },
  { label: 'themes', path: 'themes/', budget: 1 },
  { label: 'recommendations', path: 'recommendations/', budget: 2 },
  { label: 'at a glance', path: 'at-a-glance/', budget: 2 },
  { label: 'whole report', path: 'whole-report/' },
];

export async function run(): Promise<BenchResult> {
  const { dir } = await builtSite();
  const server = await serveSite({ outDir: dir });
  const browser = await launchChromium();
  const rows: BenchRow[] = [];
  try {
    const page = await (await browser.newContext()).newPage();
    for (const { label, path, budget } of PAGES) {
      const sheets = await printedSheets(page, server.url + path);
      const metric = `${label} (/${path}) printed`;
      rows.push(
        budget === undefined
          ? { metric, value: sheets, unit: 'A4 pages' }
          : withinBudget(metric, sheets, 'A4 pages', budget),
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { name: 'print-pages', rows };
}
