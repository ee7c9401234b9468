/**
 * "Add to pack": a toggle button on every paragraph (`[data-para]`) and recommendation
 * (`[data-recommendation]`), and a counter in the site navigation that opens the pack.
 *
 * The pack being built is remembered in localStorage so it survives moving between pages; the
 * pack itself is the counter's link (`/pack/?items=...`). Without scripts nothing here is shown.
 * Loaded as a bundled file (never inline) so it runs under a CSP without 'unsafe-inline'.
 */
import { politeRegion } from './lib/live-region.ts';
import { itemName, kindOf } from '../packs/ids.ts';
import { serialisePackQuery } from '../packs/query.ts';
import { browserStore, readBuildingPack, storageKey, toggleItem, writeBuildingPack, type BuildingPack } from '../packs/storage.ts';
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

/** The counter: a link in the site navigation, or at the top of the main content without one. */
function counter(): HTMLAnchorElement {
  const link = document.createElement('a');
  link.className = 'pack-counter';
  const nav = document.querySelector('.site-nav ul');
  if (nav) {
    const item = document.createElement('li');
    item.append(link);
    nav.append(item);
  } else {
    const holder = document.createElement('p');
    holder.append(link);
    document.querySelector('main')?.prepend(holder);
  }
  return link;
}

function toggleButton(id: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'pack-toggle';
  button.dataset.packItem = id;
  button.setAttribute('aria-pressed', 'false');
  // Note: the accessible name starts with the visible words, as WCAG 2.5.3 (label in name) asks.
  const hidden = document.createElement('span');
  hidden.className = 'visually-hidden';
  hidden.textContent = `, ${itemName(id)}`;
  button.append('Add to pack', hidden);
  return button;
}

/** Where the button goes: the element's own tools area when it has one, else a new one at its end. */
function toolsOf(element: HTMLElement): HTMLElement {
  const existing = element.querySelector<HTMLElement>(':scope > .para-tools, :scope > .rec-tools, :scope > .pack-tools');
  if (existing) return existing;
  const tools = document.createElement(element.tagName === 'LI' ? 'span' : 'div');
  tools.className = 'pack-tools';
  element.append(' ', tools);
  return tools;
}

function enhance(): void {
  const targets = [...document.querySelectorAll<HTMLElement>('[data-para], [data-recommendation]')];
  const buttons = targets.flatMap((target) => {
    const id = idOf(target);
    if (!id) return [];
    const button = toggleButton(id);
    toolsOf(target).append(button);
    return [button];
  });
  if (buttons.length === 0) return;

  const link = counter();
  const region = politeRegion('pack-add-status');

  const show = (pack: BuildingPack) => {
    for (const button of buttons) button.setAttribute('aria-pressed', String(pack.items.includes(button.dataset.packItem!)));
    link.href = packHref(pack);
    link.textContent = `Briefing pack (${countText(pack.items.length)})`;
  };

  for (const button of buttons) {
    button.addEventListener('click', () => {
      const id = button.dataset.packItem!;
      const pack = readBuildingPack(STORE, KEY);
      const items = toggleItem(pack.items, id);
      const next = { ...pack, items };
      const saved = writeBuildingPack(STORE, KEY, next);
      show(next);
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

  show(readBuildingPack(STORE, KEY));
  // Note: another tab, or the pack page, may change the pack; so may a page restored from history.
  window.addEventListener('storage', (event) => {
    if (event.key === KEY || event.key === null) show(readBuildingPack(STORE, KEY));
  });
  window.addEventListener('pageshow', () => show(readBuildingPack(STORE, KEY)));
}

enhance();
