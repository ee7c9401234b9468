/**
 * The report model's schemas: the single source of its types.
 *
 * Every stage (parser, pages, search records, data downloads) imports its types from
 * here, and this module imports nothing else from the project but the identifiers' syntax,
 * which the browser's scripts share (ids.ts).
 */
import { z } from 'zod';
import { PARAGRAPH_ID, RECOMMENDATION_ID } from './ids.ts';

/** Lines in the source text (1-based, inclusive) that a model item came from. */
export const SourceRange = z
  .object({
    startLine: z.number().int().positive(),
    endLine: z.number().int().positive(),
  })
  .refine((r) => r.endLine >= r.startLine, { message: 'endLine must not be before startLine' });
export type SourceRange = z.infer<typeof SourceRange>;

/** A run of published text with the emphasis the source gave it. */
export const Run = z.object({
  text: z.string(),
  emphasis: z.boolean().optional(),
  strong: z.boolean().optional(),
});
export type Run = z.infer<typeof Run>;

/** A paragraph's body: prose runs, or a bullet list whose items are runs. */
export const Block = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), runs: z.array(Run).min(1) }),
  z.object({ type: z.literal('list'), items: z.array(z.array(Run).min(1)).min(1) }),
]);
export type Block = z.infer<typeof Block>;

export const Grade = z.number().int().min(1).max(4);
export type Grade = z.infer<typeof Grade>;

export const PartId = z.string().regex(/^[a-z][a-z0-9-]*$/);
export const ThemeId = z.string().regex(/^[a-z][a-z0-9-]*$/);

// ---------------------------------------------------------------------------
// The framework: the inspection framework's vocabulary, kept as reviewable data
// in content/framework.json and checked against the text by the parser.
// ---------------------------------------------------------------------------

export const Framework = z.object({
  /** Who publishes reports of this framework ("Ofsted"): the first words of every citation. */
  publisher: z.string().min(1),
  gradeScale: z
    .array(z.object({ grade: Grade, label: z.string().min(1) }))
    .length(4, 'the grade scale has four points'),
  parts: z
    .array(
      z.object({
        id: PartId,
        code: z.string().regex(/^[a-z]+$/),
        title: z.string().min(1),
      }),
    )
    .min(1),
  themes: z
    .array(
      z.object({
        id: ThemeId,
        title: z.string().min(1),
        outcome: z.boolean(),
        description: z.string().min(1),
        areas: z.array(z.string().min(1)).min(1),
      }),
    )
    .min(1),
  timescales: z
    .array(
      z.object({ code: z.string().regex(/^[a-z0-9]+$/), label: z.string().min(1), months: z.number().int().min(0) }),
    )
    .min(1),
  /** Labels of the front-matter lines the model reads ("Published: 27 July 2012"). */
  frontMatter: z.object({
    inspectionDates: z.string().min(1),
    reportingInspector: z.string().min(1),
    ageGroup: z.string().min(1),
    published: z.string().min(1),
  }),
  headings: z.object({
    contents: z.string().min(1),
    recommendations: z.array(z.string().min(1)),
    recordOfMainFindings: z.string().min(1),
  }),
});
export type Framework = z.infer<typeof Framework>;

// ---------------------------------------------------------------------------
// The report model.
// ---------------------------------------------------------------------------

export const Metadata = z.object({
  title: z.string().min(1),
  authority: z.string().min(1),
  inspectionDates: z.object({
    start: z.iso.date(),
    end: z.iso.date(),
    asPublished: z.string().min(1),
  }),
  published: z.iso.date(),
  publishedAsPublished: z.string().min(1),
  reportingInspector: z.string().min(1),
  ageGroup: z.string().min(1),
  /** Front-matter lines that are neither title, authority nor a labelled field, e.g. the copyright line. */
  notices: z.array(z.object({ text: z.string().min(1), line: z.number().int().positive() })),
  /** The "may be reproduced ..." notice, which every page repeats. */
  reproduction: z.string().min(1),
  copyright: z.string().min(1),
  /** Labelled front-matter fields as published ("Website: ..."), including the typed ones above. */
  fields: z.array(z.object({ label: z.string().min(1), value: z.string().min(1), line: z.number().int().positive() })),
});
export type Metadata = z.infer<typeof Metadata>;

