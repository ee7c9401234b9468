/**
 * Finds the terms of art the site explains (content/terms-of-art.json) in reading text: the one
 * rule behind the marks on reading pages, the glossary's count of uses and the build's check
 * that every term occurs in the report.
 *
 * A use is one of the term's forms, in any letter case ("Looked after" at a sentence's start),
 * optionally with a plural "s", with no letter or digit of any script touching it on either side.
 */
import { escapeRegExp } from './escape-regexp.ts';

/** A term as the matcher needs it: its id and every form the report writes it in. */
export interface TermForms {
  id: string;
  forms: readonly string[];
}

/** A stretch of text; `term` is the id of the term the stretch is a use of. */
export interface TermPiece {
  text: string;
  term?: string;
}

/** The pattern matching any form of `terms`, longer forms first so "child protection plan" wins over a shorter form inside it. */
function termPattern(terms: readonly TermForms[]): { pattern: RegExp; idOf: Map<string, string> } {
  const idOf = new Map<string, string>();
  for (const t of terms) for (const form of t.forms) idOf.set(form.toLowerCase(), t.id);
  const alternatives = [...idOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})s?(?![\\p{L}\\p{N}])`, 'giu'), idOf };
}

/** Splits `text` at every use of a term; joining the pieces' text gives `text` back. */
export function splitTerms(text: string, terms: readonly TermForms[]): TermPiece[] {
  if (text === '') return [];
  if (terms.length === 0) return [{ text }];
  const { pattern, idOf } = termPattern(terms);
  const pieces: TermPiece[] = [];
  let from = 0;
  for (const match of text.matchAll(pattern)) {
    const word = match[0].toLowerCase();
    const term = idOf.get(word) ?? idOf.get(word.slice(0, -1));
    if (term === undefined) continue;
    if (match.index > from) pieces.push({ text: text.slice(from, match.index) });
    pieces.push({ text: match[0], term });
    from = match.index + match[0].length;
  }
  if (from < text.length) pieces.push({ text: text.slice(from) });
  return pieces;
}

/**
 * Which terms a page has already marked, so only the first use of each on the page is marked.
 * A page makes one and hands it to the text it renders in reading order.
 */
export class FirstUses {
  readonly #marked = new Set<string>();
  /** True the first time `key` is asked for, false after. */
  take(key: string): boolean {
    if (this.#marked.has(key)) return false;
    this.#marked.add(key);
    return true;
  }
}
