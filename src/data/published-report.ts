/**
 * /data/report.json as published: the model with the report's identity on top, and each
 * paragraph, recommendation and judgement carrying its id across reports and naming its report,
 * so records from many reports' files can be put in one table and still say where they are from.
 */
import type { PublishedReport, Report, ReportIdentity } from '../model/schema.ts';
import { dataId, judgementId } from '../lib/report-identity.ts';

export function publishedReport(report: Report, identity: ReportIdentity): PublishedReport {
  const names = (localId: string) => ({
    uid: dataId(identity, localId),
    reportId: identity.id,
    authority: identity.authority,
    published: identity.published,
  });
  const code = new Map(report.parts.map((p) => [p.id, p.code]));
  return {
    ...report,
    report: identity,
    paragraphs: report.paragraphs.map((p) => ({ ...p, ...names(p.id) })),
    recommendations: report.recommendations.map((r) => ({ ...r, ...names(r.id) })),
    judgements: report.judgements.map((j) => {
      const id = judgementId(code.get(j.part) ?? j.part, j.area);
      return { ...j, id, ...names(id) };
    }),
  };
}
