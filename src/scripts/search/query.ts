/**
 * A query as the reader typed it, read into the words that carry its meaning: a whole question
 * ("how many children go missing from care?") becomes "children missing care", so words that
 * mean nothing in a search never stop a paragraph from matching.
 */
import { eng } from 'stopword';
import { wordKey } from '../../search/vocabulary.ts';

/**
 * Words that ask rather than say, beyond the usual English stop words: a reader's question
 * ("what does the report say about...") uses them, and a paragraph that answers it need not.
 */
const QUESTION_WORDS = [
  'anything',
  'does',
  'doing',
  'done',
  'find',
  'give',
  'gives',
  'go',
  'goes',
  'going',
  'gone',
  'happen',
  'happens',
  'happened',
  'know',
  'please',
  'report',
  'say',
  'says',
  'show',
  'shows',
  'something',
  'tell',
  'tells',
  'told',
  'there',
  'theres',
  'thing',
  'things',
  'what',
  'whats',
  'when',
  'whether',
  'whom',
  'whose',
  'why',
  'hows',
  'isnt',
  'arent',
  'dont',
  'doesnt',
  'didnt',
  'cant',
  'lot',
  'lots',
];

/** Stop words as `wordKey` writes them ("what's" → "whats"). */
const STOP_WORDS = new Set([...eng, ...QUESTION_WORDS].map(wordKey));

/** Whether a word carries no meaning in a search ("how", "the", "what's"). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(wordKey(word));
}

export interface ReadQuery {
  /** The whole query in double quotes: an exact phrase, searched as it is. */
  phrase: boolean;
  /** The words that carry meaning, as typed less surrounding punctuation; every word if all are stop words. */
  words: string[];
  /** The query ends in a word the reader may still be typing (no space or punctuation after it). */
  open: boolean;
}

/** Reads a query: an exact phrase, or its meaningful words. */
export function readQuery(q: string): ReadQuery {
  const trimmed = q.trim();
  if (/^".+"$/.test(trimmed)) return { phrase: true, words: [trimmed], open: false };
  const all = trimmed
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => wordKey(word).length > 0);
  const meaningful = all.filter((word) => !isStopWord(word));
  const words = meaningful.length > 0 ? meaningful : all;
  const open = words.length > 0 && words.at(-1) === all.at(-1) && /[\p{L}\p{N}]$/u.test(q);
  return { phrase: false, words, open };
}
