import type { APIRoute } from 'astro';
import { publishedReport } from '../../data/published-report.ts';
import { getReport } from '../../lib/report.ts';
import { reportIdentity } from '../../lib/report-identity.ts';

/** /data/report.json: the validated model the pages are built from, each record naming its report. */
export const GET: APIRoute = async () => {
  const report = await getReport();
  return new Response(`${JSON.stringify(publishedReport(report, reportIdentity(report)), null, 2)}\n`, {
    headers: { 'content-type': 'application/json' },
  });
};
