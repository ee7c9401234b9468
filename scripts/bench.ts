/**
 * `npm run bench [-- name ...]`: runs the benchmark modules in scripts/bench/ (each file that
 * exports `run`, see scripts/bench/lib/types.ts), prints a table, writes
 * bench-results/bench.json and lists every missed budget. Exits 0 even when a budget is
 * missed: it is a benchmark, not a test.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { removeBuiltSite } from './bench/lib/built-site.ts';
import type { BenchModule, BenchResult, BenchRow } from './bench/lib/types.ts';

const DIR = new URL('./bench/', import.meta.url);
const OUT = 'bench-results/bench.json';

const only = process.argv.slice(2);
const files = (await readdir(DIR)).filter((f) => f.endsWith('.ts')).sort();
const results: (BenchResult & { error?: string })[] = [];

for (const file of files) {
  const name = file.replace(/\.ts$/, '');
  if (only.length > 0 && !only.includes(name)) continue;
  const module = (await import(new URL(file, DIR).href)) as Partial<BenchModule>;
  if (typeof module.run !== 'function') continue;
  process.stderr.write(`bench: ${name} ...\n`);
  try {
    const result = await module.run();
    // A module may leave `ok` to us when it gives a budget.
    for (const row of result.rows)
      if (row.budget !== undefined && row.ok === undefined) row.ok = row.value <= row.budget;
    results.push(result);
  } catch (error) {
    // One module that cannot measure must not hide the others' figures.
    const message = error instanceof Error ? error.message : String(error);
    results.push({ name, rows: [], error: message });
  }
}
await removeBuiltSite();

const table = results.flatMap((r) =>
  r.error
    ? [[r.name, `could not measure: ${r.error}`, '', '', '', '']]
    : r.rows.map((row) => [
        r.name,
        row.metric,
        String(row.value),
        row.unit,
        row.budget !== undefined ? `≤ ${row.budget}` : row.floor !== undefined ? `≥ ${row.floor}` : '',
        status(row),
      ]),
);
const header = ['module', 'metric', 'value', 'unit', 'budget', ''];
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const format = (row: string[]) =>
  row
    .map((cell, i) => (i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
    .join('  ')
    .trimEnd();
console.log([format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...table.map(format)].join('\n'));

await mkdir('bench-results', { recursive: true });
await writeFile(
  OUT,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
);
console.log(`\nwritten to ${OUT}`);

const missed = results.flatMap((r) =>
  r.rows
    .filter((row) => row.ok === false)
    .map(
      (row) =>
        `${r.name}: ${row.metric} is ${row.value} ${row.unit}, ${row.floor !== undefined ? `under the floor of ${row.floor}` : `over the budget of ${row.budget}`} ${row.unit}`,
    ),
);
const failed = results.filter((r) => r.error).map((r) => `${r.name}: could not measure: ${r.error}`);
for (const line of [...missed, ...failed]) console.log(`MISSED ${line}`);
if (missed.length + failed.length === 0) console.log('every budget met');

function status(row: BenchRow): string {
  return row.ok === undefined ? '' : row.ok ? 'ok' : 'MISSED';
}
