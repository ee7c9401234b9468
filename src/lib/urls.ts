/**
 * Every internal URL the site makes, in one place, so that a sub-path deployment
 * (BASE_PATH=/explorer/) moves them all. Paths are the public identifiers: keep them stable.
 */
import { normaliseBasePath } from './base-path.ts';
import { paragraphPath, permalinkPath, recommendationPath, sectionPath } from './paths.ts';

const BASE = normaliseBasePath(import.meta.env.BASE_URL);

/** A site path ("recommendations/") under the base path. */
export function url(path = ''): string {
  return BASE + path.replace(/^\//, '');
}

/** The reading page of a section (or part, or the record of main findings). */
export function sectionUrl(slug: string): string {
  return url(sectionPath(slug));
}

/** A paragraph in context: its section's reading page at `#pN`. */
export function paragraphUrl(section: string, number: number): string {
  return url(paragraphPath(section, number));
}

/** The permalink of paragraph N, `/p/N/`, which redirects to it in context. */
export function permalinkUrl(number: number): string {
  return url(permalinkPath(number));
}

export function recommendationUrl(id: string): string {
  return url(recommendationPath(id));
}

export function themeUrl(theme: string): string {
  return url(`themes/${theme}/`);
}

/** The contents: the outline with the page numbers as published. */
export function contentsUrl(): string {
  return url('read/');
}

/** The themes grid, or (with a grade) the grid narrowed to that grade, `/themes/grade/N/`. */
export function themesUrl(grade?: number): string {
  return grade === undefined ? url('themes/') : url(`themes/grade/${grade}/`);
}

/**
 * The whole report on one page, `/whole-report/`, or a section's place on it (`#sec-…`).
 * A prefix keeps section anchors apart from the page's other ids (`p41`, `sg-3m`, `main`),
 * whatever a report's headings are called.
 */
export function wholeReportUrl(section?: string): string {
  return url('whole-report/') + (section ? `#${wholeReportAnchor(section)}` : '');
}

/**
 * The id a section's heading has on the whole-report page: `sec-looked-after-children--staying-safe`.
 * "/" becomes "--" (slugs never hold a double dash), as ids are kept to letters, digits, "-" and "_".
 */
export function wholeReportAnchor(section: string): string {
  return `sec-${section.replaceAll('/', '--')}`;
}

/** An absolute URL for sharing and citing, from the site's configured origin. */
export function absolute(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}

/** The one page with both parts' grades and every recommendation's due date, `/at-a-glance/`. */
export function atAGlanceUrl(): string {
  return url('at-a-glance/');
}
