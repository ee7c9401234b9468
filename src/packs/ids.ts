/**
 * The kinds of item a pack can hold, told apart by the identifiers' syntax (src/model/ids.ts,
 * the patterns the model's schema uses too).
 */
import { PARAGRAPH_ID, RECOMMENDATION_ID } from '../model/ids.ts';

export type ItemKind = 'paragraph' | 'recommendation';

/** What kind of item an identifier names by its syntax alone, or null when it is malformed. */
export function kindOf(id: string): ItemKind | null {
  if (PARAGRAPH_ID.test(id)) return 'paragraph';
  if (RECOMMENDATION_ID.test(id)) return 'recommendation';
  return null;
}

/** A short name for an item a reader can hear or see: "paragraph 28", "recommendation sg-3m-4". */
export function itemName(id: string): string {
  const kind = kindOf(id);
  if (kind === 'paragraph') return `paragraph ${id.slice(1)}`;
  if (kind === 'recommendation') return `recommendation ${id}`;
  return `item “${id}”`;
}
