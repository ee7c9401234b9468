/**
 * The search stage of the build: one Pagefind record per paragraph and per recommendation,
 * written to `{site}/pagefind/`.
 *
 * Note: the built pages are not indexed. A page holding eighty paragraphs would come back as
 * one result with sub-results in page order, its navigation would be indexed with it, and the
 * browser would fetch the whole page's fragment (see TOOLCHAIN.md). Records from the model
 * keep results paragraph-sized and filterable.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Report } from '../src/model/schema.ts';
import { searchRecords } from '../src/search/records.ts';

/** Builds the index for the site in `site`. The same index serves any base path (see records.ts). */
export async function buildSearchIndex(model: Report, site: string): Promise<{ records: number }> {
  const records = searchRecords(model);
  try {
    // Note: one language for the whole index, so English stemming applies to every record.
    const { errors, index } = await pagefind.createIndex({ forceLanguage: 'en' });
    check('create the index', errors);
    if (!index) throw new Error('Pagefind did not create an index');
    for (const record of records) {
      const added = await index.addCustomRecord({ ...record, language: 'en', filters: record.filters as Record<string, string[]> });
      check(`index ${record.meta.title}`, added.errors);
    }
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    check('write the index', written.errors);
    // Note: the search page drives Pagefind's JS API itself; Pagefind's ready-made UIs and its
    // highlight script (about 430 KB) are never loaded, so they are not shipped.
    for (const file of UNUSED) await rm(join(site, 'pagefind', file), { force: true });
  } finally {
    await pagefind.close();
  }
  return { records: records.length };
}

const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
}
