/**
 * Both kinds of link between recommendations and paragraphs (src/derive/evidence.ts), for
 * pages: made once per build from the model and the reviewed findings the content loader
 * checked, then shared by every page that shows them.
 */
import { getCollection } from 'astro:content';
import { evidence } from '../derive/evidence.ts';
import type { ReviewedFindings } from '../derive/reviewed-findings.ts';
import { REVIEWED_FINDINGS_ENTRY } from '../loaders/report-loader.ts';
import type { Evidence } from '../model/schema.ts';
import { getReport } from './report.ts';

let cached: { reviewed: unknown; evidence: Promise<Evidence> } | undefined;

/** Every link of both kinds, recommendations in report order, reviewed links first in each. */
export async function getEvidence(): Promise<Evidence> {
  const report = await getReport();
  const entry = (await getCollection('report')).find((e) => e.id === REVIEWED_FINDINGS_ENTRY);
  const reviewed = (entry?.data ?? { applies: false, why: 'no reviewed findings were loaded' }) as ReviewedFindings;
  // The loader stores a new object on every parse, so `astro dev` sees an edited review at once.
  if (!cached || cached.reviewed !== entry?.data)
    cached = { reviewed: entry?.data, evidence: Promise.resolve(evidence(report, reviewed)) };
  return cached.evidence;
}
