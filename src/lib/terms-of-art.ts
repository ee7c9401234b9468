/** The site's explanations of the report's terms of art, read and checked once per build for pages. */
import { loadTermsOfArt } from '../derive/terms-of-art.ts';
import type { TermOfArt } from '../model/schema.ts';
import { getReport } from './report.ts';

let cached: Promise<TermOfArt[]> | undefined;

/** The terms in the file's order (none for a report the file was not written for). */
export function getTermsOfArt(): Promise<TermOfArt[]> {
  cached ??= getReport().then((report) => loadTermsOfArt(report));
  return cached;
}
