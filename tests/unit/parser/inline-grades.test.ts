import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../../src/parser/index.ts';
import { REAL_REPORT, theFramework } from './reports.ts';

/** The real report with one line replaced, parsed. */
async function withLine(find: string, replace: string) {
  const text = (await readFile(REAL_REPORT, 'utf8')).replace(find, replace);
  return parseBytes('edited.txt', new TextEncoder().encode(text), await theFramework());
}

describe('grades at the end of a line', () => {
  it("should read a bold grade after a heading title as that heading's judgement", async () => {
    const report = await withLine('Staying safe\n\nGrade 1 (Outstanding)', 'Staying safe**Grade 1 (Outstanding)**');
    const section = report.outline.find((s) => s.slug === 'looked-after-children/staying-safe');
    expect(section?.judgement).toMatchObject({ grade: 1, label: 'Outstanding', asPublished: 'Grade 1 (Outstanding)' });
  });

  it('should keep prose cut by a page break after the words "Grade 2 (Good)" as the paragraph\'s continuation', async () => {
    const report = await withLine(
      'processes to support children, young people and their families as risk is reduced.',
      'processes to support children, young people and their families, judged Grade 2 (Good)',
    );
    const p19 = report.paragraphs.find((p) => p.number === 19)!;
    expect(p19.text.endsWith('judged Grade 2 (Good)')).toBe(true);
    expect(report.outline.map((s) => s.title)).not.toContain(
      'processes to support children, young people and their families, judged',
    );
  });
});
