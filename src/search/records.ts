/**
 * The search records: one per numbered paragraph and one per recommendation, derived from
 * the validated model (never from the text or the built pages).
 */
import { gradeText } from '../lib/grade-text.ts';
import { paragraphPath, recommendationPath } from '../lib/paths.ts';
import { recommendationName, recommendationPlace } from '../lib/recommendation-name.ts';
import type { Report, Section } from '../model/schema.ts';
import { ALIAS_MARK, aliasTail, FILTERS, type FilterName, type RecordFilters, type RecordMeta } from './record.ts';
import { aliasesFor } from './aliases.ts';

/** What the indexer hands to Pagefind's addCustomRecord (less the language). */
export interface SearchRecord {
  url: string;
  content: string;
  meta: RecordMeta;
  filters: RecordFilters;
}

/**
 * Builds the records. Their URLs are site-relative ("/read/{section}/#pN", the rule
 * src/lib/urls.ts keeps): the search page gives Pagefind the base path as its `baseUrl`, which
 * Pagefind puts in front of every result's URL, so one index serves any deployment path.
 *
 * The paths come from src/lib/paths.ts, the rule src/lib/urls.ts uses too (urls.ts itself
 * reads Vite's import.meta.env, and this runs in plain Node at build time).
 */
export function searchRecords(report: Report): SearchRecord[] {
  const sections = new Map(report.outline.map((s) => [s.slug, s]));
  const parts = new Map(report.parts.map((p) => [p.id, p.title]));
  const themes = new Map(report.themes.map((t) => [t.id, t.title]));
  const section = (slug: string): Section => {
    const found = sections.get(slug);
    if (!found) throw new Error(`search records: no outline section "${slug}"`);
    return found;
  };

  /** What a paragraph and a recommendation share: filters (section, grade, part, theme) and hidden aliases. */
  const common = (text: string, slug: string, partId: string | null) => {
    const s = section(slug);
    // The search page finds where the text ends and each alias group starts by this mark,
    // and takes a group's first word as its acronym.
    if (text.includes(ALIAS_MARK))
      throw new Error(`search records: the text of ${slug} uses "${ALIAS_MARK}", which marks hidden aliases`);
    const aliases = aliasesFor(text, report.acronyms);
    const spaced = aliases.find((a) => /\s/.test(a.acronym));
    if (spaced)
      throw new Error(
        `search records: the acronym "${spaced.acronym}" has a space; alias groups need one-word acronyms`,
      );
    const part = partId ? parts.get(partId) : undefined;
    const theme = s.theme ? themes.get(s.theme) : undefined;
    const filters: RecordFilters = { section: [s.title] };
    if (part) filters.part = [part];
    if (theme) filters.theme = [theme];
    // Worded as the grade badges read ("Good, grade 2"), so what you filter by is what you see.
    if (s.judgement) filters.grade = [gradeText(s.judgement)];
    return { filters, content: `${text}${aliasTail(aliases)}` };
  };

  const paragraphs = report.paragraphs.map((p): SearchRecord => {
    const { filters, content } = common(p.text, p.section, p.part);
    return {
      url: `/${paragraphPath(p.section, p.number)}`,
      content,
      meta: { title: `Paragraph ${p.number}` },
      filters: { ...filters, kind: ['Paragraph'] },
    };
  });

  const recommendations = report.recommendations.map((r): SearchRecord => {
    const { filters, content } = common(r.text, r.section, r.part);
    return {
      url: `/${recommendationPath(r.id)}`,
      content,
      // Named by its words (src/lib/recommendation-name.ts); the code travels as `id`.
      meta: { title: recommendationName(r.text), id: r.id },
      filters: {
        ...filters,
        kind: ['Recommendation'],
        timescale: [r.timescaleLabel],
        place: [recommendationPlace(parts.get(r.part) ?? r.part, section(r.section).title, r.introducedBy)],
      },
    };
  });

  return [...paragraphs, ...recommendations];
}

/**
 * Every value of every filter, in the order a reader meets them in the report (grades by
 * number), for the search page to list before any search is made.
 */
export function filterValues(records: SearchRecord[]): Record<FilterName, string[]> {
  const values = Object.fromEntries(FILTERS.map((name) => [name, [] as string[]])) as Record<FilterName, string[]>;
  for (const record of records) {
    for (const name of FILTERS) {
      for (const value of record.filters[name] ?? []) if (!values[name].includes(value)) values[name].push(value);
    }
  }
  const gradeOf = (value: string) => Number(/(\d+)\s*$/.exec(value)?.[1] ?? 0);
  values.grade.sort((a, b) => gradeOf(a) - gradeOf(b));
  return values;
}
