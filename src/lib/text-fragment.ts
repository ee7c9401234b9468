/**
 * Text fragments (https://wicg.github.io/scroll-to-text-fragment/): the `#id:~:text=start,end`
 * ending of a link that makes a browser scroll to and highlight the quoted words, and the site's
 * `?quote=` parameter that carries the same terms for browsers that do not. Pure string work with
 * no import, so page scripts can use it.
 *
 * Written here rather than taken from Google's text-fragments-polyfill: the site needs only the
 * encoding of one directive and the reading back of its own parameter, a few lines, where the
 * polyfill would add its whole matcher to every reading page.
 */

/** The fewest words a quote has before its link names only its start and end. */
const WHOLE_QUOTE_WORDS = 10;
/** How many words name each end of a longer quote. */
const END_WORDS = 4;

/** One term of a directive, percent-encoded, with the spec's own delimiters `-`, `,` and `&` escaped too. */
export function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** The words of a quote, as one line: runs of white space (line breaks in a selection) become one space. */
export function quotedWords(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The terms of a `text=` directive for a quote: the whole quote when it is short, else its first
 * and last few words (`start,end`), which keeps the link short and matches the same words.
 */
export function textTerms(quote: string): string {
  const words = quotedWords(quote).split(' ');
  if (words.length <= WHOLE_QUOTE_WORDS) return encodeTerm(words.join(' '));
  return `${encodeTerm(words.slice(0, END_WORDS).join(' '))},${encodeTerm(words.slice(-END_WORDS).join(' '))}`;
}

/** A piece of a quote in which a browser can match a term: one with a word of two letters or more. */
const MATCHABLE = /[\p{L}\p{N}]{2}/u;

/**
 * The terms of a `text=` directive for a quote that a browser reads in pieces. `breaks` are the
 * offsets in the quote (as quotedWords gives it) where its text crosses into or out of an
 * element the browser matches apart, such as a button inside the sentence (an inline-block);
 * a term must lie within one piece, or it matches nothing, or words further on. So a quote with
 * breaks is named by the first words of its first piece and the last words of its last.
 */
export function directiveTerms(quote: string, breaks: readonly number[] = []): string {
  const words = quotedWords(quote);
  const cuts = [0, ...breaks.filter((b) => b > 0 && b < words.length).sort((a, b) => a - b), words.length];
  const pieces = cuts
    .slice(1)
    .map((to, i) => words.slice(cuts[i], to).trim())
    .filter((piece) => MATCHABLE.test(piece));
  if (pieces.length <= 1) return textTerms(pieces[0] ?? words);
  const first = pieces[0]!.split(' ').slice(0, END_WORDS).join(' ');
  const last = pieces.at(-1)!.split(' ').slice(-END_WORDS).join(' ');
  return `${encodeTerm(first)},${encodeTerm(last)}`;
}

/** The `text=` directive for a quote. */
export function textDirective(quote: string): string {
  return `text=${textTerms(quote)}`;
}

/**
 * A link to `page` that opens at the element `id` (when given) with `quote` highlighted: the text
 * directive for browsers that highlight it themselves, and the same terms as the site's own
 * `quote` parameter for those that do not (they cannot be read back from the fragment, which
 * browsers hide from the page). The site's own highlight reads the text as one run, so its
 * terms ignore `breaks` (see directiveTerms). Any other parameter or fragment `page` had is dropped.
 */
export function quoteLink(page: string, id: string | undefined, quote: string, breaks: readonly number[] = []): string {
  return `${page.split(/[?#]/)[0]}?quote=${textTerms(quote)}#${id ?? ''}:~:text=${directiveTerms(quote, breaks)}`;
}

/** What a quote link asks to highlight: the quote's start and, for a long quote, its end. */
export interface QuoteTerms {
  start: string;
  end?: string;
}

/** Reads the quote back from a page address's query (`?quote=a%20b,c`), or null where there is none. */
export function readQuoteParameter(search: string): QuoteTerms | null {
  const raw = /[?&]quote=([^&#]*)/.exec(search)?.[1];
  if (!raw) return null;
  try {
    const [start, end] = raw.split(',').map((t) => decodeURIComponent(t));
    if (!start) return null;
    return end ? { start, end } : { start };
  } catch {
    return null;
  }
}
