/**
 * How the site names a recommendation wherever a reader meets one: by its own words, not its
 * code. "appoint a named GP to support the work of the LSCB and continue to …" is named
 * "Appoint a named GP to support the work of the LSCB…"; the code (`sg-3m-4`) stays as a
 * secondary label and in URLs and citations.
 *
 * Used by the recommendation pages (title, heading, share meta), every list that links to one
 * (the recommendations page, the reading pages, theme pages, "Supports" lines), the search
 * records and the briefing pack. Pure string work with no import, so page scripts can use it.
 */

/** The most words a name keeps before it is cut. */
export const NAME_MAX_WORDS = 14;
/** The fewest words a name keeps when it is cut at a clause. */
export const NAME_MIN_WORDS = 6;

// A name is cut before a word that starts a new clause, so it ends on a whole thought
// ("… the work of the LSCB…"), preferring a strong break (a conjunction, "by", "so that",
// "in order that") to a weak one (a preposition), and falling back to the word limit.
const STRONG_BREAKS = new Set([
  'and',
  'or',
  'but',
  'so',
  'by',
  'including',
  'which',
  'who',
  'whose',
  'where',
  'when',
  'while',
  'whilst',
  'as',
]);
const WEAK_BREAKS = new Set(['to', 'for', 'at', 'with', 'within', 'in', 'from', 'through', 'across']);
const TRAILING = /[\s.,;:]/u;

/** The text with its first letter in capitals: the report prints recommendations as the end of a sentence. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Where the first sentence of a text ends: at a full stop followed by a capital, or the end. */
function firstSentenceEnd(text: string): number {
  const end = /[.!?]\s+(?=\p{Lu})/u.exec(text);
  return end ? end.index : text.length;
}

/** How many of `words` a cut name keeps: at the last clause break within the limits, else the limit. */
function keptWords(words: readonly string[]): number {
  let strong = 0;
  let weak = 0;
  for (let kept = NAME_MIN_WORDS; kept <= NAME_MAX_WORDS && kept < words.length; kept++) {
    const next = words[kept]!.toLowerCase();
    if (
      words[kept - 1]!.endsWith(',') ||
      STRONG_BREAKS.has(next) ||
      (next === 'in' && words[kept + 1]?.toLowerCase() === 'order')
    )
      strong = kept;
    else if (WEAK_BREAKS.has(next)) weak = kept;
  }
  return strong || weak || NAME_MAX_WORDS - 2;
}

/** A text split where its name ends: `head` gives the name, `rest` follows it; `cut` says whether the name stops mid-sentence. */
export interface NamedText {
  head: string;
  rest: string;
  cut: boolean;
}

/**
 * Splits a recommendation's text (as published) where its name ends: after the first sentence
 * when that has NAME_MAX_WORDS words or fewer, else at the last clause break between
 * NAME_MIN_WORDS and NAME_MAX_WORDS words (a strong break before a weak one), else after
 * NAME_MAX_WORDS - 2 words. `head + rest` is the text unchanged, so a list can link the opening
 * words of the text itself.
 */
export function splitAtName(text: string): NamedText {
  const sentenceEnd = firstSentenceEnd(text);
  const words = [...text.slice(0, sentenceEnd).matchAll(/\S+/gu)];
  const keep = words.length <= NAME_MAX_WORDS ? words.length : keptWords(words.map((w) => w[0]));
  const last = words[keep - 1];
  let end = last ? last.index + last[0].length : 0;
  // Punctuation that closed the kept words (a comma, the full stop) belongs to what follows.
  while (end > 0 && TRAILING.test(text.charAt(end - 1))) end--;
  return { head: text.slice(0, end), rest: text.slice(end), cut: keep < words.length };
}

/**
 * A recommendation's name: the first words of its text, capitalised, cut at a clause break
 * with "…" where the first sentence runs past NAME_MAX_WORDS words.
 */
export function recommendationName(text: string): string {
  const { head, cut } = splitAtName(text.trim());
  return `${capitalised(head)}${cut ? '…' : ''}`;
}

/** A recommendation's whole text as a sentence, for share descriptions: capitalised, with a full stop. */
export function recommendationSentence(text: string): string {
  const trimmed = capitalised(text.trim());
  return /[.!?]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The secondary label that keeps the code in sight: "Recommendation sg-3m-4". */
export function recommendationCodeLabel(id: string): string {
  return `Recommendation ${id}`;
}

/**
 * Where a recommendation stands, as context lines in search results, packs and exports say it:
 * "Safeguarding services: areas for improvement (paragraph 28)". It names the part, the block
 * of actions and the paragraph that introduces them: never an area or a grade, since the report
 * grades areas, not recommendations.
 */
export function recommendationPlace(part: string, block: string, introducedBy: number): string {
  return `${part}: ${block.charAt(0).toLowerCase()}${block.slice(1)} (paragraph ${introducedBy})`;
}
