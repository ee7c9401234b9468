/**
 * A pack's state as a URL query: `?items=p28,sg-3m-4,p50&order=report&title=...&note=...`.
 *
 * The URL is the pack: it can be bookmarked and shared with no server and no cookies.
 * - `items`: the identifiers, comma-separated, in the user's order. Items that are malformed or
 *   unknown stay in the URL exactly where they were, so nothing a sender wrote is lost.
 * - `order`: `report` shows the items in the report's order; absent (or anything else) shows them
 *   in the order `items` lists them.
 * - `title`, `note`: free text the user typed; absent when empty.
 */

export type PackOrder = 'user' | 'report';

export interface PackQuery {
  items: string[];
  order: PackOrder;
  title: string;
  note: string;
}

/** Reads a pack from a query string (with or without its leading "?"); never throws. */
export function parsePackQuery(search: string): PackQuery {
  const params = new URLSearchParams(search);
  // Several `items` parameters are joined rather than all but one ignored.
  const items = params
    .getAll('items')
    .flatMap((value) => value.split(','))
    .map((item) => item.trim())
    // Empty entries (a trailing comma, ",,") name nothing, so there is nothing to report.
    .filter((item) => item !== '');
  return {
    items,
    order: params.get('order') === 'report' ? 'report' : 'user',
    title: params.get('title') ?? '',
    note: params.get('note') ?? '',
  };
}

/** Writes a pack as a query string starting with "?" (or "" for an empty pack). */
export function serialisePackQuery(pack: PackQuery): string {
  const parts: string[] = [];
  // Commas between items are left as they are so a shared URL stays readable; each item
  // is still encoded, so a malformed one carried over from a URL cannot break the query.
  if (pack.items.length > 0) parts.push(`items=${pack.items.map(encodeURIComponent).join(',')}`);
  if (pack.order === 'report') parts.push('order=report');
  if (pack.title !== '') parts.push(`title=${encodeURIComponent(pack.title)}`);
  if (pack.note !== '') parts.push(`note=${encodeURIComponent(pack.note)}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
