/**
 * The index Pagefind writes for the records: split into small chunks, so a query fetches only
 * the words it needs, and without the files the search page never loads.
 */
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReportFile } from '../../../src/parser/index.ts';
import { indexRecords, type IndexFile } from '../../../src/search/pagefind-index.ts';
import { searchRecords } from '../../../src/search/records.ts';

let files: IndexFile[];
beforeAll(async () => {
  files = await indexRecords(searchRecords(await parseReportFile('content/tower-hamlets-2012.txt')));
}, 60_000);

describe('indexRecords', () => {
  it('should split the index into chunks of a few kilobytes (Pagefind honours the chunk size)', () => {
    const chunks = files.filter((file) => file.path.startsWith('index/'));
    // Pagefind's default size would give two chunks of about 20 KB for this report.
    expect(chunks.length).toBeGreaterThanOrEqual(6);
    for (const chunk of chunks) expect(chunk.content.length).toBeLessThan(10 * 1024);
  });

  it('should ship one WebAssembly engine, for the index\u2019s language, the script and its worker, and no ready-made UI', () => {
    const top = files.map((file) => file.path).filter((path) => !path.includes('/'));
    expect(top.filter((path) => path.startsWith('wasm.'))).toEqual(['wasm.en.pagefind']);
    expect(top.filter((path) => /-ui|highlight/.test(path))).toEqual([]);
    expect(top).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js']));
  });

  it('should give each result its title as its only meta, and what else it shows as filter values', () => {
    const fragment = files.find((file) => file.path.startsWith('fragment/'))!;
    const data = JSON.parse(
      gunzipSync(fragment.content)
        .toString()
        .replace(/^pagefind_dcd/, ''),
    ) as { content: string; meta: object; filters: object };
    expect(Object.keys(data.meta)).toEqual(['title']);
    expect(Object.keys(data.filters)).toEqual(expect.arrayContaining(['kind', 'section']));
  });
});
