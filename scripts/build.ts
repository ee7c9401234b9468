/**
 * `npm run build`: text ─parse─▶ model ─astro─▶ pages ─pagefind─▶ index, into dist/.
 *
 * Bad input stops the build with the parser's one line `file:line: what is wrong` and exit 1.
 * Each stage's time is printed and written to dist/build-stages.json for the benchmark.
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MODEL_CACHE, REPORT_FILE } from '../src/model/load-model.ts';
import { describeError, parseReportFile } from '../src/parser/index.ts';
import { buildSearchIndex } from './search-index.ts';

/** Where the site is built: dist/ unless OUT_DIR says otherwise (astro.config.mjs reads it too). */
const OUT_DIR = process.env.OUT_DIR ?? 'dist';
const MODEL_FILE = `${MODEL_CACHE.replace(/\.json$/, '')}-${OUT_DIR.replace(/[^a-z0-9]+/gi, '_')}.json`;

const stages: Record<string, number> = {};
const time = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
  const start = performance.now();
  const result = await work();
  stages[name] = Math.round(performance.now() - start);
  process.stdout.write(`${name.padEnd(9)} ${stages[name]} ms\n`);
  return result;
};

/**
 * The environment for Astro, less Vite's own variables.
 *
 * Note: a build started from inside Vitest inherits BASE_URL=/ and MODE from it, and Astro
 * then renders links without the BASE_PATH it was asked for.
 */
function astroEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST']) delete env[name];
  return env;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      env: { ...astroEnv(), ASTRO_TELEMETRY_DISABLED: '1', REPORT_MODEL: MODEL_FILE },
    });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${command} exited with code ${code}`))));
  });
}

try {
  const model = await time('parse', async () => {
    try {
      return await parseReportFile(REPORT_FILE);
    } catch (error) {
      process.stderr.write(`${describeError(error, REPORT_FILE)}\n`);
      process.exit(1);
    }
  });
  await mkdir(dirname(MODEL_FILE), { recursive: true });
  await writeFile(MODEL_FILE, JSON.stringify(model));
  await time('astro', () => run('node_modules/.bin/astro', ['build', '--silent']));
  await time('pagefind', () => buildSearchIndex(model, OUT_DIR));
  await writeFile(`${OUT_DIR}/build-stages.json`, `${JSON.stringify(stages, null, 2)}\n`);
} catch (error) {
  process.stderr.write(`build failed: ${(error as Error).message}\n`);
  process.exit(1);
}
