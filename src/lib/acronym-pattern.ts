/**
 * What counts as a whole-word use of an acronym the report defines: the one rule behind the
 * glossary's `<abbr>` marks (src/lib/acronym-text.ts), the evidence terms (src/derive/terms.ts)
 * and the search aliases (src/search/aliases.ts).
 *
 * A use is the acronym exactly as defined (case matters: "CAF" is not "caf"), optionally with a
 * plural "s" ("IROs"), with no letter, digit or "&" of any script touching it on either side.
 * So "GP" is found in "GPs", "(GP)" and "e-GP", but not in "GPS", "aGP" or "GP2"; and an "E"
 * is never read out of "A&E".
 */
import { escapeRegExp } from './escape-regexp.ts';

/** Characters that make a neighbouring acronym part of a longer word. */
const WORD_CHARACTER = '[\\p{L}\\p{N}&]';

/**
 * A pattern matching any of `forms` used as a whole word (see above). Longer forms are tried
 * first, so "CAMHS" is never read as a shorter acronym inside it. `flags` are added to `u`
 * (for example `g` to find every use).
 */
export function acronymPattern(forms: string | readonly string[], flags = ''): RegExp {
  const alternatives = (typeof forms === 'string' ? [forms] : [...forms])
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  if (alternatives.length === 0) throw new Error('acronymPattern needs at least one acronym');
  return new RegExp(
    `(?<!${WORD_CHARACTER})(?:${alternatives.join('|')})s?(?!${WORD_CHARACTER})`,
    `u${flags.replace('u', '')}`,
  );
}
