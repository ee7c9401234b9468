/**
 * What to do with a query word the search index does not hold: it may be the start of a word
 * still being typed, a misspelling of a word the report uses, or a word the report never uses.
 *
 * Hand-written because the whole job is a bounded edit distance over two thousand words;
 * a spelling library would bring its own English dictionary, and only the report's words count.
 */

/** What a word is, seen against the report's words. */
export type Spelling = { kind: 'prefix' } | { kind: 'correction'; word: string } | { kind: 'unknown' };

/**
 * How many letters a word may be out and still be corrected: none below four letters (too many
 * short words are a letter apart), one up to seven, two from eight.
 *
 * Tuned on real words the report never uses, which must stay uncorrected: at two edits
 * "houses" would become "homes", "truancy" "tenancy" and "somali" "small".
 */
export function allowedDistance(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/**
 * Whether a correction starts as the typed word does (or with its first two letters swapped).
 * A misspelling rarely changes the first letter, and without this "dental" would become
 * "mental" and "smoking" "making".
 */
function startsAlike(typed: string, word: string): boolean {
  return typed[0] === word[0] || (typed[0] === word[1] && typed[1] === word[0]);
}

/**
 * The edit distance between two words, counting a swap of neighbouring letters as one edit
 * (optimal string alignment), or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    [before, previous] = [previous, row];
  }
  return previous[b.length]!;
}

/**
 * Checks a word (as `wordKey` gives it) against the report's words, most used first: the start
 * of one of them, or the closest one within the allowed distance that starts alike (the commoner
 * of equals), or neither.
 */
export function checkSpelling(key: string, words: readonly string[]): Spelling {
  if (words.some((word) => word.startsWith(key))) return { kind: 'prefix' };
  const max = /^\p{L}+$/u.test(key) ? allowedDistance(key.length) : 0;
  let best: { word: string; distance: number } | undefined;
  for (const word of words) {
    if (!startsAlike(key, word)) continue;
    const distance = editDistance(key, word, best ? best.distance - 1 : max);
    if (distance <= max && (!best || distance < best.distance)) best = { word, distance };
  }
  return best ? { kind: 'correction', word: best.word } : { kind: 'unknown' };
}
