/**
 * The order a pack is shown in: the user's own (as `items` lists them) or the report's.
 */
import type { CatalogueEntry, PackIndex } from './catalogue.ts';

/** Entries sorted into the report's order; the input is left as it is. */
export function inReportOrder(entries: readonly CatalogueEntry[], catalogue: Pick<PackIndex, 'ids'>): CatalogueEntry[] {
  const position = new Map(catalogue.ids.map((id, index) => [id, index]));
  return [...entries].sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
}

/**
 * Moves one identifier among the items by `delta` places (-1 up, +1 down), stepping over nothing:
 * the result keeps every other item, problems included, where it was. Out-of-range moves return
 * the items unchanged.
 *
 * `shown` is the order the user sees (the found entries' ids); a move is a move in that order, so
 * malformed or unknown items, which are not shown in the list, keep their places in the URL.
 */
export function moveItem(items: readonly string[], shown: readonly string[], id: string, delta: -1 | 1): string[] {
  const from = shown.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= shown.length) return [...items];
  const reordered = [...shown];
  [reordered[from], reordered[to]] = [reordered[to]!, reordered[from]!];
  // The shown ids fill, in their new order, the slots the shown ids held in `items`;
  // every other slot (problems, duplicates) is left alone.
  const queue = [...reordered];
  const slotTaken = new Set<string>();
  return items.map((item) => {
    if (!shown.includes(item) || slotTaken.has(item)) return item;
    slotTaken.add(item);
    return queue.shift()!;
  });
}

/** Removes every occurrence of an identifier. */
export function removeItem(items: readonly string[], id: string): string[] {
  return items.filter((item) => item !== id);
}
