/**
 * A briefing pack's action plan as CSV (csv-stringify, which quotes cells with commas, quotes or
 * line breaks). A module of its own because csv-stringify's browser build is most of the pack
 * page's script: the page loads it only when a reader reaches for the CSV download.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import { packPlanRows } from './action-plan.ts';
import type { PackDocument } from './render-text.ts';

/** The plan as CSV with a byte order mark, as the site's other CSV files, so Excel reads it as UTF-8. */
export function packPlanCsv(doc: PackDocument): string {
  return stringify(packPlanRows(doc), { record_delimiter: 'windows', bom: true });
}
