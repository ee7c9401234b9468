/**
 * The shape of a search record, shared by the indexer (scripts/search-index.ts) and the
 * search page's script, so both agree on the meta keys and on how hidden aliases are laid out.
 *
 * Imports nothing: it runs in Node at build time and in the browser.
 */

/** Meta keys every record carries (Pagefind returns them with each result). */
export interface RecordMeta {
  /** "Paragraph 41", or a recommendation's name by its words (src/lib/recommendation-name.ts). */
  title: string;
  /** A recommendation's code, "sg-3m-4", shown beside its name. */
  id?: string;
  kind: 'paragraph' | 'recommendation';
  /** The section's title as the reading pages show it. */
  section: string;
  /**
   * The section's grade as a word and a number ("Good", "2"); absent where the section is not
   * graded. For a recommendation it is the grade of the area it was made under, and is shown
   * labelled as that.
   */
  grade?: string;
  gradeNumber?: string;
  /** The part's title; absent for the introduction. */
  part?: string;
  /** A recommendation's timescale as published ("Within three months"). */
  timescale?: string;
  /**
   * Alias groups: for each acronym the text uses in one form only, "ACRONYM=expansion",
   * joined by ";". Their words follow the visible text in the indexed content (see aliasTail).
   */
  aka?: string;
}

/** Filter names, in the order the search page shows them. */
export const FILTERS = ['kind', 'part', 'theme', 'grade', 'timescale'] as const;
export type FilterName = (typeof FILTERS)[number];

/** One alias group: an acronym and its expansion, either of which the text lacks. */
export interface AliasGroup {
  acronym: string;
  expansion: string;
}

export function encodeAliases(groups: AliasGroup[]): string {
  return groups.map((g) => `${g.acronym}=${g.expansion}`).join(';');
}

export function decodeAliases(aka: string | undefined): AliasGroup[] {
  if (!aka) return [];
  return aka.split(';').map((pair) => {
    const at = pair.indexOf('=');
    return { acronym: pair.slice(0, at), expansion: pair.slice(at + 1) };
  });
}

/**
 * The hidden words appended to a record's content so that searching an acronym finds the
 * expansion and the other way round.
 *
 * Note: they go after the visible text, and the search page counts them off the end again
 * (with wordsOf) so excerpts only ever show the text as published.
 */
export function aliasTail(groups: AliasGroup[]): string {
  return groups.map((g) => `${g.acronym} ${g.expansion}`).join(' ');
}

/** Words as Pagefind counts them in a record's content: split on whitespace. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => word.length > 0);
}
