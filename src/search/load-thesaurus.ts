/**
 * Reads content/thesaurus.json, validates it, and checks every target against the report.
 *
 * The file names the report it was reviewed against: a site built from another report of the
 * same form gets no thesaurus rather than one whose words that report may not use.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Report } from '../model/schema.ts';
import { checkThesaurus, ThesaurusFile, type ThesaurusEntry } from './thesaurus.ts';

export const THESAURUS_FILE = process.env.THESAURUS ?? 'content/thesaurus.json';

/** The report's own texts: every numbered paragraph and recommendation. */
export const reportTexts = (report: Report): string[] =>
  [...report.paragraphs, ...report.recommendations].map((item) => item.text);

/** The entries that apply to `report`; throws, naming the file and each entry, if any is wrong. */
export async function loadThesaurus(report: Report, file = THESAURUS_FILE): Promise<ThesaurusEntry[]> {
  const parsed = ThesaurusFile.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  if (basename(parsed.data.report) !== basename(report.source.file)) {
    process.stderr.write(
      `${file} was reviewed for ${parsed.data.report}, not ${report.source.file}: search uses no everyday words\n`,
    );
    return [];
  }
  const problems = checkThesaurus(parsed.data.entries, reportTexts(report));
  if (problems.length > 0) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
  return parsed.data.entries;
}
