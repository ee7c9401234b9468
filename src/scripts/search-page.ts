/**
 * The search page (/search/): results as you type, filters with counts, state in the URL.
 *
 * The page is server-rendered with a message for readers without scripts; this script hides
 * that message, shows the search form and drives it. Loaded as a file, never inline, so it
 * runs under a Content-Security-Policy without 'unsafe-inline'.
 *
 * The engine (Pagefind's script, WebAssembly, metadata and filters) loads once the page is idle
 * (in Pagefind's web worker, off the main thread), or at once when the page opens with a query
 * (on the main thread, sooner, with its files preloaded from the head and the filters left until
 * the first result is drawn), so it is ready before the reader's first keystroke; each word's
 * index chunk is preloaded as it is typed.
 */
import { FILTERS } from '../search/record.ts';
import { contentsUrl, url } from '../lib/urls.ts';
import { createEngine, type Engine, type Hit } from './search/engine.ts';
import { loadEverydayWords } from './search/everyday-words.ts';
import { makeExcerpt } from './search/excerpt.ts';
import { walkResults } from './search/keyboard.ts';
import { loadPagefind } from './search/pagefind.ts';
import { loadReportWords } from './search/report-words.ts';
import { pagefindFilters, readState, writeState, type QueryState } from './search/query-state.ts';
import { resultItem, showFilterCounts, showStatus } from './search/render.ts';
import { EMPTY_PROMPT, statusLines, unavailableLines } from './search/status.ts';

/** Results drawn at a time; each needs its own small fragment file, so the first answer stays small. */
const PAGE_SIZE = 10;
/**
 * Wait this long after the last keystroke before searching: short, so each pause in typing gets
 * its answer; only input events closer together (a held key, an autocompleted word) are searched once.
 */
const DEBOUNCE_MS = 30;
/**
 * A query typed so far with fewer characters than this is not searched yet.
 * One letter matches the start of hundreds of words, whose index chunks it would fetch.
 */
const MIN_QUERY = 2;
/**
 * The answer is announced once typing has paused this long, not at each pause a search answers:
 * typing "adoption" at a steady pace would otherwise be read out seven times, each cut short.
 */
const SETTLE_MS = 1_000;

const app = document.getElementById('search-app');
const fallback = document.getElementById('search-needs-scripts');
const form = document.getElementById('search-form') as HTMLFormElement | null;
const input = document.getElementById('search-query') as HTMLInputElement | null;
const status = document.getElementById('search-status');
const announcer = document.getElementById('search-announce');
const list = document.getElementById('search-results') as HTMLOListElement | null;
const more = document.getElementById('search-more') as HTMLButtonElement | null;
const skip = document.getElementById('search-skip') as HTMLAnchorElement | null;

