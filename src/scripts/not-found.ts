/**
 * The 404 page's pointer for an address that looks like a paragraph's or a recommendation's
 * (src/lib/not-found-hint.ts): fills `[data-not-found-hint]` from the address in the bar and
 * the site's paragraph numbers and recommendations, which the build wrote beside it.
 */
import { notFoundHint, type KnownAddresses } from '../lib/not-found-hint.ts';
import { url } from '../lib/urls.ts';

const slot = document.querySelector<HTMLElement>('[data-not-found-hint]');
if (slot?.dataset.known) {
  const base = url();
  const path = location.pathname.startsWith(base)
    ? location.pathname.slice(base.length)
    : location.pathname.replace(/^\//, '');
  const hint = notFoundHint(path, JSON.parse(slot.dataset.known) as KnownAddresses);
  if (hint) {
    const link = document.createElement('a');
    link.href = url(hint.link.path);
    link.textContent = hint.link.label;
    slot.replaceChildren(`${hint.text} `, link);
    slot.hidden = false;
  }
}
