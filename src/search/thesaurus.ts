/**
 * The reviewed thesaurus (content/thesaurus.json): everyday words and phrases a reader may type,
 * each with words the report uses for the same thing. Search tries the report's words too when
 * the reader's own are absent from the report or rare in it, and says so; the site adds them,
 * so every one must occur in the report, which `checkThesaurus` verifies at build time.
 *
 * Pure (no file access); the search page takes what it needs from ./thesaurus-key.ts.
 */
import { z } from 'zod';
import { thesaurusKey, type ThesaurusMap } from './thesaurus-key.ts';
import { textWords } from './vocabulary.ts';

export { thesaurusKey, type ThesaurusMap };

export const ThesaurusEntry = z.strictObject({
  /** What a reader types: a word or a phrase. */
  everyday: z.string().trim().min(1),
  /** Words or phrases the report uses for it, each to be found in the report. */
  report: z.array(z.string().trim().min(1)).min(1),
  /** Why the entry is here, for the reviewer. */
  note: z.string().trim().min(1),
});
export type ThesaurusEntry = z.infer<typeof ThesaurusEntry>;

export const ThesaurusFile = z.strictObject({
  /** The report file (its name) the entries were reviewed against. */
  report: z.string().min(1),
  about: z.string(),
  entries: z.array(ThesaurusEntry),
});
export type ThesaurusFile = z.infer<typeof ThesaurusFile>;

/**
 * The problems with a thesaurus checked against the report's texts: each target that no text
 * holds as whole words, and each everyday word or phrase listed twice, named by entry.
 */
export function checkThesaurus(entries: ThesaurusEntry[], texts: string[]): string[] {
  const padded = texts.map((text) => ` ${textWords(text).join(' ')} `);
  const problems: string[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const key = thesaurusKey(entry.everyday);
    if (seen.has(key)) problems.push(`entries[${i}] "${entry.everyday}" is listed twice`);
    seen.add(key);
    for (const target of entry.report) {
      const words = ` ${thesaurusKey(target)} `;
      if (!padded.some((text) => text.includes(words)))
        problems.push(`entries[${i}] "${entry.everyday}": "${target}" does not occur in the report`);
    }
  });
  return problems;
}

/** The page's form of the entries. */
export function thesaurusMap(entries: ThesaurusEntry[]): ThesaurusMap {
  return entries.map((entry) => [thesaurusKey(entry.everyday), entry.report]);
}
