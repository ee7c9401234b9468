/**
 * The search records: one per numbered paragraph and one per recommendation, derived from
 * the validated model (never from the text or the built pages).
 */
import { gradeText } from '../lib/grade-text.ts';
import { paragraphPath, recommendationPath } from '../lib/paths.ts';
import { recommendationName } from '../lib/recommendation-name.ts';
import type { Report, Section } from '../model/schema.ts';
import { aliasTail, encodeAliases, FILTERS, type FilterName, type RecordMeta } from './record.ts';
import { aliasesFor } from './aliases.ts';

/** What the indexer hands to Pagefind's addCustomRecord (less the language). */
export interface SearchRecord {
  url: string;
  content: string;
  meta: RecordMeta & Record<string, string>;
  filters: Partial<Record<FilterName, string[]>>;
}

/**
 * Builds the records. Their URLs are site-relative ("/read/{section}/#pN", the rule
 * src/lib/urls.ts keeps): the search page gives Pagefind the base path as its `baseUrl`, which
 * Pagefind puts in front of every result's URL, so one index serves any deployment path.
 *
 * Note: the paths come from src/lib/paths.ts, the rule src/lib/urls.ts uses too (urls.ts itself
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

  /** What a paragraph and a recommendation share: section, grade, part, theme, hidden aliases. */
  const common = (text: string, slug: string, partId: string | null) => {
    const s = section(slug);
    const aliases = aliasesFor(text, report.acronyms);
    const part = partId ? parts.get(partId) : undefined;
    const theme = s.theme ? themes.get(s.theme) : undefined;
    // Note: worded as the grade badges read ("Good, grade 2"), so what you filter by is what you see.
    const grade = s.judgement ? gradeText(s.judgement) : undefined;
    const meta: Record<string, string> = { section: s.title };
    if (s.judgement) {
      meta.grade = s.judgement.label;
      meta.gradeNumber = String(s.judgement.grade);
    }
    if (part) meta.part = part;
    if (aliases.length > 0) meta.aka = encodeAliases(aliases);
    const filters: Partial<Record<FilterName, string[]>> = {};
    if (part) filters.part = [part];
    if (theme) filters.theme = [theme];
    if (grade) filters.grade = [grade];
    // Note: the aliases follow the text on a new line; the search page counts them off again.
    const content = aliases.length > 0 ? `${text}\n${aliasTail(aliases)}` : text;
    return { meta, filters, content };
  };

  const paragraphs = report.paragraphs.map((p): SearchRecord => {
    const { meta, filters, content } = common(p.text, p.section, p.part);
    return {
      url: `/${paragraphPath(p.section, p.number)}`,
      content,
      meta: { ...meta, title: `Paragraph ${p.number}`, kind: 'paragraph', section: meta.section! },
      filters: { ...filters, kind: ['Paragraph'] },
    };
  });

  const recommendations = report.recommendations.map((r): SearchRecord => {
    const { meta, filters, content } = common(r.text, r.section, r.part);
    return {
      url: `/${recommendationPath(r.id)}`,
      content,
      // Note: named by its words (src/lib/recommendation-name.ts); the code travels as `id`.
      meta: { ...meta, title: recommendationName(r.text), id: r.id, kind: 'recommendation', section: meta.section!, timescale: r.timescaleLabel },
      filters: { ...filters, kind: ['Recommendation'], timescale: [r.timescaleLabel] },
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
