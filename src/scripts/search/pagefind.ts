/**
 * Loads the Pagefind bundle the build wrote to `{base}pagefind/`, and types the little of its
 * API the search page uses.
 */
import { url } from '../../lib/urls.ts';
import { ENGINE_SCRIPT } from '../../search/engine-files.ts';
import type { RecordFilters, RecordMeta } from '../../search/record.ts';

export interface PagefindFragment {
  url: string;
  content: string;
  meta: Partial<RecordMeta>;
  filters: RecordFilters;
  locations: number[];
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words in the record's content. */
  words: number[];
  data: () => Promise<PagefindFragment>;
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<FilterCounts>;
  preload: (query: string, options?: { filters?: Record<string, unknown> }) => Promise<void>;
  search: (query: string | null, options?: { filters?: Record<string, unknown> }) => Promise<PagefindResponse | null>;
}

/** How long loading may take before the page says search is unavailable, rather than wait on. */
const LOAD_TIMEOUT_MS = 15_000;

export interface LoadedPagefind {
  pagefind: Pagefind;
  /**
   * Loads the filter indexes (once), resolving when they are in, from when on searches return
   * filter counts. Asked for after the first answer is drawn: on a weak signal their seven files
   * would share the line with the index chunks and fragment the first result waits for.
   */
  loadFilters: () => Promise<unknown>;
}

/**
 * Imports pagefind.js from the built site (it is not part of the Vite bundle) and loads its
 * engine and metadata, and starts loading its filters; rejects if any of the first fails or
 * they take too long.
 *
 * `worker`: run the engine in Pagefind's web worker. For a load nobody waits on (the
 * search page idle), the worker keeps decompressing and starting the engine (long tasks of
 * 100-160 ms on a slow phone) off the main thread, so a reader who starts scrolling or typing
 * meets no stall; it costs one more script (12 KB compressed) and a round trip. A reader who
 * arrived with a query is waiting on the answer, so that load runs on the main thread.
 */
export async function loadPagefind({ worker, tag }: { worker: boolean; tag?: string }): Promise<LoadedPagefind> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error('loading took too long')), LOAD_TIMEOUT_MS);
  });
  try {
    return await Promise.race([load(worker, tag), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function load(worker: boolean, tag: string | undefined): Promise<LoadedPagefind> {
  const pagefind = (await import(/* @vite-ignore */ url(ENGINE_SCRIPT))) as Pagefind;
  // Options before init, which is when Pagefind reads them. Record URLs are site-relative and
  // Pagefind puts baseUrl in front of each. `metaCacheTag` (src/search/index-tag.ts) names the
  // entry file the page preloaded.
  await pagefind.options({ baseUrl: url(), noWorker: !worker, ...(tag ? { metaCacheTag: tag } : {}) });
  await pagefind.init();
  // init only starts loading. A search for nothing returns as soon as the metadata and engine
  // are in, or throws why they are not.
  await pagefind.search('');
  let filters: Promise<unknown> | undefined;
  return {
    pagefind,
    loadFilters: () => (filters ??= pagefind.filters().catch(() => undefined)),
  };
}
