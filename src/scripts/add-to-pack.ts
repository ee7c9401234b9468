/**
 * "Add to pack": a button on every paragraph (`[data-para]`) and recommendation
 * (`[data-recommendation]`), and the count on the header's "Briefing pack" link, on every page.
 *
 * An item in the pack says so in words ("✓ In your pack") and its button offers removal
 * ("Remove from pack"); one that is not offers "Add to pack". The pack being built is
 * remembered in localStorage so it survives moving between pages; the pack itself is the
 * header link's address (`/pack/?items=...`). Without scripts the header link opens /pack/,
 * which explains that packs need them, and no button is shown.
 * Loaded as a bundled file (never inline) so it runs under a CSP without 'unsafe-inline'.
 */
import { politeRegion } from './lib/live-region.ts';
import { itemName, kindOf } from '../packs/ids.ts';
import { serialisePackQuery } from '../packs/query.ts';
import {
  browserStore,
  readBuildingPack,
  storageKey,
  toggleItem,
  writeBuildingPack,
  type BuildingPack,
} from '../packs/storage.ts';
import { url } from '../lib/urls.ts';

const STORE = browserStore();
const KEY = storageKey(url());

/** The identifier an element carries, or null when it names nothing a pack can hold. */
function idOf(element: HTMLElement): string | null {
  const id = element.dataset.para !== undefined ? `p${element.dataset.para}` : (element.dataset.recommendation ?? '');
  return kindOf(id) ? id : null;
}

function packHref(pack: BuildingPack): string {
  return `${url('pack/')}${serialisePackQuery({ ...pack, order: 'user' })}`;
}

const countText = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;

/** The header's "Briefing pack" link (src/components/SiteHeader.astro), on every page. */
const counter = document.querySelector<HTMLAnchorElement>('a.pack-counter');

function toggleButton(id: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'pack-toggle';
  button.dataset.packItem = id;
  return button;
}

/**
 * Shows whether an item is in the pack: words beside the button, and the button's own label.
 *
 * The label changes with the state rather than using aria-pressed, because what the
 * button does changes (add, remove); its accessible name starts with the visible words, as
 * WCAG 2.5.3 (label in name) asks, and ends with the item it acts on.
 */
function showState(button: HTMLButtonElement, state: HTMLElement, inPack: boolean): void {
  const name = itemName(button.dataset.packItem!);
  const label = inPack ? 'Remove from pack' : 'Add to pack';
  button.replaceChildren(label);
  // The name is set whole rather than from a visually hidden span: Chromium puts a space before
  // a hidden span's text, which made "Add to pack , paragraph 121".
  button.setAttribute('aria-label', `${label}, ${name}`);
  button.dataset.inPack = String(inPack);
  state.hidden = !inPack;
}

/** The element's own tools area when it has one, else a new one at its end. */
function toolsOf(element: HTMLElement): HTMLElement {
  const existing = element.querySelector<HTMLElement>(
    ':scope > .para-tools, :scope > .rec-tools, :scope > .pack-tools',
  );
  if (existing) return existing;
  const tools = document.createElement(element.tagName === 'LI' ? 'span' : 'div');
  tools.className = 'pack-tools';
  element.append(' ', tools);
  return tools;
}

function enhance(): void {
  const targets = [...document.querySelectorAll<HTMLElement>('[data-para], [data-recommendation]')];
  const controls = targets.flatMap((target) => {
    const id = idOf(target);
    if (!id) return [];
    const button = toggleButton(id);
    const state = document.createElement('span');
    state.className = 'pack-state';
    state.textContent = '✓ In your pack';
    state.hidden = true;
    // Where the item has a Share menu (src/scripts/permalink-tools.ts, which runs first) the
    // button joins it; "In your pack" stays in sight on the tools line either way.
    const tools = toolsOf(target);
    tools.append(state);
    (target.querySelector<HTMLElement>(':scope > .share-menu') ?? tools).append(button);
    return [{ button, state }];
  });

  const region = controls.length > 0 ? politeRegion('pack-add-status') : null;

  const show = (pack: BuildingPack) => {
    for (const { button, state } of controls) showState(button, state, pack.items.includes(button.dataset.packItem!));
    if (counter) {
      counter.href = packHref(pack);
      counter.textContent = `Briefing pack (${countText(pack.items.length)})`;
    }
  };

  for (const { button } of controls) {
    button.addEventListener('click', () => {
      const id = button.dataset.packItem!;
      const pack = readBuildingPack(STORE, KEY);
      const items = toggleItem(pack.items, id);
      const next = { ...pack, items };
      const saved = writeBuildingPack(STORE, KEY, next);
      show(next);
      const name = itemName(id);
      const added = items.includes(id);
      region!.textContent = '';
      window.setTimeout(() => {
        region!.textContent =
          `${name.charAt(0).toUpperCase()}${name.slice(1)} ${added ? 'added to' : 'removed from'} the briefing pack: ${countText(items.length)}.` +
          (saved ? '' : ' This browser will not remember it on other pages; open the pack to keep it.');
      }, 50);
    });
  }

  show(readBuildingPack(STORE, KEY));
  // Another tab, or the pack page, may change the pack; so may a page restored from history.
  window.addEventListener('storage', (event) => {
    if (event.key === KEY || event.key === null) show(readBuildingPack(STORE, KEY));
  });
  window.addEventListener('pageshow', () => show(readBuildingPack(STORE, KEY)));
}

enhance();
