/**
 * Which files of a build a saved copy holds: everything a reader's browser may ask for while
 * reading, searching or downloading (pages, `/p/N/` permalinks, styles and scripts, icons, the
 * search engine and index, the pack catalogue, the data downloads, the 404 page), and nothing
 * that only hosts, crawlers or the offline machinery read.
 *
 * A rule over file names rather than a list of pages, so a page or file added later is
 * saved without anyone remembering to add it here.
 */

/** Files for hosts (`_headers`), crawlers (`sitemap.xml`, `robots.txt`) and the offline machinery itself. */
const NOT_FOR_READERS = new Set(['_headers', 'sitemap.xml', 'robots.txt', 'offline-files.json', 'sw.js']);

/** What Pagefind's `pagefind-entry.json` says about the index: the languages it holds, each with its engine. */
export interface PagefindEntry {
  languages: Record<string, { wasm?: string | null }>;
}

/**
 * Whether a built file (a path relative to the output folder, "/" separated) is saved.
 *
 * Of Pagefind's bundle, the engine of every language the index does not hold is left out
 * (Pagefind writes `wasm.unknown.pagefind` beside `wasm.en.pagefind`): about 60 KB compressed
 * that no reader's browser would ever fetch.
 */
export function isSaved(file: string, pagefind: PagefindEntry | undefined): boolean {
  if (NOT_FOR_READERS.has(file)) return false;
  const engine = /^pagefind\/wasm\.([^/]+)\.pagefind$/.exec(file);
  if (engine)
    return Object.values(pagefind?.languages ?? {}).some((language) => (language.wasm ?? 'unknown') === engine[1]);
  return true;
}
