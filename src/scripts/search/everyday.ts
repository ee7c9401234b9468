/**
 * Finding the thesaurus's everyday words and phrases (content/thesaurus.json, published without
 * its notes as /search/thesaurus.json) in a reader's query: the longest entry at each place
 * first, so "money for university" is read as one phrase rather than as "money" and "university".
 */
import { thesaurusKey, type ThesaurusMap } from '../../search/thesaurus-key.ts';

/** An everyday word or phrase found in a query, with the report's words for it. */
export interface EverydayMatch {
  /** As the reader typed it. */
  typed: string;
  /** The thesaurus's key for it (lower case, no marks). */
  key: string;
  /** The report's words for it. */
  report: string[];
  /** The query's words (as `thesaurusKey` gives them) it covers. */
  words: string[];
}

/** The everyday words and phrases of a query, left to right, none overlapping. */
export function everydayIn(q: string, thesaurus: ThesaurusMap): EverydayMatch[] {
  if (thesaurus.length === 0) return [];
  const byKey = new Map(thesaurus);
  const longest = Math.max(...thesaurus.map(([key]) => key.split(' ').length));
  const typed = q
    .trim()
    .split(/\s+/)
    .filter((word) => thesaurusKey(word).length > 0);
  const keys = typed.map(thesaurusKey);
  const found: EverydayMatch[] = [];
  for (let at = 0; at < keys.length;) {
    let matched = 0;
    for (let length = Math.min(longest, keys.length - at); length > 0; length--) {
      const key = keys.slice(at, at + length).join(' ');
      const report = byKey.get(key);
      if (report) {
        const typedWords = typed
          .slice(at, at + length)
          .join(' ')
          .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        found.push({ typed: typedWords, key, report, words: keys.slice(at, at + length) });
        matched = length;
        break;
      }
    }
    at += matched || 1;
  }
  return found;
}
