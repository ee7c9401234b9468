import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { MODEL_CACHE, REPORT_FILE } from '../../src/model/load-model.ts';
import type { Report } from '../../src/model/schema.ts';
import { describeError, parseReportFile } from '../../src/parser/index.ts';

/**
 * Parses REPORT_FILE once and writes the validated model where Astro's content collections read
 * it (one file per output folder, so builds side by side don't share one). Bad input prints the
 * parser's one line `file:line: what is wrong` and exits 1.
 */
export async function parseToModelFile(outDir: string): Promise<{ model: Report; file: string }> {
  const file = `${MODEL_CACHE.replace(/\.json$/, '')}-${outDir.replace(/[^a-z0-9]+/gi, '_')}.json`;
  let model: Report;
  try {
    model = await parseReportFile(REPORT_FILE);
  } catch (error) {
    process.stderr.write(`${describeError(error, REPORT_FILE)}\n`);
    process.exit(1);
  }
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(model));
  return { model, file };
}
