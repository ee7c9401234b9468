/**
 * The briefing pack page's weight as a reader opening a shared pack meets it: a pack of three
 * items (two paragraphs and a recommendation, from the built pack index so the figure follows
 * the report), loaded in Chromium with an empty cache until its items are shown, every byte
 * counted as scripts/bench/lib/transfers.ts says. The page fetches the pack index and only
 * its own items (src/pages/pack/), so the budget holds whatever the report's length.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PackIndex } from '../../src/packs/catalogue.ts';
import { launchChromium } from '../lib/chromium.ts';
import { serveSite } from '../lib/site-process.ts';
import { builtSite } from './lib/built-site.ts';
import { totalKb, watchTransfers } from './lib/transfers.ts';
import { withinBudget, type BenchResult } from './lib/types.ts';

const PACK_OF_THREE_BUDGET_KB = 20;

/** Three items of the report: its 28th and 50th paragraphs (or its last ones) and a recommendation. */
export function packOfThree(index: PackIndex): string[] {
  const paragraphs = index.ids.filter((id) => /^p\d+$/.test(id));
  const recommendation = index.ids.find((id) => !/^p\d+$/.test(id));
  const pick = (n: number) => paragraphs[Math.min(n, paragraphs.length) - 1]!;
  return [pick(28), ...(recommendation ? [recommendation] : []), pick(50)];
}

export async function run(): Promise<BenchResult> {
  const { dir } = await builtSite();
  const index = JSON.parse(await readFile(join(dir, 'pack', 'index.json'), 'utf8')) as PackIndex;
  const items = packOfThree(index);
  const path = `pack/?items=${items.join(',')}`;
  const server = await serveSite({ outDir: dir });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const transfers = watchTransfers(page);
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    await page.waitForSelector('#pack-list > li');
    const all = await transfers.settled();
    await context.close();
    const data = all.filter((r) => new URL(r.url).pathname.endsWith('.json'));
    const scripts = all.filter((r) => r.type === 'script');
    return {
      name: 'pack-page',
      rows: [
        withinBudget(`pack of three (/${path}) transferred`, totalKb(all), 'KB', PACK_OF_THREE_BUDGET_KB),
        { metric: 'pack of three requests', value: all.length, unit: 'requests' },
        { metric: 'pack of three data (index and items)', value: totalKb(data), unit: 'KB' },
        { metric: 'pack of three scripts', value: totalKb(scripts), unit: 'KB' },
      ],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
