/**
 * The search page (/search/): results as you type, filters with counts, state in the URL.
 *
 * The page is server-rendered with a message for readers without scripts; this script hides
 * that message, shows the search form and drives it. Loaded as a file, never inline, so it
 * runs under a Content-Security-Policy without 'unsafe-inline'.
 */
import { FILTERS } from '../search/record.ts';
import { makeExcerpt } from './search/excerpt.ts';
import { loadPagefind, type Pagefind, type PagefindResult } from './search/pagefind.ts';
import { pagefindFilters, readState, writeState, type QueryState } from './search/query-state.ts';
import { resultItem, showFilterCounts } from './search/render.ts';
import { walkResults } from './search/keyboard.ts';

/** Results drawn at a time; each needs its own small fragment file, so the first answer stays small. */
const PAGE_SIZE = 10;
/** Wait this long after the last keystroke before searching. */
const DEBOUNCE_MS = 150;

const app = document.getElementById('search-app');
const fallback = document.getElementById('search-needs-scripts');
const form = document.getElementById('search-form') as HTMLFormElement | null;
const input = document.getElementById('search-query') as HTMLInputElement | null;
const status = document.getElementById('search-status');
const list = document.getElementById('search-results') as HTMLOListElement | null;
const more = document.getElementById('search-more') as HTMLButtonElement | null;

if (app && fallback && form && input && status && list && more) {
  fallback.hidden = true;
  app.hidden = false;

  let pagefind: Pagefind | undefined;
  let latest = 0;
  let pending: PagefindResult[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** The form's state: the query and every ticked filter value. */
  const formState = (): QueryState => {
    const filters: QueryState['filters'] = {};
    for (const name of FILTERS) {
      const values = [...form.querySelectorAll<HTMLInputElement>(`input[data-filter][name="${name}"]:checked`)].map((box) => box.value);
      if (values.length > 0) filters[name] = values;
    }
    return { q: input.value.trim(), filters };
  };

  const applyState = (state: QueryState) => {
    input.value = state.q;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[data-filter]')) {
      box.checked = state.filters[box.name as keyof QueryState['filters']]?.includes(box.value) ?? false;
    }
  };

  const drawMore = async (run: number) => {
    const batch = pending.splice(0, PAGE_SIZE);
    const fragments = await Promise.all(batch.map((result) => result.data()));
    if (run !== latest) return;
    for (const fragment of fragments) {
      list.append(resultItem({ url: fragment.url, meta: fragment.meta, excerpt: makeExcerpt(fragment.content, fragment.locations, fragment.meta.aka) }));
    }
    more.hidden = pending.length === 0;
  };

  const search = async () => {
    const run = ++latest;
    const state = formState();
    history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
    const hasFilters = Object.keys(state.filters).length > 0;
    if (!state.q && !hasFilters) {
      list.replaceChildren();
      more.hidden = true;
      showFilterCounts(form, undefined);
      const prompt = 'Type a word, a phrase in quotes, or an acronym to search.';
      // Note: the page is served with these words; rewriting them would cost a layout on load.
      if (status.textContent !== prompt) status.textContent = prompt;
      return;
    }
    pagefind ??= await loadPagefind();
    // Note: a null query with filters lists every record that matches the filters.
    const response = await pagefind.search(state.q || null, { filters: pagefindFilters(state) });
    if (run !== latest || !response) return;
    pending = [...response.results];
    list.replaceChildren();
    await drawMore(run);
    if (run !== latest) return;
    showFilterCounts(form, response.filters);
    const count = response.results.length;
    const words = state.q ? ` for “${state.q}”` : '';
    const narrowed = hasFilters ? ' with the chosen filters' : '';
    status.textContent = `${count === 0 ? 'No' : count} result${count === 1 ? '' : 's'}${words}${narrowed}.`;
  };

  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), DEBOUNCE_MS);
  };

  input.addEventListener('input', soon);
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[data-filter]')) void search();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search();
  });
  more.addEventListener('click', () => {
    const next = list.children.length;
    void drawMore(latest).then(() => list.querySelectorAll<HTMLAnchorElement>('.search-result a')[next]?.focus());
  });
  walkResults(input, list);
  addEventListener('popstate', () => {
    applyState(readState(location.search));
    void search();
  });

  applyState(readState(location.search));
  void search();
}
