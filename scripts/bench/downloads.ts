/**
 * The size of each download a reader can save: the data files (/data/) and the action plan's
 * workbook, document and calendar (/recommendations/), as served and gzipped. Budgets keep the
 * action plan's files small enough to fetch on a phone and to attach to an email.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchResult, BenchRow } from './lib/types.ts';
import { builtSite } from './lib/built-site.ts';

const BUDGET_KB: Record<string, number> = { 'action-plan.xlsx': 40, 'action-plan.docx': 40, 'due-dates.ics': 30 };

export async function run(): Promise<BenchResult> {
  const { dir } = await builtSite();
  const data = (await readdir(join(dir, 'data'))).filter((f) => /\.(csv|json)$/.test(f)).map((f) => `data/${f}`);
  const plan = (await readdir(join(dir, 'recommendations')))
    .filter((f) => /\.(xlsx|docx|ics)$/.test(f))
    .map((f) => `recommendations/${f}`);
  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
  const rows: BenchRow[] = [];
  for (const file of [...plan, ...data].sort()) {
    const bytes = await readFile(join(dir, file));
    const budget = BUDGET_KB[file.split('/').pop()!];
    rows.push({ metric: file, value: kb(bytes.byteLength), unit: 'KB', ...(budget !== undefined ? { budget } : {}) });
    rows.push({ metric: `${file} gzipped`, value: kb(gzipSync(bytes).byteLength), unit: 'KB' });
  }
  return { name: 'downloads', rows };
}
