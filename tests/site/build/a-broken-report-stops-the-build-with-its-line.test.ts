/** `astro build` on a report with a paragraph missing: it stops, saying the parser's one line. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../../scripts/lib/site-process.ts';
import { REPORT_FILE } from '../../../src/lib/report-file.ts';

const dir = await mkdtemp(join('node_modules', '.cache-broken-report-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('astro build on a broken report', () => {
  it("should stop with the parser's one line, naming the file and line, and no stack trace", async () => {
    const lines = (await readFile(REPORT_FILE, 'utf8')).split('\n');
    const at = lines.findIndex((line) => line.startsWith('40. '));
    expect(at).toBeGreaterThan(0);
    const broken = join(dir, 'broken.txt');
    await writeFile(broken, lines.filter((_, i) => i !== at).join('\n'));

    const failure = await buildSite({ outDir: join(dir, 'dist'), reportFile: broken }).then(
      () => undefined,
      (error: Error) => error.message,
    );
    expect(failure).toBeDefined();
    const printed = failure!
      .split('\n')
      .slice(1)
      .filter((line) => line.trim() !== '');
    expect(printed).toEqual([
      `${relative('.', broken)}:${at + 1}: paragraph numbering jumps from 39 to 41: paragraph 40 is missing`,
    ]);
  });
});
