/**
 * The content loader in `astro dev`: an editor's save often reaches the disk as two writes (the
 * file emptied, then the text) and the watcher may report only the first. The page must end up
 * showing the saved text, not "the file is empty" until the next save.
 */
import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PARSE_ERROR_ENTRY,
  REPORT_ENTRY,
  REVIEWED_FINDINGS_ENTRY,
  reportLoader,
} from '../../../src/loaders/report-loader.ts';
import { REPORT_FILE } from '../../../src/lib/report-file.ts';

const original = await readFile(REPORT_FILE, 'utf8');
const line39 = original.split('\n').find((line) => line.startsWith('39. '))!;

/** Just enough of Astro's loader context for the loader to run in dev mode. */
function devContext(root: string) {
  const entries = new Map<string, unknown>();
  const watcher = Object.assign(new EventEmitter(), { add: () => undefined });
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const context = {
    store: {
      clear: () => entries.clear(),
      set: ({ id, data }: { id: string; data: unknown }) => entries.set(id, data),
    },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (value: string) => String(value.length),
    watcher,
    logger: quiet,
    config: { root: pathToFileURL(`${root}/`) },
  };
  return { entries, watcher, context };
}

/** Waits until `check` holds, for 3 s at most. */
async function eventually(check: () => boolean): Promise<void> {
  for (let waited = 0; waited < 3_000 && !check(); waited += 20) await new Promise((done) => setTimeout(done, 20));
}

describe('the report loader in astro dev', () => {
  let dir = '';
  let file = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'loader-'));
    file = join(dir, 'report.txt');
    await writeFile(file, original);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const paragraph39 = (entries: Map<string, unknown>) =>
    JSON.stringify(
      (entries.get(REPORT_ENTRY) as { paragraphs: { number: number }[] } | undefined)?.paragraphs.find(
        (p) => p.number === 39,
      ),
    );

  it('should end with the saved text when only the emptying write was reported', async () => {
    const { entries, watcher, context } = devContext(dir);
    await reportLoader({ file: 'report.txt' }).load(context as never);
    expect(entries.has(REPORT_ENTRY)).toBe(true);

    await writeFile(file, '');
    watcher.emit('change', file);
    await writeFile(file, original.replace(line39, `${line39} Quizzical marmalade.`));

    await eventually(() => paragraph39(entries).includes('marmalade'));
    expect(entries.has(PARSE_ERROR_ENTRY)).toBe(false);
    expect(paragraph39(entries)).toContain('Quizzical marmalade');
  });

  it("should keep the parser's line for a broken save, and the report again once it is mended", async () => {
    const { entries, watcher, context } = devContext(dir);
    await reportLoader({ file: 'report.txt' }).load(context as never);
    const lines = original.split('\n');
    const at = lines.findIndex((line) => line.startsWith('40. '));

    await writeFile(file, lines.filter((_, i) => i !== at).join('\n'));
    watcher.emit('change', file);
    await eventually(() => entries.has(PARSE_ERROR_ENTRY));
    expect(entries.get(PARSE_ERROR_ENTRY) as { message: string; line: number }).toMatchObject({
      message: expect.stringMatching(/report\.txt:\d+: paragraph numbering jumps from 39 to 41/),
      line: at + 1,
    });

    await writeFile(file, original);
    watcher.emit('change', file);
    watcher.emit('change', file);
    await eventually(() => entries.has(REPORT_ENTRY));
    expect([...entries.keys()]).toEqual([REPORT_ENTRY, REVIEWED_FINDINGS_ENTRY]);
  });
});
