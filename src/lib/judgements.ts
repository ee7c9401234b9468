/**
 * The report's judgements arranged for pages: by theme and part (the themes grid, theme pages,
 * the home grid) and recommendations by timescale.
 */
import type { Grade, Recommendation, Report } from '../model/schema.ts';

/** One part's judgement of one theme. */
export interface ThemeCell {
  part: string;
  area: string;
  grade: Grade;
  label: string;
  /** The body section that gives the narrative, or null where the area is only graded in the record. */
  section: string | null;
}

export interface ThemeRow {
  theme: Report['themes'][number];
  /** By part id; a part that does not judge the theme has no entry. */
  cells: Map<string, ThemeCell>;
}

/**
 * Every theme with each part's judgement of it, in the framework's theme order.
 *
 * The body's graded sections come first; the record of main findings fills in areas it
 * grades without a narrative section (so "graded, no narrative" areas still appear).
 */
export function themeRows(report: Report): ThemeRow[] {
  return report.themes.map((theme) => {
    const cells = new Map<string, ThemeCell>();
    for (const j of report.judgements) {
      if (j.theme === theme.id && !cells.has(j.part)) {
        cells.set(j.part, { part: j.part, area: j.area, grade: j.grade, label: j.label, section: j.section });
      }
    }
    for (const row of report.recordOfMainFindings) {
      if (row.theme === theme.id && !cells.has(row.part)) {
        cells.set(row.part, {
          part: row.part,
          area: row.area,
          grade: row.grade,
          label: row.label,
          section: row.section,
        });
      }
    }
    return { theme, cells };
  });
}

/** The themes judged `grade` in at least one part (every theme without a grade): the themes grid's rows and its filters' counts. */
export function themeRowsJudged(report: Report, grade?: number): ThemeRow[] {
  return themeRows(report).filter(
    (row) => grade === undefined || [...row.cells.values()].some((cell) => cell.grade === grade),
  );
}

/** A judgement as the site lists it: the body's, or one the record of main findings alone gives. */
export interface ListedJudgement {
  part: string;
  area: string;
  theme: string;
  grade: Grade;
  label: string;
  /** The body section that gives the narrative, or null where the area is graded in the record only. */
  section: string | null;
  /** True where the area is graded only in the record of main findings, with no section of its own. */
  recordOnly: boolean;
}

/**
 * Every judgement the report gives, part by part in the framework's order: the body's graded
 * sections in published order, then the areas the record of main findings grades without a
 * section of their own (marked `recordOnly`). The one list behind the home page's headline
 * judgements and judgements.csv, so an area graded only in the record is never left out.
 */
export function listedJudgements(report: Report): ListedJudgement[] {
  return report.parts.flatMap((part) => [
    ...report.judgements
      .filter((j) => j.part === part.id)
      .map((j): ListedJudgement => ({
        part: j.part,
        area: j.area,
        theme: j.theme,
        grade: j.grade,
        label: j.label,
        section: j.section,
        recordOnly: false,
      })),
    ...report.recordOfMainFindings
      .filter((row) => row.part === part.id && !row.narrative)
      .map((row): ListedJudgement => ({
        part: row.part,
        area: row.area,
        theme: row.theme,
        grade: row.grade,
        label: row.label,
        section: null,
        recordOnly: true,
      })),
  ]);
}

/** The slug of the record of main findings' reading page, where record-only judgements are given. */
export function recordSlug(report: Report): string | undefined {
  return report.outline.find((s) => s.kind === 'record')?.slug;
}

/** The label the report's grade scale gives a grade ("Outstanding"). */
export function gradeLabel(report: Report, grade: number): string {
  return (
    report.gradeScale.find((g) => g.grade === grade)?.label ??
    report.judgements.find((j) => j.grade === grade)?.label ??
    `Grade ${grade}`
  );
}

/** The grades of the scale, best first (from the model, falling back to 1-4). */
export function gradesOfScale(report: Report): Grade[] {
  const grades = report.gradeScale.map((g) => g.grade);
  return grades.length > 0 ? grades : [1, 2, 3, 4];
}

export interface TimescaleGroup {
  timescale: string;
  label: string;
  months: number;
  recommendations: Recommendation[];
}

/** Recommendations grouped by timescale, soonest first, keeping published order within a group. */
export function byTimescale(recommendations: readonly Recommendation[]): TimescaleGroup[] {
  const groups = new Map<string, TimescaleGroup>();
  for (const r of recommendations) {
    const group = groups.get(r.timescale) ?? {
      timescale: r.timescale,
      label: r.timescaleLabel,
      months: r.months,
      recommendations: [],
    };
    group.recommendations.push(r);
    groups.set(r.timescale, group);
  }
  return [...groups.values()].sort((a, b) => a.months - b.months);
}

/**
 * The anchor of a recommendations group on its reading page: the recommendation id without
 * its ordinal ("sg-3m" for "sg-3m-2"), unique on the page because ids are unique per part.
 */
export function groupAnchor(recommendation: Recommendation): string {
  return recommendation.id.replace(/-[0-9]+$/, '');
}
