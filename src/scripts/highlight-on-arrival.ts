/**
 * Marks the words a search matched when a reader arrives from a result
 * (`/read/section/?highlight=bullying+bullied#p35`), within the paragraph the fragment names
 * (or the page's main content), and brings that paragraph into view.
 *
 * Our own few lines rather than Pagefind's pagefind-highlight.js, which would add its
 * mark.js bundle to every reading page; the search page already passes the exact words it
 * marked in the excerpt, so no stemming is needed here.
 */
import { escapeRegExp } from '../lib/escape-regexp.ts';

const terms = (new URLSearchParams(location.search).get('highlight') ?? '')
  .split(/\s+/)
  .map((term) => term.trim())
  .filter((term) => term.length > 0);

const scope =
  (location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)))) ||
  document.querySelector('main');

if (scope && terms.length > 0) {
  // Whole words only, any case; "e-CAF" still matches "CAF".
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, mark, .para-tools, [data-pagefind-ignore]')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let first: HTMLElement | undefined;
  for (const node of nodes) {
    const text = node.data;
    const pieces: (string | HTMLElement)[] = [];
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      pieces.push(text.slice(last, match.index));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = match[0];
      first ??= mark;
      pieces.push(mark);
      last = match.index + match[0].length;
    }
    if (pieces.length === 0) continue;
    pieces.push(text.slice(last));
    node.replaceWith(...pieces);
  }
  // The browser already scrolled to the fragment; without one, bring the first match into view.
  if (!location.hash) first?.scrollIntoView({ block: 'center' });
}

// An empty export makes this file a module, so search-shortcut.ts can import() it.
export {};
