/**
 * Reads the reviewed corrections to the evidence links from content/evidence-overrides.json.
 *
 * The file names the report it was reviewed against, so building the site from another report
 * of the same form skips corrections meant for this one instead of failing on unknown ids.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import { EvidenceOverrides, type Report } from '../model/schema.ts';

export const EVIDENCE_OVERRIDES_FILE = process.env.EVIDENCE_OVERRIDES ?? 'content/evidence-overrides.json';

/** The file's form: the overrides plus the name of the report file they were reviewed against. */
const OverridesFile = EvidenceOverrides.extend({ report: z.string().min(1) });

/** The overrides that apply to `report`: none where the file is for another report. */
export async function loadEvidenceOverrides(report: Report, file = EVIDENCE_OVERRIDES_FILE): Promise<EvidenceOverrides> {
  const parsed = OverridesFile.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  if (basename(parsed.data.report) !== basename(report.source.file)) {
    process.stderr.write(`${file} was reviewed for ${parsed.data.report}, not ${report.source.file}: its corrections are skipped\n`);
    return { add: [], remove: [] };
  }
  return { add: parsed.data.add, remove: parsed.data.remove };
}