export const ContentsEntry = z.object({
  title: z.string().min(1),
  page: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  /** The outline section this entry names. */
  slug: z.string().min(1),
});
export type ContentsEntry = z.infer<typeof ContentsEntry>;

export const Judgement = z.object({
  grade: Grade,
  label: z.string().min(1),
  /** The grade line exactly as published, e.g. "Grade 2 (Good)". */
  asPublished: z.string().min(1),
  line: z.number().int().positive(),
});
export type Judgement = z.infer<typeof Judgement>;

export const SectionKind = z.enum(['introduction', 'part', 'group', 'section', 'recommendations', 'record']);

export const Section = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:[-/][a-z0-9]+)*$/),
  title: z.string().min(1),
  kind: SectionKind,
  part: PartId.nullable(),
  parent: z.string().nullable(),
  depth: z.number().int().min(0),
  theme: ThemeId.nullable(),
  judgement: Judgement.nullable(),
  /** Numbers of the paragraphs directly in this section, in order. */
  paragraphs: z.array(z.number().int().positive()),
  /** Whether the page number of this section is given in the contents list. */
  inContents: z.boolean(),
  /**
   * Where the title comes from: "report" where the text prints the heading, "site" where the
   * text has none there and the site labels the block (a part's areas for improvement, known by
   * its form), so pages can mark the label as the site's.
   */
  titleFrom: z.enum(['report', 'site']),
  source: SourceRange,
});
export type Section = z.infer<typeof Section>;

export const Paragraph = z.object({
  id: z.string().regex(PARAGRAPH_ID).describe('Public identifier and page anchor, "p" and the number.'),
  number: z.number().int().positive().describe('The paragraph number as published.'),
  text: z.string().min(1).describe('Plain text as published: no emphasis markers, list items on their own lines.'),
  blocks: z.array(Block).min(1),
  section: z.string().min(1).describe('Slug of the section that holds the paragraph.'),
  part: PartId.nullable().describe('The part the paragraph is in, or null for the introduction.'),
  source: SourceRange,
  /** Lines the paragraph was continued on after a page break. */
  continuationLines: z.array(z.number().int().positive()),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const Recommendation = z.object({
  id: z
    .string()
    .regex(RECOMMENDATION_ID)
    .describe('Public identifier: part code, timescale code and position in its list, e.g. "sg-3m-4".'),
  part: PartId.describe('The part of the report the recommendation is in.'),
  timescale: z.string().min(1).describe('Timescale code, e.g. "im" (immediately) or "3m" (within three months).'),
  timescaleLabel: z.string().min(1).describe('The timescale as published, e.g. "Within three months".'),
  months: z.number().int().min(0).describe('Months after publication the action fell due (0: immediately).'),
  dueDate: z.iso.date().describe('The date the action fell due, counted from publication (YYYY-MM-DD).'),
  ordinal: z.number().int().positive(),
  text: z.string().min(1).describe('The recommendation as published, as plain text.'),
  runs: z.array(Run).min(1),
  section: z
    .string()
    .min(1)
    .describe(
      "Slug of the part's areas for improvement: the section that holds the recommendation. Never a judged area: the report grades areas, not recommendations.",
    ),
  introducedBy: z
    .number()
    .int()
    .positive()
    .describe('The numbered paragraph that introduces the list this recommendation is in.'),
  source: SourceRange,
});
export type Recommendation = z.infer<typeof Recommendation>;

export const JudgementSummary = z.object({
  part: PartId.describe('The part of the report that makes the judgement.'),
  area: z.string().min(1).describe('The judged area as the report titles it.'),
  theme: ThemeId.describe('The framework theme the area belongs to.'),
  grade: Grade.describe('The grade: 1 (best) to 4.'),
  label: z.string().min(1).describe('The grade in words, e.g. "Good".'),
  section: z.string().min(1).describe('Slug of the section that gives the judgement.'),
  line: z.number().int().positive(),
});
export type JudgementSummary = z.infer<typeof JudgementSummary>;

export const FindingRow = z.object({
  /** The part the row belongs to, worked out from the table's order and the body's judgements. */
  part: PartId,
  /** The group label printed above the row, as published (may be wrong: see notes). */
  group: z.string().nullable(),
  area: z.string().min(1),
  theme: ThemeId,
  grade: Grade,
  label: z.string().min(1),
  /** The body section that judges the same part and area, or null where there is none. */
  section: z.string().nullable(),
  /** False where the area is graded here but has no narrative section in the body. */
  narrative: z.boolean(),
  line: z.number().int().positive(),
});
export type FindingRow = z.infer<typeof FindingRow>;

export const FindingGroupLabel = z.object({
  text: z.string().min(1),
  part: PartId,
  line: z.number().int().positive(),
});

export const Note = z.object({
  kind: z.enum(['mislabelled-group', 'no-narrative']),
  line: z.number().int().positive(),
  message: z.string().min(1),
});
export type Note = z.infer<typeof Note>;

export const Acronym = z.object({
  acronym: z.string().min(2),
  expansion: z.string().min(1),
  /** The acronym as written where it is defined (e.g. a plural "IROs"). */
  asDefined: z.string().min(2),
  paragraph: z.number().int().positive(),
  line: z.number().int().positive(),
});
export type Acronym = z.infer<typeof Acronym>;

/**
 * A term of art the site explains in plain words (content/terms-of-art.json): the site's own
 * explanation, never the report's, with the guidance or statute it follows.
 */
export const TermOfArt = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case words joined by hyphens, e.g. "looked-after"'),
  term: z.string().min(2).describe('The term as the report writes it, as the glossary heads it.'),
  variants: z
    .array(z.string().min(2))
    .default([])
    .describe('Other forms the report writes it in ("pathway planning"); a plural "s" is matched anyway.'),
  explanation: z.string().min(20).describe("The site's explanation, in plain words, for a reader new to the term."),
  source: z.string().min(5).describe('The guidance or statute the explanation follows.'),
});
export type TermOfArt = z.infer<typeof TermOfArt>;

