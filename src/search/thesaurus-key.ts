/**
 * What the search page needs of the thesaurus (src/search/thesaurus.ts): the form it receives
 * and how a query's words are compared with its keys. Apart from the thesaurus's schema, so the
 * page's script carries no zod (about 19 KB compressed that a reader on a weak signal would wait
 * for before the first result).
 */
import { textWords } from './vocabulary.ts';

/**
 * What the search page receives: each everyday word or phrase (as `thesaurusKey` writes it) with
 * the report's words to try, without the reviewers' notes.
 */
export type ThesaurusMap = [everyday: string, report: string[]][];

/** A word or phrase as the thesaurus and a query compare it: lower-case words without marks. */
export function thesaurusKey(text: string): string {
  return textWords(text).join(' ');
}
