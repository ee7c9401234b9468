/**
 * Where a link goes, written out in full for paper, only where a reader of the paper needs it:
 * a link in running text (a sentence that points elsewhere) and a paragraph's own permalink. The
 * print stylesheet shows `data-print-href` after the link text. The address is the link's own,
 * made absolute against the page as the reader opened it, so it is right on any host and under
 * any base path (a root-relative "/themes/x/" on paper leads nowhere).
 *
 * Links in tables, grids, lists of links, breadcrumbs and navigation print nothing: there the
 * link names a page the site already lists, and an address after every row multiplied the sheets
 * a printout took. A list inside the report's own words (`.para-body`) is running text.
 * Links to a place on the same page print nothing; without scripts no target is printed rather
 * than a relative one.
 */

/** Where a link is one of many (a table, a list, navigation) rather than part of a sentence. */
const NOT_RUNNING_TEXT = 'table, nav, ul, ol, dl, [role="grid"], .breadcrumbs';
/** Running text even inside a list: the report's own paragraphs. */
const REPORT_TEXT = '.para-body';

function printsItsAddress(link: HTMLAnchorElement): boolean {
  const container = link.closest(NOT_RUNNING_TEXT);
  return container === null || (link.closest(REPORT_TEXT)?.contains(container) ?? false);
}

const here = location.href.split('#')[0];
for (const link of document.querySelectorAll<HTMLAnchorElement>('main a[href]')) {
  if (link.href.split('#')[0] !== here && printsItsAddress(link)) link.dataset.printHref = link.href;
}
