/**
 * Reads the site's explanations of the report's terms of art from content/terms-of-art.json.
 *
 * The file names the report it was written for, so a build of another report of the same form
 * explains nothing rather than failing; for its own report, a term that no paragraph uses stops
 * the build, naming the file and the entry, since the site explains only what the report says.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import { splitTerms } from '../lib/term-text.ts';
import { TermOfArt, type Report } from '../model/schema.ts';

export const TERMS_OF_ART_FILE = process.env.TERMS_OF_ART ?? 'content/terms-of-art.json';

/** The file's form: the terms plus the name of the report file they were written for. */
const TermsFile = z.object({ report: z.string().min(1), terms: z.array(TermOfArt) });

/** Every form a term is written in: the term, then its variants. */
export const formsOf = (t: TermOfArt): string[] => [t.term, ...t.variants];

/** The terms that apply to `report`, in the file's order: none where the file is for another report. */
export async function loadTermsOfArt(report: Report, file = TERMS_OF_ART_FILE): Promise<TermOfArt[]> {
  const parsed = TermsFile.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  if (basename(parsed.data.report) !== basename(report.source.file)) {
    process.stderr.write(
      `${file} was written for ${parsed.data.report}, not ${report.source.file}: its terms are skipped\n`,
    );
    return [];
  }
  checkTerms(parsed.data.terms, report, file);
  return parsed.data.terms;
}

/** Throws, naming the file and the entry, for a repeated id or a form no paragraph uses. */
export function checkTerms(terms: readonly TermOfArt[], report: Report, file: string): void {
  const seen = new Set<string>();
  terms.forEach((t, i) => {
    if (seen.has(t.id)) throw new Error(`${file}: terms.${i} (${t.id}): the id is used twice`);
    seen.add(t.id);
    for (const form of formsOf(t)) {
      const used = report.paragraphs.some((p) =>
        splitTerms(p.text, [{ id: t.id, forms: [form] }]).some((piece) => piece.term),
      );
      if (!used)
        throw new Error(`${file}: terms.${i} (${t.id}): "${form}" does not occur in ${basename(report.source.file)}`);
    }
  });
}
