/**
 * The syntax of the identifiers a pack can hold: paragraphs `pN` and recommendations like
 * `sg-3m-4`.
 *
 * Note: written out here rather than imported from the model's zod schemas, because this module
 * ships to the browser and zod would multiply the script's size; a unit test checks that these
 * patterns accept exactly what the schemas accept.
 */
export const PARAGRAPH_ID = /^p[1-9][0-9]*$/;
export const RECOMMENDATION_ID = /^[a-z]+-[a-z0-9]+-[1-9][0-9]*$/;

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
