/**
 * The CSV downloads, described once: each table's rows and columns, and each column's meaning.
 * The CSV endpoints and the /data/ page both read these, so a file and its description agree.
 *
 * Where a column is a model field, its description is the schema's own (`.describe` in
 * src/model/schema.ts), so the field documentation has one source.
 */
import type { z } from 'zod';
import {
  ComputedLink,
  ReviewedLink,
  JudgementSummary,
  Paragraph,
  Recommendation,
  ReportIdentity,
  type Evidence,
  type EvidenceLink,
  type Report,
} from '../model/schema.ts';
import { dataId, judgementId, reportIdentity } from '../lib/report-identity.ts';
import { listedJudgements, recordSlug, type ListedJudgement } from '../lib/judgements.ts';
import { absolute, paragraphUrl, permalinkUrl, recommendationUrl, sectionUrl } from '../lib/urls.ts';

export interface Column<Row> {
  name: string;
  description: string;
  // A method, so a table of any row type is a DataTable<unknown> to the code that only reads
  // rows through their own table's columns (the CSV writer, the /data/ page).
  value(row: Row): string | number;
}

export interface DataTable<Row = unknown> {
  /** File name under /data/. */
  file: string;
  title: string;
  /** What one row is. */
  row: string;
  columns: Column<Row>[];
  rows: Row[];
}

/** The schema's description of a field; a missing one is a bug in the schema, so it throws. */
function describedBy(schema: z.ZodType): string {
  if (!schema.description)
    throw new Error('a CSV column names a model field without a .describe() in src/model/schema.ts');
  return schema.description;
}

/** A column that is a model field as it is: its schema's description, its value unchanged. */
const field = <Row>(shape: Record<string, z.ZodType>, key: keyof Row & string, name: string = key): Column<Row> => ({
  name,
  description: describedBy(shape[key]!),
  value: (row) => row[key] as string | number,
});

/**
 * The columns every table starts with, naming the report each row is from, so rows of many
 * reports' files can be stacked and still joined: its id, the authority and the publication date.
 */
function reportColumns<Row>(identity: ReportIdentity): Column<Row>[] {
  const I = ReportIdentity.shape;
  return [
    { name: 'report_id', description: describedBy(I.id), value: () => identity.id },
    { name: 'authority', description: describedBy(I.authority), value: () => identity.authority },
    { name: 'authority_code', description: describedBy(I.authorityCode), value: () => identity.authorityCode },
    { name: 'published', description: describedBy(I.published), value: () => identity.published },
  ];
}

/** What every table's columns are made from: the report, its identity and the site's address. */
interface TableContext {
  report: Report;
  identity: ReportIdentity;
  site: URL | undefined;
  partTitle: Map<string, string>;
  /** The description of an `id` column: the local id made unique across reports. */
  uniqueId: (what: string, example: string) => string;
}

/** Every CSV table of the report. `site` makes the URL columns absolute. */
export function dataTables(report: Report, links: Evidence, site: URL | undefined): DataTable[] {
  const identity = reportIdentity(report);
  const context: TableContext = {
    report,
    identity,
    site,
    partTitle: new Map(report.parts.map((p) => [p.id, p.title])),
    uniqueId: (what, example) =>
      `The ${what}'s id unique across reports: report_id, "/", and local_id, e.g. "${dataId(identity, example)}".`,
  };
  return [
    judgementsTable(context),
    recommendationsTable(context),
    paragraphsTable(context),
    evidenceTable(context, links),
  ];
}

/**
 * Every judgement the site lists, those the record of main findings alone gives too
 * (src/lib/judgements.ts); their section is the record's own page, where the grade is given.
 */
function judgementsTable({
  report,
  identity,
  site,
  partTitle,
  uniqueId,
}: TableContext): DataTable<ListedJudgement & { section: string }> {
  const J = JudgementSummary.shape;
  const partCode = new Map(report.parts.map((p) => [p.id, p.code]));
  const localJudgementId = (j: { part: string; area: string }) => judgementId(partCode.get(j.part) ?? j.part, j.area);
  const record = recordSlug(report);
  const listed = listedJudgements(report).flatMap((j) => {
    const section = j.section ?? record;
    return section ? [{ ...j, section }] : [];
  });
  return {
    file: 'judgements.csv',
    title: 'Judgements',
    row: 'one judged area in one part of the report',
    rows: listed,
    columns: [
      ...reportColumns(identity),
      {
        name: 'id',
        description: uniqueId('judgement', 'sg-overall-effectiveness'),
        value: (j) => dataId(identity, localJudgementId(j)),
      },
      {
        name: 'local_id',
        description:
          "The judgement's id within the report: its part's code and the area's words, e.g. \"sg-overall-effectiveness\".",
        value: (j) => localJudgementId(j),
      },
      field(J, 'part'),
      {
        name: 'part_title',
        description: 'The part as the report titles it.',
        value: (j) => partTitle.get(j.part) ?? j.part,
      },
      field(J, 'area'),
      field(J, 'theme'),
      field(J, 'grade'),
      field(J, 'label'),
      {
        name: 'record_only',
        description:
          'true where the report grades the area only in its record of main findings, with no section of its own; false where a section gives the judgement and its findings.',
        value: (j) => String(j.recordOnly),
      },
      {
        name: 'section_url',
        description: 'Where the report gives the judgement and its findings on this site.',
        value: (j) => absolute(sectionUrl(j.section), site),
      },
    ],
  };
}

