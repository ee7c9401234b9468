/**
 * The briefing pack being built, as a page shows it: the header's "Briefing pack (n items)" link
 * (src/components/SiteHeader.astro) and "✓ In your pack" beside each paragraph (`[data-para]`) or
 * recommendation (`[data-recommendation]`) already in it. Shared by the arrival script
 * (pack-count.ts) and the "Add to pack" buttons fetched later (add-to-pack.ts), so both show the
 * one state. The pack is remembered in localStorage so it survives moving between pages; the pack
 * itself is the header link's address (`/pack/?items=...`).
 */
import { kindOf } from '../../packs/ids.ts';
import { serialisePackQuery } from '../../packs/query.ts';
import { browserStore, readBuildingPack, storageKey, type BuildingPack } from '../../packs/storage.ts';
import { url } from '../../lib/urls.ts';

export const STORE = browserStore();
export const KEY = storageKey(url());

export const readPack = (): BuildingPack => readBuildingPack(STORE, KEY);

export interface PackItem {
  element: HTMLElement;
  id: string;
  /** The item's tools area, where "✓ In your pack" stays in sight. */
  tools: HTMLElement;
  state: HTMLElement;
}

/** The identifier an element carries, or null when it names nothing a pack can hold. */
function idOf(element: HTMLElement): string | null {
  const id = element.dataset.para !== undefined ? `p${element.dataset.para}` : (element.dataset.recommendation ?? '');
  return kindOf(id) ? id : null;
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

let items: PackItem[] | undefined;

/** Every item on the page a pack can hold, each given its "✓ In your pack" words the first time. */
export function packItems(): PackItem[] {
  items ??= [...document.querySelectorAll<HTMLElement>('[data-para], [data-recommendation]')].flatMap((element) => {
    const id = idOf(element);
    if (!id) return [];
    const tools = toolsOf(element);
    const state = document.createElement('span');
    state.className = 'pack-state';
    state.textContent = '✓ In your pack';
    state.hidden = true;
    tools.append(state);
    return [{ element, id, tools, state }];
  });
  return items;
}

/** "1 item", "3 items". */
export const countText = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;

const shown = new Set<(pack: BuildingPack) => void>();

/** Also calls `show` whenever the pack's state is shown again (the buttons' own labels). */
export function onShow(show: (pack: BuildingPack) => void): void {
  shown.add(show);
}

/** Shows a pack: the header's count and link, each item's words, and what else asked (onShow). */
export function showPack(pack: BuildingPack): void {
  const counter = document.querySelector<HTMLAnchorElement>('a.pack-counter');
  if (counter) {
    counter.href = `${url('pack/')}${serialisePackQuery({ ...pack, order: 'user' })}`;
    counter.textContent = `Briefing pack (${countText(pack.items.length)})`;
  }
  for (const item of packItems()) item.state.hidden = !pack.items.includes(item.id);
  for (const show of shown) show(pack);
}
