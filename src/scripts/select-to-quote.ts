/**
 * "Copy quote" for selected words (src/scripts/quote.ts) is fetched at a reader's first
 * selection on a page with quotable items, so a reader who never selects fetches nothing.
 */
const quotable = document.querySelector('a.permalink[data-cite], article[data-cite]');
if (quotable) {
  const selected = () => {
    if (document.getSelection()?.isCollapsed !== false) return;
    document.removeEventListener('selectionchange', selected);
    void import('./quote.ts').then((quote) => quote.offerSelectionQuote());
  };
  document.addEventListener('selectionchange', selected);
}