export const GradeScaleEntry = z.object({
  grade: Grade,
  label: z.string().min(1),
  /** The line's first cell as published, e.g. "Outstanding (Grade 1)". */
  asPublished: z.string().min(1),
  description: z.string().min(1),
  section: z.string().min(1),
  line: z.number().int().positive(),
});

// The descriptions (`.describe`) land in the generated JSON Schema and on the /data/ page,
// so the model's field documentation has one source.
export const Report = z
  .object({
    source: z
      .object({ file: z.string().min(1), lines: z.number().int().positive() })
      .describe('The text file the model was parsed from and its number of lines.'),
    publisher: Framework.shape.publisher.describe(
      'Who publishes reports of this kind ("Ofsted"), named first in every citation.',
    ),
    metadata: Metadata.describe(
      'Title, authority, inspection and publication dates, inspector, notices and front-matter fields.',
    ),
    contents: z
      .array(ContentsEntry)
      .min(1)
      .describe('The contents list as published, with page numbers and the section each entry names.'),
    outline: z
      .array(Section)
      .min(1)
      .describe('Every part, group and section in published order, with its judgement and paragraph numbers.'),
    gradeScale: z.array(GradeScaleEntry).describe('The grade scale as the report explains it.'),
    paragraphs: z
      .array(Paragraph)
      .min(1)
      .describe('Every numbered paragraph: number, text, lists and emphasis as published, section and source lines.'),
    judgements: z
      .array(JudgementSummary)
      .describe('The grade of each judged area in each part, from the body of the report.'),
    recommendations: z
      .array(Recommendation)
      .describe('Every recommendation with its id, part, timescale, due date and text as published.'),
    recordOfMainFindings: z
      .array(FindingRow)
      .min(1)
      .describe('The record of main findings table, row by row, reconciled with the body.'),
    recordOfMainFindingsGroups: z
      .array(FindingGroupLabel)
      .describe('The group labels printed in the record of main findings table.'),
    notes: z
      .array(Note)
      .describe('Reconciliation notes: mislabelled groups, and areas graded without a narrative section.'),
    acronyms: z
      .array(Acronym)
      .describe('The acronyms the report defines, with their expansions and defining paragraph.'),
    themes: z.array(Framework.shape.themes.element).describe('The framework themes that judgement areas belong to.'),
    parts: Framework.shape.parts.describe(
      'The parts of the report (e.g. safeguarding, looked after children) with their id codes.',
    ),
  })
  .superRefine((report, ctx) => {
    // A recommendation sits in its part's areas for improvement, which has no grade: no page or
    // file can then show a recommendation with an area's grade as if it were the recommendation's.
    const sections = new Map(report.outline.map((s) => [s.slug, s]));
    report.recommendations.forEach((r, i) => {
      const s = sections.get(r.section);
      if (!s || s.kind !== 'recommendations' || s.judgement !== null || s.theme !== null || s.part !== r.part) {
        ctx.addIssue({
          code: 'custom',
          path: ['recommendations', i, 'section'],
          message: `recommendation ${r.id} must sit in its part's areas for improvement, not in "${s?.title ?? r.section}"`,
        });
      }
    });
  });
