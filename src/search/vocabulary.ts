/**
 * The report's words, for the search page to check a query against: a word the report never
 * uses is named to the reader, and a misspelt one is corrected to the close word it does use.
 *
 * Built from the search records (so from the model, aliases included) into
 * /search/words.json, which the search page fetches only when a query word is not in the index.
 * Imports nothing, so the search page can share `wordKey` without the builder.
 */

/**
 * A word as the report's vocabulary and the query checks compare it: lower case, without
 * apostrophes or other marks ("Children’s" → "childrens").
 */
export function wordKey(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The words of a text, split where Pagefind splits compound words (hyphens, slashes, dashes). */
export function textWords(text: string): string[] {
  return text
    .split(/[\s\-‐‑–—/]+/)
    .map(wordKey)
    .filter((word) => word.length > 0);
}

/**
 * Every word of the texts made of letters only (numbers are never corrected), most used first,
 * so that of two equally close corrections the commoner wins.
 */
export function vocabulary(texts: string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of textWords(text)) if (/^\p{L}{2,}$/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}
