/**
 * The briefing pack on arrival, on every page: the header's count and link, and "✓ In your pack"
 * beside the items already in it (src/scripts/lib/pack-state.ts), kept up to date when another
 * tab or the pack page changes the pack, or the page comes back from history.
 *
 * The "Add to pack" buttons (add-to-pack.ts) are fetched at once where an item has no Share menu
 * to hold its button (a list of recommendations), and otherwise at a reader's first reach for a
 * Share button, whose menu holds it; a reader who only reads fetches none of them. Without scripts
 * the header link opens /pack/, which explains that packs need them, and no button is shown.
 */
import { onFirstUse } from './lib/on-first-use.ts';
import { KEY, packItems, readPack, showPack } from './lib/pack-state.ts';

showPack(readPack());
window.addEventListener('storage', (event) => {
  if (event.key === KEY || event.key === null) showPack(readPack());
});
window.addEventListener('pageshow', () => showPack(readPack()));

const items = packItems();
if (items.some((item) => !item.element.querySelector(':scope > .share-menu'))) void import('./add-to-pack.ts');
else if (items.length > 0)
  onFirstUse(
    'button.share-toggle',
    () => import('./add-to-pack.ts'),
    () => {},
  );
