/**
 * Where each link in the page's main content goes, written out in full for paper: the print
 * stylesheet shows `data-print-href` after the link text. The address is the link's own, made
 * absolute against the page as the reader opened it, so it is right on any host and under any
 * base path (a root-relative "/themes/x/" on paper leads nowhere).
 *
 * Note: links to a place on the same page print nothing; without scripts no target is printed
 * rather than a relative one.
 */
const here = location.href.split('#')[0];
for (const link of document.querySelectorAll<HTMLAnchorElement>('main a[href]')) {
  if (link.href.split('#')[0] !== here) link.dataset.printHref = link.href;
}
