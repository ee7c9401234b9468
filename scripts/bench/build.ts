/** Build time: one fresh `astro build` (parse, pages, search index) into a temporary folder. */
import type { BenchResult } from './lib/types.ts';
import { builtSite } from './lib/built-site.ts';

export async function run(): Promise<BenchResult> {
  const { buildMs } = await builtSite();
  return { name: 'build', rows: [{ metric: 'astro build, whole site with search index', value: buildMs, unit: 'ms' }] };
}
