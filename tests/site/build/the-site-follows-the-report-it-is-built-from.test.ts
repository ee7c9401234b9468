import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_FILE } from '../../../src/lib/report-file.ts';
import { parseReportFile } from '../../../src/parser/index.ts';
import { elementsOf, htmlFiles } from '../../lib/built-pages.ts';
import { OTHER_REPORT, OTHER_SITE_DIR } from '../../lib/site.ts';

const other = await parseReportFile(OTHER_REPORT);
const published = await parseReportFile(REPORT_FILE);
const read = (file: string) => readFile(join(OTHER_SITE_DIR, file), 'utf8');
const pages = await Promise.all(
  (await htmlFiles(OTHER_SITE_DIR)).map(async (file) => ({ file, html: await read(file) })),
);

describe('the site built from another report of the same form', () => {
  it("should name that report's authority, inspector and dates on the home page", async () => {
    const home = await read('index.html');
    expect(home).toContain(other.metadata.authority);
    expect(home).toContain(other.metadata.reportingInspector);
    expect(home).toContain(other.metadata.inspectionDates.asPublished);
    // Words and tags apart, the footer reads as a sentence (no words run together).
    const text = home.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain(`${other.metadata.authority}, published ${other.metadata.publishedAsPublished}.`);
  });

  it('should carry nothing of the published report: no authority, inspector or place name', () => {
    const words = [
      published.metadata.authority,
      published.metadata.reportingInspector,
      published.metadata.inspectionDates.asPublished,
    ];
    const leaks = pages.flatMap(({ file, html }) => words.filter((w) => html.includes(w)).map((w) => `${file}: ${w}`));
    expect(leaks).toEqual([]);
  });

  it("should show that report's grades, its paragraphs and its recommendations", async () => {
    const home = await read('index.html');
    // Each badge's word exactly and in order, so "Adequate" cannot pass inside "Inadequate".
    const words = elementsOf(home)
      .filter((e) => e.attributes.class === 'grade-word')
      .map((e) => e.text);
    // Part by part, the body's judgements and then the areas its record of main findings
    // alone grades.
    const listed = other.parts.flatMap((part) => [
      ...other.judgements.filter((j) => j.part === part.id).map((j) => j.label),
      ...other.recordOfMainFindings.filter((row) => row.part === part.id && !row.narrative).map((row) => row.label),
    ]);
    expect(words).toEqual(listed);
    const ids = new Set(pages.flatMap(({ html }) => [...html.matchAll(/\bid="(p\d+)"/g)].map((m) => m[1]!)));
    expect([...ids].sort()).toEqual(other.paragraphs.map((p) => p.id).sort());
    for (const r of other.recommendations)
      expect(
        pages.some(({ file }) => file === `recommendations/${r.id}/index.html`),
        r.id,
      ).toBe(true);
  });
});
