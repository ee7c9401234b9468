/**
 * `npm run build`: text ─parse─▶ model ─astro─▶ pages ─pagefind─▶ index, into dist/.
 *
 * Bad input stops the build with the parser's one line `file:line: what is wrong` and exit 1.
 * Each stage's time is printed and written to dist/build-stages.json for the benchmark.
 */
import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { parseToModelFile } from './lib/model-file.ts';
import { runAstro } from './lib/run-astro.ts';
import { buildSearchIndex } from './search-index.ts';

/** Where the site is built: dist/ unless OUT_DIR says otherwise (astro.config.mjs reads it too). */
const OUT_DIR = process.env.OUT_DIR ?? 'dist';

const stages: Record<string, number> = {};
const time = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
  const start = performance.now();
  const result = await work();
  stages[name] = Math.round(performance.now() - start);
  process.stdout.write(`${name.padEnd(9)} ${stages[name]} ms\n`);
  return result;
};

try {
  const { model, file } = await time('parse', () => parseToModelFile(OUT_DIR));
  await time('astro', () => runAstro(['build', '--silent'], file));
  await time('pagefind', () => buildSearchIndex(model, OUT_DIR));
  await writeFile(`${OUT_DIR}/build-stages.json`, `${JSON.stringify(stages, null, 2)}\n`);
} catch (error) {
  process.stderr.write(`build failed: ${(error as Error).message}\n`);
  process.exit(1);
}
