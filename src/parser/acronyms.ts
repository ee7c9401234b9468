import type { Acronym, Paragraph } from '../model/schema.ts';

// Short words an expansion may pass over without giving the acronym a letter
// ("Children and Young People's Plan (CYPP)").
const LINKING_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'with', 'at', 'by', '&']);
const DEFINITION = /\(([A-Z][A-Za-z&]*[A-Z])(s?)\)/g;

/**
 * Finds the acronyms the text defines: an expansion followed by its acronym in brackets,
 * where the expansion's words give the acronym's letters in order ("Local Safeguarding
 * Children Board (LSCB)"). The first definition of each acronym wins.
 */
export function findAcronyms(paragraphs: Paragraph[]): Acronym[] {
  const found = new Map<string, Acronym>();
  for (const paragraph of paragraphs) {
    for (const text of paragraph.text.split('\n')) {
      for (const match of text.matchAll(DEFINITION)) {
        const acronym = match[1]!;
        if (found.has(acronym)) continue;
        const expansion = expansionBefore(text.slice(0, match.index), acronym);
        if (!expansion) continue;
        found.set(acronym, {
          acronym,
          expansion: match[2] ? singular(expansion) : expansion,
          asDefined: acronym + match[2],
          paragraph: paragraph.number,
          line: paragraph.source.startLine,
        });
      }
    }
  }
  return [...found.values()];
}

/** The words just before `end` whose initials spell the acronym, or undefined. */
export function expansionBefore(before: string, acronym: string): string | undefined {
  const letters = acronym.replace(/[^A-Za-z]/g, '').toLowerCase();
  const words = [...before.matchAll(/[A-Za-z][A-Za-z'\u2019]*/g)];
  const lastWord = words.at(-1);
  // A bracket must follow the expansion directly, so only spaces may separate them.
  if (!lastWord || before.slice(lastWord.index! + lastWord[0].length).trim() !== '') return undefined;
  // Walk back from the bracket, each word either giving the next letter or, if it is a
  // linking word, passing; backtracking so that "Accident and emergency (A&E)" does not stop
  // at "and". An expansion never starts with a linking word.
  const match = (i: number, j: number): number | undefined => {
    if (i < 0) return LINKING_WORDS.has(words[j + 1]![0].toLowerCase()) ? undefined : j + 1;
    if (j < 0) return undefined;
    const word = words[j]![0].toLowerCase();
    const taken = word[0] === letters[i] ? match(i - 1, j - 1) : undefined;
    if (taken !== undefined) return taken;
    return LINKING_WORDS.has(word) ? match(i, j - 1) : undefined;
  };
  const start = match(letters.length - 1, words.length - 1);
  return start === undefined ? undefined : before.slice(words[start]!.index!).trim();
}

function singular(expansion: string): string {
  return expansion.replace(/s$/, '');
}
