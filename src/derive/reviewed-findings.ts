/**
 * The reviewed findings behind each recommendation (content/recommendation-findings.json),
 * checked against the report they claim to quote.
 *
 * Each finding quotes the sentence of its paragraph that states it. The check fails the build
 * when a quoted sentence is no longer in that paragraph, so an edited text cannot leave a stale
 * claim on the site: a reader repeats what the site shows as the inspectors' words.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ReviewedFindingsFile, type Report } from '../model/schema.ts';
import { ReportError } from '../parser/errors.ts';
import { quote } from '../parser/quote.ts';

export const REVIEWED_FINDINGS_FILE = process.env.REVIEWED_FINDINGS ?? 'content/recommendation-findings.json';

/** The reviews that apply to a report, or why none do. */
export type ReviewedFindings = { applies: true; file: ReviewedFindingsFile } | { applies: false; why: string };

/** The 1-based line of the first occurrence of `needle` in `text`, or 1. */
function lineOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  return at === -1 ? 1 : text.slice(0, at).split('\n').length;
}

/**
 * Validates the file's text and checks it against `report`. Throws a ReportError naming the
 * file and the line of the entry at fault.
 */
export function checkReviewedFindings(report: Report, file: string, text: string): ReviewedFindings {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ReportError(file, 1, `not valid JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = ReviewedFindingsFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [, index] = issue.path;
    const id =
      typeof index === 'number' ? (json as ReviewedFindingsFile).recommendations?.[index]?.recommendation : undefined;
    const line = id ? lineOf(text, `"recommendation": ${JSON.stringify(id)}`) : 1;
    throw new ReportError(file, line, `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  const data = parsed.data;
  if (basename(data.report) !== basename(report.source.file)) {
    return { applies: false, why: `${file} was reviewed against ${data.report}, not ${report.source.file}` };
  }

  const recommendations = new Set(report.recommendations.map((r) => r.id));
  const paragraphs = new Map(report.paragraphs.map((p) => [p.number, p]));
  const seen = new Set<string>();
  for (const review of data.recommendations) {
    const at = lineOf(text, `"recommendation": ${JSON.stringify(review.recommendation)}`);
    if (!recommendations.has(review.recommendation)) {
      throw new ReportError(file, at, `the report has no recommendation ${quote(review.recommendation)}`);
    }
    if (seen.has(review.recommendation)) throw new ReportError(file, at, `${review.recommendation} is reviewed twice`);
    seen.add(review.recommendation);
    const numbers = new Set<number>();
    for (const finding of review.findings) {
      const line = lineOf(
        text,
        JSON.stringify(finding.sentence).slice(1, -1),
        text.indexOf(`"recommendation": ${JSON.stringify(review.recommendation)}`),
      );
      const paragraph = paragraphs.get(finding.paragraph);
      if (!paragraph)
        throw new ReportError(file, line, `${review.recommendation}: the report has no paragraph ${finding.paragraph}`);
      if (numbers.has(finding.paragraph))
        throw new ReportError(file, line, `${review.recommendation}: paragraph ${finding.paragraph} is given twice`);
      numbers.add(finding.paragraph);
      if (!paragraph.text.includes(finding.sentence)) {
        throw new ReportError(
          file,
          line,
          `${review.recommendation}: paragraph ${finding.paragraph} does not contain the sentence quoted as its finding, ${quote(finding.sentence)}; quote the paragraph as it now reads, or choose another`,
        );
      }
    }
  }
  return { applies: true, file: data };
}

/** Reads the file and checks it against `report` (see checkReviewedFindings). */
export async function loadReviewedFindings(report: Report, file = REVIEWED_FINDINGS_FILE): Promise<ReviewedFindings> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReportError(file, 1, code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'unknown error'})`);
  }
  return checkReviewedFindings(report, file, text);
}
