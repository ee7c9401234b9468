/**
 * Lighthouse (its default mobile settings: emulated phone, simulated slow 4G) on the sample
 * pages: performance, accessibility, best practices and SEO. Budget: 100 in each, reported as
 * points short of 100 so that the budget reads as an upper bound (0).
 *
 * The CLI rather than the Node API, because the CLI launches and closes Chromium itself
 * (through chrome-launcher, which is Lighthouse's dependency, not ours).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CHROMIUM_FLAGS, findChromium } from '../lib/chromium.ts';
import { withinBudget, type BenchResult, type BenchRow } from './lib/types.ts';
import { builtSite } from './lib/built-site.ts';
import { serveCompressed } from './lib/compressing-server.ts';
import { samplePages } from './lib/sample-pages.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** The flags the tests use (they keep Chromium off the network), plus headless. */
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS].join(' ');

interface LighthouseResult {
  categories: Record<string, { title: string; score: number | null }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string }>;
}

export async function run(): Promise<BenchResult> {
  const { dir } = await builtSite();
  const server = await serveCompressed(dir);
  const rows: BenchRow[] = [];
  try {
    for (const sample of await samplePages(dir)) {
      const { stdout } = await promisify(execFile)(
        'node_modules/.bin/lighthouse',
        [
          server.url + sample.path,
          '--output=json',
          '--output-path=stdout',
          '--quiet',
          `--only-categories=${CATEGORIES.join(',')}`,
          `--chrome-flags=${CHROME_FLAGS}`,
        ],
        { env: { ...process.env, CHROME_PATH: findChromium('measure') }, maxBuffer: 64 * 1024 * 1024 },
      );
      const result = JSON.parse(stdout) as LighthouseResult;
      for (const id of CATEGORIES) {
        const score = Math.round((result.categories[id]?.score ?? 0) * 100);
        rows.push(withinBudget(`${sample.label} ${id} (points short of 100)`, 100 - score, 'points', 0));
      }
      // What cost the points, so a miss can be acted on without rerunning Lighthouse.
      const failing = Object.entries(result.audits)
        .filter(
          ([, audit]) =>
            audit.score !== null &&
            audit.score < 1 &&
            ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode),
        )
        .map(([id]) => id);
      if (failing.length > 0)
        process.stderr.write(`lighthouse ${sample.label}: audits below full marks: ${failing.join(', ')}\n`);
    }
  } finally {
    await server.close();
  }
  return { name: 'lighthouse', rows };
}
