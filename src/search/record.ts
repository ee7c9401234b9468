/**
 * The shape of a search record, shared by the indexer (src/search/records.ts) and the search
 * page's script, so both agree on what a record holds and how its hidden aliases are laid out.
 *
 * A record holds its text as published, then its aliases; its meta fields are the title and a
 * recommendation's code, and everything else the result shows (section, grade, part, kind,
 * timescale) is a filter value.
 * Pagefind 1.6 indexes every meta field as searchable words, so a section title in meta
 * would make every paragraph of "Leadership and management" match "management" whether its text
 * says so or not, and the alias words would be indexed twice. Filter values are not indexed.
 *
 * Imports nothing: it runs in Node at build time and in the browser.
 */

/**
 * Meta keys every record carries (Pagefind returns them with each result).
 * A type rather than an interface, so it fits Pagefind's `Record<string, string>` meta.
 */
export type RecordMeta = {
  /** "Paragraph 41", or a recommendation's name by its words (src/lib/recommendation-name.ts). */
  title: string;
  /** A recommendation's code, "sg-3m-4": shown beside its name, and searchable on purpose. */
  id?: string;
};

/** Filter names the search page offers, in the order it shows them. */
export const FILTERS = ['kind', 'part', 'theme', 'grade', 'timescale'] as const;
export type FilterName = (typeof FILTERS)[number];

/**
 * Every filter a record carries: the ones offered, and two the result shows but the page does
 * not offer as a choice: `section` (a section is reached from the contents) and, for a
 * recommendation, `place`, where it stands ("Safeguarding services: areas for improvement
 * (paragraph 28)").
 */
export type RecordFilters = Partial<Record<FilterName | 'section' | 'place', string[]>>;

/** One alias group: an acronym and its expansion, either of which the text lacks. */
export interface AliasGroup {
  acronym: string;
  expansion: string;
}

/**
 * The word that opens each alias group after a record's text. It has no letters or digits, so
 * Pagefind indexes nothing for it, yet it takes a word position: no phrase can match across it,
 * and the search page finds where the published text ends by looking for it.
 */
export const ALIAS_MARK = '¦';

/**
 * The hidden words appended to a record's text so that searching an acronym finds the expansion
 * and the other way round: " ¦ GP general practitioner ¦ LSCB Local Safeguarding Children Board".
 *
 * They go after the visible text, and the search page cuts them off again (splitAliases)
 * so excerpts only ever show the text as published.
 */
export function aliasTail(groups: AliasGroup[]): string {
  return groups.map((g) => ` ${ALIAS_MARK} ${g.acronym} ${g.expansion}`).join('');
}

/** Words as Pagefind counts them in a record's content: split on whitespace. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => word.length > 0);
}

/**
 * A record's words split into the published text and its alias groups, each group with the
 * word position where it starts (its acronym), as Pagefind numbers words.
 */
export function splitAliases(words: string[]): { visible: number; groups: (AliasGroup & { start: number })[] } {
  const first = words.indexOf(ALIAS_MARK);
  const visible = first === -1 ? words.length : first;
  const groups: (AliasGroup & { start: number })[] = [];
  for (let at = visible; at < words.length;) {
    let end = words.indexOf(ALIAS_MARK, at + 1);
    if (end === -1) end = words.length;
    groups.push({ acronym: words[at + 1] ?? '', expansion: words.slice(at + 2, end).join(' '), start: at + 1 });
    at = end;
  }
  return { visible, groups };
}
