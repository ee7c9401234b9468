/**
 * A result's excerpt and its marked words, worked out from the record Pagefind returns.
 *
 * Written here rather than taken from Pagefind's `excerpt`, because a record's content
 * ends with hidden alias words (acronyms and expansions, see src/search/record.ts) that must
 * never be shown. A match on a hidden word marks the form of it the text does use.
 */
import { splitAliases, wordsOf } from '../../search/record.ts';

/** A run of excerpt text, marked or not. */
export interface Segment {
  text: string;
  marked: boolean;
}

export interface Excerpt {
  segments: Segment[];
  /** The distinct words marked anywhere in the visible text, for highlighting on arrival. */
  terms: string[];
}

/** Words either side of the best window; Pagefind's default excerpt is 30 words. */
const LENGTH = 30;

/** A word without surrounding punctuation, lower case, for comparing. */
const bare = (word: string) => word.toLowerCase().replace(/^[^\p{L}\p{N}&]+|[^\p{L}\p{N}&]+$/gu, '');

/** Indexes of visible words that spell `phrase` (a plural on its last word allowed). */
function occurrences(words: string[], phrase: string): number[] {
  const wanted = wordsOf(phrase).map(bare);
  const found: number[] = [];
  for (let start = 0; start + wanted.length <= words.length; start++) {
    const fits = wanted.every((want, i) => {
      const word = bare(words[start + i]!).replace(/^[a-z]+-(?=[a-z&]{2,}$)/, '');
      return word === want || word === `${want}s` || (i === wanted.length - 1 && `${word}s` === want);
    });
    if (fits) for (let i = 0; i < wanted.length; i++) found.push(start + i);
  }
  return found;
}

/**
 * The marked words of a record and its best excerpt.
 * `locations` are Pagefind's matched word positions in `content`.
 */
export function makeExcerpt(content: string, locations: number[]): Excerpt {
  const words = wordsOf(content);
  const { visible, groups } = splitAliases(words);
  const shown = words.slice(0, visible);
  const marked = new Set<number>();
  for (const location of locations) {
    if (location < visible) {
      marked.add(location);
      continue;
    }
    // A hidden word: mark whichever form of its group the published text uses.
    const group = groups.findLast((g) => g.start <= location);
    if (!group) continue;
    for (const i of [...occurrences(shown, group.acronym), ...occurrences(shown, group.expansion)]) marked.add(i);
  }

  // The window of LENGTH words holding the most marks (the first such), or the whole text.
  let from = 0;
  if (visible > LENGTH + 10) {
    let best = -1;
    for (let start = 0; start + LENGTH <= visible; start++) {
      let count = 0;
      for (const i of marked) if (i >= start && i < start + LENGTH) count++;
      if (count > best) [best, from] = [count, start];
    }
    // Centre the window on its marks, so the first of them has words before it to read.
    const inside = [...marked].filter((i) => i >= from && i < from + LENGTH);
    if (inside.length > 0) {
      const middle = (Math.min(...inside) + Math.max(...inside)) / 2;
      from = Math.max(0, Math.min(visible - LENGTH, Math.round(middle - LENGTH / 2)));
    }
  }
  const to = visible > LENGTH + 10 ? from + LENGTH : visible;

  const segments: Segment[] = [];
  const push = (text: string, isMarked: boolean) => {
    const last = segments.at(-1);
    if (last && last.marked === isMarked) last.text += text;
    else segments.push({ text, marked: isMarked });
  };
  if (from > 0) push('… ', false);
  for (let i = from; i < to; i++) {
    if (i > from) push(' ', false);
    push(words[i]!, marked.has(i));
  }
  if (to < visible) push(' …', false);

  const terms = [...new Set([...marked].sort((a, b) => a - b).map((i) => bare(words[i]!)))].filter(Boolean);
  return { segments, terms };
}
