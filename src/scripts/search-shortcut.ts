/**
 * Loaded on every page by the header's search form:
 * - "/" (when not typing in a field) focuses the search box: the search page's own box where
 *   there is one, the header's elsewhere;
 * - arriving from a search result (`?highlight=words`) loads the highlighter.
 */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
  const box = document.getElementById('search-query') ?? document.getElementById('site-search');
  if (!(box instanceof HTMLInputElement)) return;
  event.preventDefault();
  box.focus();
  box.select();
});

// A separate file fetched only when needed, so ordinary page views carry no highlighter.
if (new URLSearchParams(location.search).has('highlight')) void import('./highlight-on-arrival.ts');
