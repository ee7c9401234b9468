/**
 * Splits reading text into acronym and non-acronym pieces, so a page can wrap each acronym
 * the report defines in `<abbr title="expansion">` without touching the words around it.
 */
import { acronymPattern } from './acronym-pattern.ts';

/** An acronym the report defines (a subset of the model's `Acronym`). */
export interface AcronymDefinition {
  acronym: string;
  expansion: string;
  /** The form it was defined in, e.g. the plural "IROs". */
  asDefined?: string;
}

/** A stretch of text; `expansion` is set when the stretch is an acronym. */
export interface TextPiece {
  text: string;
  expansion?: string;
}

/**
 * Splits `text` at every whole-word use of a defined acronym (or its plural with "s").
 *
 * What counts as a whole-word use is src/lib/acronym-pattern.ts (case-sensitive, so "GP"
 * is found in "GPs" and "(GP)" but not in "GPS" or "aGP"; longer acronyms first). Joining the
 * pieces' text gives `text` back.
 */
export function splitAcronyms(text: string, acronyms: readonly AcronymDefinition[]): TextPiece[] {
  const expansions = new Map<string, string>();
  for (const a of acronyms) {
    expansions.set(a.acronym, a.expansion);
    if (a.asDefined && a.asDefined !== a.acronym) expansions.set(a.asDefined, a.expansion);
  }
  if (expansions.size === 0 || text === '') return text === '' ? [] : [{ text }];
  const pattern = acronymPattern([...expansions.keys()], 'g');

  const pieces: TextPiece[] = [];
  let from = 0;
  for (const match of text.matchAll(pattern)) {
    const word = match[0];
    const expansion = expansions.get(word) ?? expansions.get(word.slice(0, -1));
    if (expansion === undefined) continue;
    if (match.index > from) pieces.push({ text: text.slice(from, match.index) });
    pieces.push({ text: word, expansion });
    from = match.index + word.length;
  }
  if (from < text.length) pieces.push({ text: text.slice(from) });
  return pieces;
}
