/**
 * How the site words a grade, everywhere: "Good, grade 2". The word as the report's grade scale
 * gives it, then the number, so a grade never rests on colour alone and a filter, a badge, a
 * page description and a briefing pack all say the same thing.
 *
 * Used by the grade badges (src/components/GradeBadge.astro and the search results' badges),
 * the search filters, the grade filter links, page descriptions and the packs; the search page
 * reads a result's grade back from its filter value (gradeFromText).
 */

/** A grade and the word the report's scale gives it: `{ grade: 2, label: 'Good' }`. */
export interface GradeWording {
  grade: number;
  label: string;
}

/** The pieces a badge lays out: the word, the comma after it, and "grade N". */
export interface GradePieces {
  word: string;
  separator: string;
  number: string;
}

/** A grade in pieces, for markup that styles the word and the number apart. */
export function gradePieces({ grade, label }: GradeWording): GradePieces {
  return { word: label, separator: ',', number: `grade ${grade}` };
}

/** A grade as text: "Good, grade 2". */
export function gradeText(wording: GradeWording): string {
  const { word, separator, number } = gradePieces(wording);
  return `${word}${separator} ${number}`;
}

/**
 * The grade back from its text ("Good, grade 2" → Good, 2), or undefined for other text.
 * Search results carry the grade as its filter value only, so the page reads it back here,
 * beside the one wording it inverts.
 */
export function gradeFromText(text: string): GradeWording | undefined {
  const match = /^(.+), grade (\d+)$/.exec(text);
  return match ? { label: match[1]!, grade: Number(match[2]) } : undefined;
}
