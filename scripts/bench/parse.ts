/**
 * Parser speed and memory: the published report, and a synthetic one with ten times the
 * paragraphs, which should take less than twelve times as long (roughly linear growth).
 */
import { readFile } from 'node:fs/promises';
import { parseBytes } from '../../src/parser/index.ts';
import { loadFramework } from '../../src/parser/framework.ts';
import { median, withinBudget, type BenchResult } from './lib/types.ts';
import { syntheticReport } from './lib/synthetic-report.ts';

const REPORT = 'content/tower-hamlets-2012.txt';
const WARM_UP = 10;
const RUNS = 50;
const SCALE = 10;

/**
 * Median wall time and CPU time of `RUNS` parses after a warm-up, and the highest heap seen.
 *
 * CPU time is reported beside wall time because on a shared machine other processes
 * stretch wall time; the budget stays on wall time, which is what a reader waits for.
 */
function time(parse: () => unknown): { median: number; cpu: number; heap: number } {
  for (let i = 0; i < WARM_UP; i++) parse();
  const wall: number[] = [];
  const cpu: number[] = [];
  let heap = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    parse();
    const used = process.cpuUsage(startCpu);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
    heap = Math.max(heap, process.memoryUsage().heapUsed);
  }
  return { median: median(wall), cpu: median(cpu), heap };
}

export async function run(): Promise<BenchResult> {
  const framework = await loadFramework();
  const bytes = await readFile(REPORT);
  const report = parseBytes(REPORT, bytes, framework);
  const big = new TextEncoder().encode(syntheticReport(new TextDecoder().decode(bytes), report, SCALE));
  const bigReport = parseBytes('synthetic.txt', big, framework);
  if (bigReport.paragraphs.length !== report.paragraphs.length * SCALE) {
    throw new Error(
      `the synthetic report has ${bigReport.paragraphs.length} paragraphs, not ${report.paragraphs.length * SCALE}`,
    );
  }

  const real = time(() => parseBytes(REPORT, bytes, framework));
  const synthetic = time(() => parseBytes('synthetic.txt', big, framework));
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  const ms = (n: number) => Math.round(n * 100) / 100;
  return {
    name: 'parse',
    rows: [
      withinBudget(
        `parse ${REPORT} (${report.paragraphs.length} paragraphs, median of ${RUNS})`,
        ms(real.median),
        'ms',
        50,
      ),
      { metric: `  CPU time of the same (median)`, value: ms(real.cpu), unit: 'ms' },
      {
        metric: `parse synthetic report (${bigReport.paragraphs.length} paragraphs, ${(big.length / 1024).toFixed(0)} KB, median of ${RUNS})`,
        value: ms(synthetic.median),
        unit: 'ms',
      },
      { metric: `  CPU time of the same (median)`, value: ms(synthetic.cpu), unit: 'ms' },
      withinBudget(
        `synthetic / real parse time (${SCALE}x the paragraphs)`,
        ms(synthetic.median / real.median),
        'x',
        12,
      ),
      { metric: 'peak heap used while parsing the real report', value: mb(real.heap), unit: 'MB' },
      { metric: 'peak heap used while parsing the synthetic report', value: mb(synthetic.heap), unit: 'MB' },
      // MaxRSS is the process's high-water mark, so it covers both reports.
      { metric: 'peak resident set size of the process', value: mb(process.resourceUsage().maxRSS * 1024), unit: 'MB' },
    ],
  };
}
