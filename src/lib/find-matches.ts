/**
 * Where a find-in-page query matches a run of text nodes: the pure half of
 * `src/scripts/find-in-page.ts`, with no DOM, so it can be unit-tested.
 */
import { escapeRegExp } from './escape-regexp.ts';

/** One piece of a match: which text (by index), and the offsets of the match within it. */
export interface MatchPiece {
  node: number;
  start: number;
  end: number;
}

/**
 * Every match of `query` in `texts` read as one string, in order, each as the pieces that
 * fall in each text. Any case; the query's words are matched literally, with any whitespace
 * between them; matches do not overlap. A blank query matches nothing.
 *
 * The texts are joined first so a phrase that crosses an element boundary
 * ("<em>looked</em> after") is still one match; its pieces are marked separately.
 */
export function findMatches(texts: readonly string[], query: string): MatchPiece[][] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'giu');
  const starts: number[] = [];
  let length = 0;
  for (const text of texts) {
    starts.push(length);
    length += text.length;
  }
  return [...texts.join('').matchAll(pattern)].map((match) => {
    const from = match.index;
    const to = from + match[0].length;
    const pieces: MatchPiece[] = [];
    texts.forEach((text, node) => {
      const start = Math.max(from - starts[node]!, 0);
      const end = Math.min(to - starts[node]!, text.length);
      if (start < end) pieces.push({ node, start, end });
    });
    return pieces;
  });
}
