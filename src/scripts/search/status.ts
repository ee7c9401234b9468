/**
 * What the search page's status line says: how many results, and in plain words what the search
 * did with the query (a correction, words no record uses, only most of the words found) or why it
 * cannot answer. Pure, so every wording is unit-tested; render.ts writes the lines into the page.
 */
import type { Answer } from './engine.ts';

/** A run of status text: plain, emphasised (a word of the query), or a link. */
export type StatusPiece = string | { text: string; href?: string };
export type StatusLine = StatusPiece[];

/** The status before a search; the page is served with it, and shows it again when the box is emptied. */
export const EMPTY_PROMPT = 'Type words, a question, a phrase in quotes or an acronym to search.';

export interface Searched {
  /** The query as the reader typed it. */
  q: string;
  count: number;
  filtered: boolean;
  answer: Pick<Answer, 'complete' | 'corrections' | 'unknown' | 'alsoSearched'>;
  /** Where "Search instead for" the words as typed leads. */
  asTypedHref: string;
}

/** The query with each corrected word put in place of the one typed. */
export function correctedQuery(q: string, corrections: Answer['corrections']): string {
  return corrections.reduce((text, { typed, word }) => text.replace(typed, word), q);
}

/** "“a”", "“a” or “b”", "“a”, “b” or “c”": words of the query, each emphasised. */
function either(words: string[]): StatusPiece[] {
  return words.flatMap((word, i) => [...(i === 0 ? [] : [i === words.length - 1 ? ' or ' : ', ']), { text: word }]);
}

export function statusLines({ q, count, filtered, answer, asTypedHref }: Searched): StatusLine[] {
  const shown = correctedQuery(q.trim(), answer.corrections);
  const lines: StatusLine[] = [
    [
      `${count === 0 ? 'No' : count} result${count === 1 ? '' : 's'}${shown ? ` for “${shown}”` : ''}${filtered ? ' with the chosen filters' : ''}.`,
    ],
  ];
  // The site's words, not the report's, and said so on the same line.
  if (answer.alsoSearched?.length)
    lines.push([
      `Also searched for: ${answer.alsoSearched.join(', ')} (the report’s words for what you typed, suggested by this site).`,
    ]);
  if (answer.corrections.length > 0)
    lines.push([
      'Showing results for ',
      { text: shown },
      '. Search instead for ',
      { text: q.trim(), href: asTypedHref },
      '.',
    ]);
  if (!answer.complete) lines.push(['No paragraph has all of these words; these have most of them.']);
  if (answer.unknown.length > 0) {
    lines.push([
      `No paragraph or recommendation uses the word${answer.unknown.length === 1 ? '' : 's'} `,
      ...either(answer.unknown),
      '.',
    ]);
  }
  return lines;
}

/** When Pagefind cannot load: say so, and offer the ways in that need no search. */
export function unavailableLines(contentsHref: string, glossaryHref: string): StatusLine[] {
  return [
    [
      'Search could not load, so it cannot answer here. ',
      'You can still find every paragraph from ',
      { text: 'the contents', href: contentsHref },
      ', and every acronym in ',
      { text: 'the glossary', href: glossaryHref },
      '.',
    ],
  ];
}
