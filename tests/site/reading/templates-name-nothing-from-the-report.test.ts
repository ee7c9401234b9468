import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtModel } from '../../lib/reading-pages.ts';

const report = await builtModel();
// The parser and the model are generic by construction (the parser's own tests swap in
// other reports); here we check the parts that render: pages, layouts, components, scripts.
const folders = ['src/pages', 'src/layouts', 'src/components', 'src/scripts', 'src/lib', 'src/styles'];

describe('templates', () => {
  it('should not contain the authority, inspector, dates or any area title of the report', async () => {
    const { metadata } = report;
    const place = metadata.authority.replace(/^(London Borough of|City of|Royal Borough of|County of)\s+/i, '');
    const needles = [
      metadata.authority,
      place,
      metadata.reportingInspector,
      metadata.publishedAsPublished,
      metadata.inspectionDates.asPublished,
      ...report.parts.map((p) => p.title),
      ...report.outline.filter((s) => s.kind === 'section').map((s) => s.title),
    ].filter((n) => n.length >= 6);
    const found: string[] = [];
    for (const folder of folders) {
      for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const file = join(entry.parentPath, entry.name);
        // Comments may use the report as an example; only what can render is checked.
        const source = (await readFile(file, 'utf8')).replace(/\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->|(^|\s)\/\/.*$/gm, '');
        for (const needle of needles) if (source.includes(needle)) found.push(`${file}: "${needle}"`);
      }
    }
    expect(found).toEqual([]);
  });
});
