/**
 * Pagefind's Node API wrapped for this site: the search records in, the index's files out.
 * Its errors are checked at every step and the Pagefind service is always closed.
 *
 * The built pages are not indexed. A page holding eighty paragraphs would come back as
 * one result with sub-results in page order, its navigation would be indexed with it, and the
 * browser would fetch the whole page's fragment (see TOOLCHAIN.md). Records from the model
 * keep results paragraph-sized and filterable.
 */
import * as pagefind from 'pagefind';
import { INDEX_LANGUAGE } from './engine-files.ts';
import type { SearchRecord } from './records.ts';

/** Files of Pagefind's bundle the site never loads: its ready-made UIs and highlight script. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/**
 * Word locations per index chunk (Pagefind's default is 20,000, which splits this report's index
 * into two chunks of about 20 KB, so most two-word queries fetch both).
 *
 * About 4,000 gives chunks of about 5 KB, so a query fetches only the few kilobytes its
 * words need. Pagefind 1.6 reads the size only from this environment variable (its service
 * inherits ours); tests/unit/search/pagefind-index.test.ts checks that the index
 * really is split.
 */
const INDEX_CHUNK_SIZE = 4000;

/** One file of the index: its path under `pagefind/` and its bytes. */
export interface IndexFile {
  path: string;
  content: Uint8Array;
}

/**
 * Indexes the records and returns the files of `pagefind/`, less those the site never loads.
 *
 * The search page drives Pagefind's JS API itself, so its ready-made UIs and highlight
 * script (about 430 KB) are never loaded and never shipped; nor is the WebAssembly for a
 * language the index does not have.
 */
export async function indexRecords(records: SearchRecord[]): Promise<IndexFile[]> {
  try {
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
    const { errors, index } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
    check('create the index', errors);
    if (!index) throw new Error('Pagefind did not create an index');
    for (const record of records) {
      const added = await index.addCustomRecord({
        ...record,
        language: INDEX_LANGUAGE,
        filters: record.filters as Record<string, string[]>,
      });
      check(`index ${record.meta.title}`, added.errors);
    }
    const { errors: failed, files } = await index.getFiles();
    check('write the index', failed);
    const wasm = usedWasm(files);
    return files
      .filter((file) => !UNUSED.test(file.path) && (!file.path.startsWith('wasm.') || wasm.has(file.path)))
      .map((file) => ({ path: file.path, content: file.content }));
  } finally {
    await pagefind.close();
  }
}

/**
 * The engine files the index's languages load (`wasm.en.pagefind`). Pagefind also writes one for
 * pages of no known language (`wasm.unknown.pagefind`, 55 KB), which an index forced to English
 * never loads.
 */
function usedWasm(files: IndexFile[]): Set<string> {
  const entry = files.find((file) => file.path === 'pagefind-entry.json');
  if (!entry) throw new Error('Pagefind wrote no pagefind-entry.json');
  const { languages } = JSON.parse(new TextDecoder().decode(entry.content)) as {
    languages: Record<string, { wasm?: string }>;
  };
  return new Set(Object.values(languages).map((language) => `wasm.${language.wasm ?? 'unknown'}.pagefind`));
}

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
}
