/**
 * Pagefind's Node API wrapped for this site: the search records in, the index's files out.
 * Its errors are checked at every step and the Pagefind service is always closed.
 *
 * Note: the built pages are not indexed. A page holding eighty paragraphs would come back as
 * one result with sub-results in page order, its navigation would be indexed with it, and the
 * browser would fetch the whole page's fragment (see TOOLCHAIN.md). Records from the model
 * keep results paragraph-sized and filterable.
 */
import * as pagefind from 'pagefind';
import type { SearchRecord } from './records.ts';

/** Files of Pagefind's bundle the site never loads: its ready-made UIs and highlight script. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** One file of the index: its path under `pagefind/` and its bytes. */
export interface IndexFile {
  path: string;
  content: Uint8Array;
}

/**
 * Indexes the records and returns the files of `pagefind/`, less the UIs the site does not ship.
 *
 * Note: the search page drives Pagefind's JS API itself, so its ready-made UIs and highlight
 * script (about 430 KB) are never loaded and never shipped.
 */
export async function indexRecords(records: SearchRecord[]): Promise<IndexFile[]> {
  try {
    // Note: one language for the whole index, so English stemming applies to every record.
    const { errors, index } = await pagefind.createIndex({ forceLanguage: 'en' });
    check('create the index', errors);
    if (!index) throw new Error('Pagefind did not create an index');
    for (const record of records) {
      const added = await index.addCustomRecord({ ...record, language: 'en', filters: record.filters as Record<string, string[]> });
      check(`index ${record.meta.title}`, added.errors);
    }
    const { errors: failed, files } = await index.getFiles();
    check('write the index', failed);
    return files.filter((file) => !UNUSED.test(file.path)).map((file) => ({ path: file.path, content: file.content }));
  } finally {
    await pagefind.close();
  }
}

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
}
