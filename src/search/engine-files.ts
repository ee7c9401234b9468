/**
 * The search engine's two large files, as paths under the site's base: Pagefind's script and the
 * WebAssembly of the one language the index is built in. The search page preloads both from its
 * head (src/pages/search/index.astro) and its script imports the first (src/scripts/search/pagefind.ts).
 */

/** The index's one language (src/search/pagefind-index.ts), so English stemming applies to every record. */
export const INDEX_LANGUAGE = 'en';

export const ENGINE_SCRIPT = 'pagefind/pagefind.js';
export const ENGINE_WASM = `pagefind/wasm.${INDEX_LANGUAGE}.pagefind`;
