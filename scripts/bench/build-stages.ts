/** Build time by stage (parse, astro, pagefind) for one fresh build into a temporary folder. */
import type { BenchResult } from './lib/types.ts';
import { builtSite } from './lib/built-site.ts';

export async function run(): Promise<BenchResult> {
  const { stages } = await builtSite();
  const rows = Object.entries(stages).map(([stage, ms]) => ({ metric: `${stage} stage`, value: ms, unit: 'ms' }));
  rows.push({ metric: 'whole build', value: Object.values(stages).reduce((a, b) => a + b, 0), unit: 'ms' });
  return { name: 'build-stages', rows };
}
