/** The size of the built site on disk: every file, the HTML pages, and the Pagefind index. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchResult } from './lib/types.ts';
import { builtSite } from './lib/built-site.ts';

export async function run(): Promise<BenchResult> {
  const { dir } = await builtSite();
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  let total = 0;
  let html = 0;
  let pagefind = 0;
  let pages = 0;
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    const { size } = await stat(path);
    total += size;
    if (entry.name.endsWith('.html')) {
      html += size;
      pages++;
    }
    if (path.startsWith(join(dir, 'pagefind'))) pagefind += size;
  }
  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
  return {
    name: 'site-size',
    rows: [
      { metric: 'dist/ total', value: kb(total), unit: 'KB' },
      { metric: 'files', value: entries.length, unit: 'files' },
      { metric: 'HTML pages', value: pages, unit: 'pages' },
      { metric: 'HTML total', value: kb(html), unit: 'KB' },
      { metric: 'pagefind/ index and UI', value: kb(pagefind), unit: 'KB' },
    ],
  };
}