function recommendationsTable({
  report,
  identity,
  site,
  uniqueId,
}: TableContext): DataTable<Report['recommendations'][number]> {
  const R = Recommendation.shape;
  return {
    file: 'recommendations.csv',
    title: 'Recommendations',
    row: 'one recommendation, in published order',
    rows: report.recommendations,
    columns: [
      ...reportColumns(identity),
      { name: 'id', description: uniqueId('recommendation', 'sg-3m-4'), value: (r) => dataId(identity, r.id) },
      field(R, 'id', 'local_id'),
      field(R, 'part'),
      field(R, 'timescale'),
      field(R, 'timescaleLabel', 'timescale_label'),
      field(R, 'months'),
      field(R, 'dueDate', 'due_date'),
      field(R, 'text'),
      {
        name: 'url',
        description: "The recommendation's own page on this site.",
        value: (r) => absolute(recommendationUrl(r.id), site),
      },
    ],
  };
}

function paragraphsTable({ report, identity, site, uniqueId }: TableContext): DataTable<Report['paragraphs'][number]> {
  const P = Paragraph.shape;
  return {
    file: 'paragraphs.csv',
    title: 'Paragraphs',
    row: 'one numbered paragraph, in published order',
    rows: report.paragraphs,
    columns: [
      ...reportColumns(identity),
      { name: 'id', description: uniqueId('paragraph', 'p28'), value: (p) => dataId(identity, p.id) },
      field(P, 'id', 'local_id'),
      field(P, 'number'),
      // The schema's words say "null", as report.json has it; a CSV cell is blank instead.
      {
        name: 'part',
        description: 'The part the paragraph is in (its id, as in judgements.csv); blank for the introduction.',
        value: (p) => p.part ?? '',
      },
      field(P, 'section'),
      field(P, 'text'),
      {
        name: 'url',
        description: 'The paragraph in context on its reading page.',
        value: (p) => absolute(paragraphUrl(p.section, p.number), site),
      },
      {
        name: 'permalink',
        description: "The paragraph's permanent link, /p/N/.",
        value: (p) => absolute(permalinkUrl(p.number), site),
      },
    ],
  };
}

/**
 * Reviewed rows first, then the rule's own, each kind ranked on its own: computed rows stay
 * listed where reviewed ones exist, so the rule can be judged against the review.
 */
function evidenceTable({ report, identity }: TableContext, links: Evidence): DataTable<EvidenceLink> {
  const RL = ReviewedLink.shape;
  const CL = ComputedLink.shape;
  const rows = report.recommendations.flatMap((r) => {
    const mine = links.links.filter((l) => l.recommendation === r.id);
    return [...mine.filter((l) => l.source === 'reviewed'), ...mine.filter((l) => l.source === 'computed')];
  });
  return {
    file: 'evidence.csv',
    title: 'Findings behind recommendations, and paragraphs with similar wording',
    row: 'one link between a recommendation and a paragraph, of one of two kinds: "reviewed" (the finding behind the recommendation, chosen by a person) or "computed" (similar wording, found by a rule; not evidence)',
    rows,
    columns: [
      ...reportColumns(identity),
      {
        name: 'id',
        description: `The link's id unique across reports: report_id, "/", the recommendation's local id, the kind and the rank, e.g. "${dataId(identity, 'sg-3m-4/reviewed/1')}".`,
        value: (l) => dataId(identity, `${l.recommendation}/${l.source}/${l.rank}`),
      },
      { name: 'recommendation', description: describedBy(RL.recommendation), value: (l) => l.recommendation },
      {
        name: 'recommendation_id',
        description: "The recommendation's id unique across reports, as in recommendations.csv.",
        value: (l) => dataId(identity, l.recommendation),
      },
      { name: 'rank', description: describedBy(RL.rank), value: (l) => l.rank },
      { name: 'paragraph', description: describedBy(RL.paragraph), value: (l) => l.paragraph },
      {
        name: 'paragraph_id',
        description: "The paragraph's id unique across reports, as in paragraphs.csv.",
        value: (l) => dataId(identity, `p${l.paragraph}`),
      },
      {
        name: 'source',
        description:
          '"reviewed": the finding behind the recommendation, chosen by a person who read the whole report. "computed": a paragraph with similar wording, found by the site\'s rule; not evidence.',
        value: (l) => l.source,
      },
      {
        name: 'reason',
        description: `Reviewed: ${describedBy(RL.reason)} Computed: ${describedBy(CL.reason)}`,
        value: (l) => l.reason,
      },
      {
        name: 'sentence',
        description: `Reviewed rows: ${describedBy(RL.sentence)} Blank for computed rows.`,
        value: (l) => (l.source === 'reviewed' ? l.sentence : ''),
      },
      {
        name: 'score',
        description: `Computed rows: ${describedBy(CL.score)} Blank for reviewed rows.`,
        value: (l) => (l.source === 'computed' ? l.score : ''),
      },
      {
        name: 'shared_terms',
        description: `Computed rows: ${describedBy(CL.sharedTerms)} Separated by "; ".`,
        value: (l) => (l.source === 'computed' ? l.sharedTerms.join('; ') : ''),
      },
    ],
  };
}
