/**
 * sitemap.xml lists the pages a search engine should find: every kind of page by its known URL,
 * and every reading, recommendation and theme page the model gives rise to; never the 404 page
 * or the /p/N/ permalinks, which only redirect. Expectations come from the model and from fixed
 * URLs, not from the built files, so a page the build forgets is missed here too.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_PATH, sitemapPaths } from '../../lib/built-pages.ts';
import { builtModel } from '../../lib/reading-pages.ts';
import { SITE_DIR } from '../../lib/site.ts';

const report = await builtModel();
const listed = await sitemapPaths();
const at = (path: string) => `${BASE_PATH}${path}`;

/** The pages every build has, whatever the report. */
const FIXED = [
  '',
  'read/',
  'themes/',
  'recommendations/',
  'at-a-glance/',
  'glossary/',
  'data/',
  'search/',
  'pack/',
  'whole-report/',
];

describe('sitemap.xml', () => {
  it('should list the home page and each page every build has', () => {
    expect(listed).toEqual(expect.arrayContaining(FIXED.map(at)));
  });

  it("should list the reading page of every section, so every paragraph's page in context is listed", () => {
    expect(listed).toEqual(expect.arrayContaining(report.outline.map((s) => at(`read/${s.slug}/`))));
    // The pages a /p/N/ permalink leads to, by the paragraphs' own sections.
    expect(listed).toEqual(expect.arrayContaining(report.paragraphs.map((p) => at(`read/${p.section}/`))));
  });

  it('should list every recommendation, every theme and every grade view of the themes', () => {
    expect(listed).toEqual(expect.arrayContaining(report.recommendations.map((r) => at(`recommendations/${r.id}/`))));
    expect(listed).toEqual(expect.arrayContaining(report.themes.map((t) => at(`themes/${t.id}/`))));
    expect(listed).toEqual(expect.arrayContaining(report.gradeScale.map((g) => at(`themes/grade/${g.grade}/`))));
  });

  it('should never list the 404 page or a /p/N/ redirect', () => {
    // The build does write a 404 page (hosts serve it), so leaving it out is a choice.
    expect(existsSync(join(SITE_DIR, '404.html'))).toBe(true);
    expect(listed.filter((path) => /404/.test(path))).toEqual([]);
    const redirects = new Set(report.paragraphs.map((p) => at(`p/${p.number}/`)));
    expect(listed.filter((path) => redirects.has(path))).toEqual([]);
    expect(listed.filter((path) => path.startsWith(at('p/')))).toEqual([]);
  });

  it('should list nothing else, and each page once', () => {
    const expected = new Set([
      ...FIXED,
      ...report.outline.map((s) => `read/${s.slug}/`),
      ...report.recommendations.map((r) => `recommendations/${r.id}/`),
      ...report.themes.map((t) => `themes/${t.id}/`),
      ...report.gradeScale.map((g) => `themes/grade/${g.grade}/`),
    ]);
    expect([...listed].sort()).toEqual([...expected].map(at).sort());
  });
});
