/**
 * How the site words a grade, everywhere: "Good, grade 2". The word as the report's grade scale
 * gives it, then the number, so a grade never rests on colour alone and a filter, a badge, a
 * page description and a briefing pack all say the same thing.
 *
 * Used by the grade badges (src/components/GradeBadge.astro and the search results' badges),
 * the search filters, the grade filter links, page descriptions and the packs.
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
