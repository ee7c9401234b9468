import { getCollection } from 'astro:content';
import { PARSE_ERROR_ENTRY, REPORT_ENTRY, ReportLoadError, type ParseProblem } from '../loaders/report-loader.ts';
import type { Report } from '../model/schema.ts';

/**
 * The whole validated model, from the `report` content collection.
 *
 * In `astro dev`, when an edit has broken the text, this throws the parser's one line, so every
 * page shows it on Astro's error page until the text is mended.
 */
export async function getReport(): Promise<Report> {
  // The collection rather than getEntry, which logs a warning for a missing id.
  const entries = await getCollection('report');
  const report = entries.find((entry) => entry.id === REPORT_ENTRY);
  if (report) return report.data;
  const problem = entries.find((entry) => entry.id === PARSE_ERROR_ENTRY)?.data as ParseProblem | undefined;
  if (problem) throw new ReportLoadError(problem.message, problem);
  throw new Error('the report collection is empty: the content loader did not run');
}
