/**
 * The action plan a council answers an inspection with: one row per recommendation, with the
 * report's own words and dates on the left and the columns the council fills in on the right.
 * The workbook, the Word document, the calendar and the "Copy as table" table are all written
 * from these rows, so they agree.
 *
 * The report gives each recommendation its words, part, timescale and due date. The finding
 * behind it is the site's reviewed link (content/recommendation-findings.json), marked as the
 * site's wherever it is shown. A recommendation has no grade and no area: none is written here.
 */
import { formatDate } from '../lib/due-date.ts';
import { dataId, reportIdentity } from '../lib/report-identity.ts';
import { absolute, permalinkUrl, recommendationUrl, url } from '../lib/urls.ts';
import type { Evidence, Report, ReportIdentity } from '../model/schema.ts';
import { findingsBehind, unstatedFor } from '../derive/evidence.ts';

export { FILL_IN_COLUMNS, RAG_STATUSES, REPORT_COLUMNS } from '../lib/action-plan-columns.ts';

export interface PlanFinding {
  paragraph: number;
  /** The sentence of the paragraph that states the finding, as published. */
  sentence: string;
  /** The paragraph's permanent link. */
  url: string;
}

export interface PlanRow {
  /** The recommendation's id within the report ("sg-3m-4"), as its page URL has it. */
  reference: string;
  /** The id unique across reports ("ofsted/…/2012/sg-3m-4"). */
  uid: string;
  /** The recommendation as published. */
  text: string;
  part: string;
  timescale: string;
  /** ISO date. */
  due: string;
  /** The reviewed findings behind it, or none where the review found none stated plainly. */
  findings: PlanFinding[];
  /** The review's words where it found no finding stated plainly. */
  unstated?: string;
  /** The recommendation's own page. */
  url: string;
}

export interface ActionPlan {
  identity: ReportIdentity;
  title: string;
  /** The report's reuse notice, as published. */
  reproduction: string;
  copyright: string;
  publishedAsPublished: string;
  rows: PlanRow[];
  /** The report's headline facts and its judgements, for the workbook's second sheet. */
  facts: { label: string; value: string }[];
  judgements: { part: string; area: string; grade: string }[];
  /** The address of /recommendations/, absolute where the site's address is known. */
  pageUrl: string;
}

/** Finding cell text: "Paragraph 28: “sentence”", one a line; or the review's reason for none. */
export function findingText(row: Pick<PlanRow, 'findings' | 'unstated'>): string {
  if (row.findings.length === 0) return row.unstated ? `None stated plainly: ${row.unstated}` : '';
  return row.findings.map((f) => `Paragraph ${f.paragraph}: “${f.sentence}”`).join('\n');
}

/** The due date in words, as the pages print it. */
export const dueText = (iso: string): string => formatDate(iso);

export function actionPlan(report: Report, evidence: Evidence, site: URL | undefined): ActionPlan {
  const identity = reportIdentity(report);
  const partTitle = new Map(report.parts.map((p) => [p.id, p.title]));
  const { metadata } = report;
  const rows = report.recommendations.map((r): PlanRow => {
    const unstated = evidence.reviewed ? unstatedFor(evidence, r.id) : undefined;
    return {
      reference: r.id,
      uid: dataId(identity, r.id),
      text: r.text,
      part: partTitle.get(r.part) ?? r.part,
      timescale: r.timescaleLabel,
      due: r.dueDate,
      findings: findingsBehind(evidence, r.id).map((f) => ({
        paragraph: f.paragraph,
        sentence: f.sentence,
        url: absolute(permalinkUrl(f.paragraph), site),
      })),
      ...(unstated ? { unstated } : {}),
      url: absolute(recommendationUrl(r.id), site),
    };
  });
  const gradeOf = (j: { grade: number; label: string }) => `${j.label} (grade ${j.grade})`;
  return {
    identity,
    title: metadata.title,
    reproduction: metadata.reproduction,
    copyright: metadata.copyright,
    publishedAsPublished: metadata.publishedAsPublished,
    rows,
    facts: [
      { label: 'Report', value: metadata.title },
      { label: 'Authority', value: metadata.authority },
      { label: 'Authority GSS code (ONS; added by this site)', value: identity.authorityCode },
      { label: 'Publisher', value: report.publisher },
      { label: 'Inspection dates', value: metadata.inspectionDates.asPublished },
      { label: 'Published', value: metadata.publishedAsPublished },
      { label: 'Reporting inspector', value: metadata.reportingInspector },
      { label: 'Report id (this site’s)', value: identity.id },
      { label: 'Copyright', value: metadata.copyright },
      { label: 'Reuse', value: metadata.reproduction },
    ],
    judgements: report.judgements.map((j) => ({
      part: partTitle.get(j.part) ?? j.part,
      area: j.area,
      grade: gradeOf(j),
    })),
    pageUrl: absolute(url('recommendations/'), site),
  };
}
