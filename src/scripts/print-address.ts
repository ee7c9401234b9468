/**
 * Printed pages say where they were printed from: the footer's `[data-print-address]` gets the
 * page's real address just before printing. The build writes the site-relative path (or, with
 * SITE_URL, the canonical address) there for printing without scripts.
 */
addEventListener('beforeprint', () => {
  for (const slot of document.querySelectorAll<HTMLElement>('[data-print-address]')) slot.textContent = location.href;
});
