/**
 * The pack being built, remembered in localStorage between pages.
 *
 * Only the pack under construction lives here; a finished pack lives in its URL. Storage can
 * be missing, full, blocked or hold junk from another version, so every read is checked and every
 * failure falls back to an empty pack instead of breaking the page.
 */

export interface BuildingPack {
  items: string[];
  title: string;
  note: string;
}

/** The part of the Web Storage API this module uses (so tests can pass a plain object). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** One key per base path, so two deployments on one origin keep separate packs. */
export function storageKey(basePath: string): string {
  return `report-explorer:pack:${basePath}`;
}

export const EMPTY_PACK: BuildingPack = { items: [], title: '', note: '' };

export function readBuildingPack(store: KeyValueStore | null, key: string): BuildingPack {
  if (!store) return { ...EMPTY_PACK, items: [] };
  try {
    const raw = store.getItem(key);
    if (raw === null) return { ...EMPTY_PACK, items: [] };
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return { ...EMPTY_PACK, items: [] };
    const record = value as Record<string, unknown>;
    const items = Array.isArray(record.items) ? record.items.filter((i): i is string => typeof i === 'string') : [];
    return {
      items: [...new Set(items)],
      title: typeof record.title === 'string' ? record.title : '',
      note: typeof record.note === 'string' ? record.note : '',
    };
  } catch {
    return { ...EMPTY_PACK, items: [] };
  }
}

/** Saves the pack; returns false when storage refused (private mode, quota). */
export function writeBuildingPack(store: KeyValueStore | null, key: string, pack: BuildingPack): boolean {
  if (!store) return false;
  try {
    if (pack.items.length === 0 && pack.title === '' && pack.note === '') store.removeItem(key);
    else store.setItem(key, JSON.stringify(pack));
    return true;
  } catch {
    return false;
  }
}

/** Adds an identifier at the end, or takes it out if it is already there. */
export function toggleItem(items: readonly string[], id: string): string[] {
  return items.includes(id) ? items.filter((item) => item !== id) : [...items, id];
}

/** localStorage when the browser lets the page use it, otherwise null. */
export function browserStore(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Reading `localStorage` itself throws when the user blocks site data.
    return null;
  }
}