export type Report = z.infer<typeof Report>;

// ---------------------------------------------------------------------------
// The report's identity in data that joins across reports: which report a row or record is
// from, with ids that stay unique when many reports' files are put together.
// ---------------------------------------------------------------------------

/** One authority in content/authorities.json: its name as reports print it, and its GSS code. */
export const AuthorityEntry = z.object({
  name: z
    .string()
    .min(1)
    .describe('The authority exactly as a report names it, e.g. "London Borough of Tower Hamlets".'),
  gss: z.string().regex(/^[ENSW][0-9]{8}$/, 'a GSS code is a letter (E, N, S, W) and eight digits, e.g. "E09000030"'),
  checked: z.string().min(1).describe('Where the code was checked, so a reviewer can check it again.'),
});

/** content/authorities.json: reviewed by hand, because a report's text gives no code. */
export const AuthoritiesFile = z.object({
  source: z.string().min(1),
  authorities: z.array(AuthorityEntry).min(1),
});
export type AuthoritiesFile = z.infer<typeof AuthoritiesFile>;

/** Which report the data is from: the same in every CSV row and JSON record. */
export const ReportIdentity = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]+\/[a-z0-9-]+\/[0-9]{4}$/)
    .describe(
      'The report\'s stable id: publisher, authority and year of publication, e.g. "ofsted/london-borough-of-tower-hamlets/2012". Every id in the data starts with it.',
    ),
  publisher: z.string().min(1).describe('Who published the report, as the framework names it.'),
  authority: z.string().min(1).describe('The local authority exactly as the report names it.'),
  authorityCode: z
    .string()
    .regex(/^[ENSW][0-9]{8}$/)
    .describe("The authority's GSS code (ONS), from the site's reviewed list; the report does not print it."),
  published: z.iso.date().describe('The date the report was published (YYYY-MM-DD).'),
});
export type ReportIdentity = z.infer<typeof ReportIdentity>;

/** What every record in the published JSON carries: its id across reports and its report. */
const recordIdentity = {
  uid: z.string().min(1).describe('The id unique across reports: the report id, "/", and the id within the report.'),
  reportId: ReportIdentity.shape.id,
  authority: ReportIdentity.shape.authority,
  published: ReportIdentity.shape.published,
};

/** /data/report.json: the model, the report's identity, and every record naming its report. */
export const PublishedReport = Report.safeExtend({
  report: ReportIdentity.describe(
    'Which report this is: its id, publisher, authority (with its GSS code) and publication date.',
  ),
  paragraphs: z.array(Paragraph.extend(recordIdentity)).min(1).describe(Report.shape.paragraphs.description!),
  recommendations: z.array(Recommendation.extend(recordIdentity)).describe(Report.shape.recommendations.description!),
  judgements: z
    .array(
      JudgementSummary.extend({
        id: z
          .string()
          .regex(/^[a-z]+-[a-z0-9-]+$/)
          .describe('The judgement\'s id within the report: part code and area, e.g. "sg-overall-effectiveness".'),
        ...recordIdentity,
      }),
    )
    .describe(Report.shape.judgements.description!),
});
export type PublishedReport = z.infer<typeof PublishedReport>;

// ---------------------------------------------------------------------------
// Evidence: what links a recommendation to paragraphs, in two kinds never mixed up.
// - reviewed: the finding behind the recommendation, chosen by a person who read the whole
//   report, with the sentence that states it quoted (content/recommendation-findings.json);
// - computed: paragraphs with similar wording, found by a rule (src/derive/similar-wording.ts).
// ---------------------------------------------------------------------------

