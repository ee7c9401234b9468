/**
 * The opening words of a text for a page description or a share preview: the whole text where
 * it is short enough, else as many whole words as fit in `maxChars`, trailing punctuation
 * dropped, and "…". Used by the reading pages' descriptions and paragraph permalinks' previews.
 */
export function excerpt(text: string, maxChars: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= maxChars) return flat;
  const cut = flat.slice(0, maxChars + 1);
  const atWord = cut.lastIndexOf(' ') > 0 ? cut.slice(0, cut.lastIndexOf(' ')) : flat.slice(0, maxChars);
  return `${atWord.replace(/[\s.,;:–—-]+$/u, '')}…`;
}
