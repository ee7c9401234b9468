/**
 * The evidence links for pages: computed once per build from the model and the reviewed
 * overrides in content/, then shared by every page that shows them.
 */
import { evidenceLinks } from '../derive/evidence.ts';
import { loadEvidenceOverrides } from '../derive/evidence-overrides.ts';
import type { EvidenceLink } from '../model/schema.ts';
import { getReport } from './report.ts';

let cached: Promise<EvidenceLink[]> | undefined;

/** Every evidence link, recommendations in report order, each ranked strongest first. */
export function getEvidenceLinks(): Promise<EvidenceLink[]> {
  cached ??= getReport().then(async (report) => evidenceLinks(report, await loadEvidenceOverrides(report)));
  return cached;
}
