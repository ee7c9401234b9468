/**
 * "Add to pack": a button for every paragraph (`[data-para]`) and recommendation
 * (`[data-recommendation]`) on the page, in the item's Share menu where it has one, else in its
 * tools area. Fetched by src/scripts/pack-count.ts when a reader first reaches for a Share button,
 * or at once on a page whose items have no Share menu.
 *
 * An item in the pack says so in words ("✓ In your pack", src/scripts/lib/pack-state.ts) and its
 * button offers removal ("Remove from pack"); one that is not offers "Add to pack".
 * Loaded as a bundled file (never inline) so it runs under a CSP without 'unsafe-inline'.
 */
import { politeRegion } from './lib/live-region.ts';
import { countText, KEY, onShow, packItems, readPack, showPack, STORE } from './lib/pack-state.ts';
import { itemName } from '../packs/ids.ts';
import { toggleItem, writeBuildingPack } from '../packs/storage.ts';

function toggleButton(id: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'pack-toggle';
  button.dataset.packItem = id;
  return button;
}

/**
 * Shows whether an item is in the pack on its button's own label.
 *
 * The label changes with the state rather than using aria-pressed, because what the
 * button does changes (add, remove); its accessible name starts with the visible words, as
 * WCAG 2.5.3 (label in name) asks, and ends with the item it acts on.
 */
function showState(button: HTMLButtonElement, inPack: boolean): void {
  const name = itemName(button.dataset.packItem!);
  const label = inPack ? 'Remove from pack' : 'Add to pack';
  button.replaceChildren(label);
  // The name is set whole rather than from a visually hidden span: Chromium puts a space before
  // a hidden span's text, which made "Add to pack , paragraph 121".
  button.setAttribute('aria-label', `${label}, ${name}`);
  button.dataset.inPack = String(inPack);
}

const buttons = packItems().map((item) => {
  const button = toggleButton(item.id);
  (item.element.querySelector<HTMLElement>(':scope > .share-menu') ?? item.tools).append(button);
  return button;
});

if (buttons.length > 0) {
  const region = politeRegion('pack-add-status');
  onShow((pack) => {
    for (const button of buttons) showState(button, pack.items.includes(button.dataset.packItem!));
  });
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const id = button.dataset.packItem!;
      const pack = readPack();
      const items = toggleItem(pack.items, id);
      const next = { ...pack, items };
      const saved = writeBuildingPack(STORE, KEY, next);
      showPack(next);
      const name = itemName(id);
      const added = items.includes(id);
      region.textContent = '';
      window.setTimeout(() => {
        region.textContent =
          `${name.charAt(0).toUpperCase()}${name.slice(1)} ${added ? 'added to' : 'removed from'} the briefing pack: ${countText(items.length)}.` +
          (saved ? '' : ' This browser will not remember it on other pages; open the pack to keep it.');
      }, 50);
    });
  }
  showPack(readPack());
}

// An empty export makes this file a module, so pack-count.ts can import() it.
export {};
