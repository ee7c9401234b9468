import { parseReportFile } from '../../../src/parser/index.ts';
import { buildPackCatalogue, type PackCatalogue } from '../../../src/packs/catalogue.ts';
import type { Report } from '../../../src/model/schema.ts';

/** A made-up report with lists, emphasis and text that looks like markup. */
export const FIXTURE = 'tests/fixtures/reports/northwold-literal-text.txt';

export async function fixtureCatalogue(): Promise<{ report: Report; catalogue: PackCatalogue }> {
  const report = await parseReportFile(FIXTURE);
  return { report, catalogue: buildPackCatalogue(report) };
}