/** One reviewed finding: a paragraph, the sentence of it that states the finding, and why. */
export const ReviewedFinding = z.object({
  paragraph: z.number().int().positive(),
  sentence: z.string().min(1),
  reason: z.string().min(1),
});

/** A recommendation's review: 1 to 3 findings, or the reason the report states none plainly. */
export const RecommendationReview = z
  .object({
    recommendation: z.string().min(1),
    findings: z.array(ReviewedFinding).max(3, 'give at most 3 findings'),
    unstated: z.string().min(1).optional(),
  })
  .refine((r) => r.findings.length > 0 !== (r.unstated !== undefined), {
    message: 'give 1 to 3 findings, or "unstated" with the reason the report states none plainly, not both',
  });
export type RecommendationReview = z.infer<typeof RecommendationReview>;

/** content/recommendation-findings.json: the reviews, and the report file they were made against. */
export const ReviewedFindingsFile = z.object({
  report: z.string().min(1),
  recommendations: z.array(RecommendationReview),
});
export type ReviewedFindingsFile = z.infer<typeof ReviewedFindingsFile>;

const linkFields = {
  recommendation: z.string().min(1).describe('The recommendation\'s id, e.g. "sg-3m-4".'),
  rank: z.number().int().positive().describe('Its place among the links of its kind for that recommendation: 1 first.'),
  paragraph: z.number().int().positive().describe('The paragraph number.'),
};

export const ReviewedLink = z.object({
  ...linkFields,
  source: z.literal('reviewed').describe('"reviewed": the finding behind the recommendation, chosen by a person.'),
  sentence: z.string().min(1).describe('The sentence of the paragraph that states the finding, as published.'),
  reason: z.string().min(1).describe("The reviewer's reason, in the site's words."),
});
export type ReviewedLink = z.infer<typeof ReviewedLink>;

export const ComputedLink = z.object({
  ...linkFields,
  source: z
    .literal('computed')
    .describe('"computed": a paragraph with similar wording, found by a rule; not evidence.'),
  score: z
    .number()
    .nonnegative()
    .describe(
      "The rule's score (0 to 1): the share of the recommendation's weighted wording the paragraph's best sentence shares.",
    ),
  sharedTerms: z
    .array(z.string())
    .describe('The phrases and words the two share, as the recommendation writes them, strongest first.'),
  reason: z.string().min(1).describe('What the rule saw, in words: the wording the two share.'),
});
export type ComputedLink = z.infer<typeof ComputedLink>;

export const EvidenceLink = z.discriminatedUnion('source', [ReviewedLink, ComputedLink]);
export type EvidenceLink = z.infer<typeof EvidenceLink>;

/** Every link of both kinds, and the recommendations whose review found no finding stated plainly. */
export const Evidence = z.object({
  links: z.array(EvidenceLink),
  unstated: z.array(z.object({ recommendation: z.string().min(1), reason: z.string().min(1) })),
  /** Whether a review applies to this report at all (it names the report file it was made against). */
  reviewed: z.boolean(),
});
export type Evidence = z.infer<typeof Evidence>;

// ---------------------------------------------------------------------------
// The saved copy for offline reading: the build's list of files (src/integrations/offline-copy.ts).
// ---------------------------------------------------------------------------

/** One file a saved copy holds. */
export const OfflineFile = z.object({
  path: z
    .string()
    .describe(
      'The URL path under the base path, as pages link it: "" (home), "read/introduction/", "_astro/site.css".',
    ),
  hash: z
    .string()
    .regex(/^[0-9a-f]{16}$/)
    .describe('The first 16 hex digits of the SHA-256 of the file as served.'),
  bytes: z.number().int().nonnegative().describe('The size of the file as served, uncompressed.'),
});
export type OfflineFile = z.infer<typeof OfflineFile>;

/** `offline-files.json`: every file a saved copy holds, from one build. */
export const OfflineList = z.object({
  version: z
    .string()
    .regex(/^[0-9a-f]{16}$/)
    .describe('A hash of the whole list: changes whenever any saved file does.'),
  files: z.array(OfflineFile),
});
export type OfflineList = z.infer<typeof OfflineList>;
