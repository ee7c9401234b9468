/**
 * Loads the Pagefind bundle the build wrote to `{base}pagefind/`, and types the little of its
 * API the search page uses.
 */
import { url } from '../../lib/urls.ts';

export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  locations: number[];
}

export interface PagefindResult {
  id: string;
  score: number;
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
  search: (query: string | null, options?: { filters?: Record<string, unknown> }) => Promise<PagefindResponse | null>;
}

/** Imports pagefind.js from the built site (it is not part of the Vite bundle). */
export async function loadPagefind(): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ url('pagefind/pagefind.js'))) as Pagefind;
  // Note: options before init, which is when Pagefind reads them. Record URLs are site-relative
  // and Pagefind puts baseUrl in front of each. No web worker: it would fetch a second copy of
  // the engine's script (12 KB compressed) to keep a search over a 174-record index off the
  // main thread, which the first-answer budget (100 KB) cannot afford.
  await pagefind.options({ baseUrl: url(), noWorker: true });
  await pagefind.init();
  // Note: the first search returns no filter counts unless the filters were loaded first.
  await pagefind.filters();
  return pagefind;
}