if (app && fallback && form && input && status && announcer && list && more && skip) {
  fallback.hidden = true;
  app.hidden = false;

  /** The filters the page offers (a report may have no values for one, which Pagefind then never counts). */
  const shownFilters = [
    ...new Set([...form.querySelectorAll<HTMLInputElement>('input[data-filter]')].map((box) => box.name)),
  ];
  let engine: Promise<Engine> | undefined;
  let loadFilters: () => Promise<unknown> = () => Promise.resolve();
  let latest = 0;
  let pending: Hit[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asTyped = false;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Reads the status out (its words, in the live region), at once or once typing settles; a
   * newer answer or keystroke cancels one not yet read.
   */
  const announce = (typing: boolean) => {
    clearTimeout(announceTimer);
    const read = () => (announcer.textContent = [...status.querySelectorAll('p')].map((p) => p.textContent).join(' '));
    if (typing) announceTimer = setTimeout(read, SETTLE_MS);
    else read();
  };

  /** The engine, loaded by the first to ask: in a worker when loaded while idle (see loadPagefind). */
  const start = ({ worker = false } = {}) =>
    (engine ??= (() => {
      // Fetched beside the engine (and preloaded from the head), so it is in by the first search.
      loadEverydayWords().catch(() => undefined);
      return loadPagefind({ worker, tag: app.dataset.indexTag }).then((loaded) => {
        loadFilters = loaded.loadFilters;
        // Loaded while idle, nobody waits on an answer: the filters come in at once.
        if (worker) void loadFilters();
        return createEngine(loaded.pagefind, loadReportWords, loadEverydayWords);
      });
    })());

  /** The form's state: the query, every ticked filter value, and whether corrections are off. */
  const formState = (): QueryState => {
    const filters: QueryState['filters'] = {};
    for (const name of FILTERS) {
      const values = [...form.querySelectorAll<HTMLInputElement>(`input[data-filter][name="${name}"]:checked`)].map(
        (box) => box.value,
      );
      if (values.length > 0) filters[name] = values;
    }
    return { q: input.value.trim(), filters, ...(asTyped ? { asTyped } : {}) };
  };

  const applyState = (state: QueryState) => {
    input.value = state.q;
    asTyped = state.asTyped ?? false;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[data-filter]')) {
      box.checked = state.filters[box.name as keyof QueryState['filters']]?.includes(box.value) ?? false;
    }
  };

  const say = (text: string) => {
    // The page is served with the prompt; rewriting the same words would cost a layout on load.
    if (status.textContent !== text) showStatus(status, [[text]]);
  };

  /**
   * Draws the next page of results, in order, each as soon as it and those before it are in;
   * `drawn` is called once the first is on screen. The list is `aria-busy` meanwhile.
   *
   * The fragments are fetched together but not awaited together: the first result shows
   * when its own fragment arrives, not when the slowest of ten does (for a broad query, two
   * round trips on a browser's six connections).
   */
  const drawMore = async (run: number, drawn: () => void = () => undefined) => {
    const batch = pending.splice(0, PAGE_SIZE);
    const fragments = batch.map((hit) => hit.data());
    // A failed fetch is reported by the await that reaches it; the rest must not raise
    // unhandled rejections of their own.
    for (const fragment of fragments) fragment.catch(() => undefined);
    list.setAttribute('aria-busy', 'true');
    try {
      for (const [i, loading] of fragments.entries()) {
        const fragment = await loading;
        if (run !== latest) return;
        const excerpt = makeExcerpt(fragment.content, batch[i]!.locations);
        list.append(
          resultItem({
            url: fragment.url,
            title: fragment.meta.title,
            id: fragment.meta.id,
            filters: fragment.filters,
            excerpt,
          }),
        );
        if (i === 0) drawn();
      }
      more.hidden = pending.length === 0;
    } finally {
      // A newer search owns the list once it has started.
      if (run === latest) list.removeAttribute('aria-busy');
    }
  };

  const search = async (typing = false) => {
    const run = ++latest;
    const state = formState();
    // The address follows the answer rather than the keystroke: Chromium fetches the
    // favicon again on each change of address, which would queue beside the results' fragments.
    const remember = () => history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
    const hasFilters = Object.keys(state.filters).length > 0;
    // As typed, untrimmed, so the engine can tell a last word still being typed.
    const q = !typing ? state.q : state.q.length < MIN_QUERY ? '' : input.value;
    if (!q && !hasFilters) {
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      more.hidden = true;
      remember();
      showFilterCounts(form, undefined);
      say(EMPTY_PROMPT);
      return;
    }
    try {
      const loaded = await Promise.race([
        start().then(() => true),
        new Promise<false>((resolve) => setTimeout(resolve, 300, false)),
      ]);
      if (!loaded && run === latest) say('Loading search…');
      const ready = await start();
      const options = { filters: pagefindFilters(state), correct: !state.asTyped, typing };
      const answer = await ready.ask(q, options);
      if (run !== latest) return;
      pending = [...answer.hits];
      list.replaceChildren();
      // The last answer's "Show more" stays hidden until this one's first page is drawn.
      more.hidden = true;
      const asTypedHref = `${location.pathname}${writeState({ ...state, asTyped: true })}`;
      let told = false;
      // The status names the results once the first is on screen, never over an empty list.
      const tell = () => {
        if (told) return;
        told = true;
        remember();
        showStatus(
          status,
          statusLines({ q: q.trim(), count: answer.hits.length, filtered: hasFilters, answer, asTypedHref }),
        );
        announce(typing);
      };
      await drawMore(run, tell);
      if (run !== latest) return;
      tell();
      void loadFilters();
      showFilterCounts(form, answer.counts);
      // A search made before the filters were in lacks counts for some or all of those shown
      // (Pagefind counts only the filters it has loaded, and a search ticking one filter loads
      // that one first); ask again once all are in. Judged by the answer itself, not by whether
      // the filters are in now: they may have come in between this search being asked and answered.
      if (answer.complete && shownFilters.some((name) => answer.counts?.[name] === undefined)) {
        void loadFilters().then(async () => {
          const again = await ready.ask(q, options);
          if (run === latest) showFilterCounts(form, again.counts);
        });
      }
    } catch {
      if (run !== latest) return;
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      more.hidden = true;
      remember();
      showStatus(status, unavailableLines(contentsUrl(), url('glossary/')));
      announce(false);
    }
  };

  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(true), DEBOUNCE_MS);
  };

  input.addEventListener('input', () => {
    asTyped = false;
    clearTimeout(announceTimer);
    void start()
      .then((ready) => ready.preload(input.value))
      .catch(() => undefined);
    soon();
  });
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
    void drawMore(latest, () => list.querySelectorAll<HTMLAnchorElement>('.search-result a')[next]?.focus());
  });
  // "Search instead for" the words as typed: the same page with other state, so no reload.
  status.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest('a');
    if (!link || link.pathname !== location.pathname) return;
    event.preventDefault();
    history.pushState(null, '', link.href);
    applyState(readState(link.search));
    input.focus();
    void search();
  });
  // A skip link rather than results before filters in the source, so that on a narrow
  // screen the folded filters still come straight after the box, where they are found.
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    (
      list.querySelector<HTMLAnchorElement>('.search-result__title a') ??
      document.getElementById('search-results-heading')
    )?.focus();
  });
  walkResults(input, list);
  addEventListener('popstate', () => {
    applyState(readState(location.search));
    void search();
  });

  const arrived = readState(location.search);
  applyState(arrived);
  if (arrived.q || Object.keys(arrived.filters).length > 0) {
    // Arriving with a query (from the header's box, or a shared link): search at once, and leave
    // focus in the box, where ↓ goes to the results and Enter searches again.
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    void search();
  } else {
    // With a deadline, as a browser may find no idle moment for long (Chromium's headless
    // shell at times found none in 15 s); the engine should be in before the reader types.
    const idle = (load: () => void) =>
      'requestIdleCallback' in window ? requestIdleCallback(load, { timeout: 1_000 }) : setTimeout(load, 200);
    idle(() => void start({ worker: true }).catch(() => undefined));
  }
}
