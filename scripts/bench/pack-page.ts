/**
 * The briefing pack page's weight as a reader opening a shared pack meets it: a pack of three
 * items (two paragraphs and a recommendation, from the built pack index so the figure follows
 * the report), loaded in Chromium with an empty cache until its items are shown, every byte
 * counted as scripts/bench/lib/transferred.ts says. The page fetches the pack index and only
 * its own items (src/pages/pack/), so the budget holds whatever the report's length.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PackIndex } from '../../src/packs/catalogue.ts';
import { launchChromium } from '../lib/chromium.ts';
import { serveSite } from '../lib/site-process.ts';
import { builtSite } from './lib/built-site.ts';
import { kb, transferred } from './lib/transferred.ts';
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
    const weight = await transferred(browser, server.url + path, (page) => page.waitForSelector('#pack-list > li'));
    const data = weight.responses.filter((r) => r.path.endsWith('.json'));
    return {
      name: 'pack-page',
      rows: [
        withinBudget(`pack of three (/${path}) transferred`, kb(weight.bytes), 'KB', PACK_OF_THREE_BUDGET_KB),
        { metric: 'pack of three requests', value: weight.requests, unit: 'requests' },
        { metric: 'pack of three data (index and items)', value: kb(data.reduce((sum, r) => sum + r.bytes, 0)), unit: 'KB' },
        { metric: 'pack of three scripts', value: kb(weight.scriptBytes), unit: 'KB' },
      ],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
