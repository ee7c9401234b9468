import { describe, expect, it } from 'vitest';
import { goldenText, readGolden } from '../../lib/golden.ts';
import { FIXTURES, load } from './reports.ts';

/**
 * Each fixture report is parsed and its model compared in full with the expected JSON beside
 * it. `UPDATE=1` rewrites the expected files (review the diff before committing); a missing one
 * fails the test.
 */
describe('parseBytes on the fixture reports', () => {
  it('should have fixtures to check', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(3);
  });

  for (const file of FIXTURES) {
    it(`should turn ${file.split('/').at(-1)} into exactly its expected model`, async () => {
      const { report } = await load(file);
      const expectedFile = file.replace(/\.txt$/, '.expected.json');
      // Compared as JSON, so the model holds nothing JSON would drop (undefined, a Date).
      const actual = JSON.parse(goldenText(report));
      expect(actual).toEqual(await readGolden(expectedFile, actual));
    });
  }
});

describe('what the fixtures prove', () => {
  it('should read CRLF line endings and a byte-order mark with line numbers as an editor shows them', async () => {
    const { bytes, report } = await load('tests/fixtures/reports/eastmere-crlf-bom.txt');
    // Guard the fixture itself, so a tool that normalises line endings cannot empty the test.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('\r\n');
    expect(report.metadata.title).toBe('Inspection of safeguarding and looked after children services');
    expect(report.metadata.authority).toBe('Eastmere Metropolitan Borough Council');
    expect(report.paragraphs.every((p) => !/[\r\uFEFF]/.test(p.text))).toBe(true);
    expect(report.paragraphs.find((p) => p.number === 3)?.source.startLine).toBe(52);
  });

  it('should read grades 3 and 4 from inline and own-line grade lines', async () => {
    const { report } = await load('tests/fixtures/reports/eastmere-crlf-bom.txt');
    const grades = report.judgements.map((j) => [j.part, j.theme, j.grade, j.label]);
    expect(grades).toContainEqual(['safeguarding', 'overall-effectiveness', 4, 'Inadequate']);
    expect(grades).toContainEqual(['safeguarding', 'capacity-for-improvement', 3, 'Adequate']);
    expect(grades).toContainEqual(['safeguarding', 'staying-safe', 4, 'Inadequate']);
    const inline = report.outline.find(
      (s) => s.slug === 'safeguarding/children-and-young-people-are-safe-and-feel-safe',
    );
    expect(inline?.title).toBe('Children and young people are safe and feel safe');
    expect(inline?.judgement?.asPublished).toBe('Grade 4 (Inadequate)');
  });

  it('should attribute record rows under a wrong group label to their part and say so in a note', async () => {
    const { report } = await load('tests/fixtures/reports/eastmere-crlf-bom.txt');
    const row = report.recordOfMainFindings.find((r) => r.area === 'Leadership and management');
    expect(row).toMatchObject({ part: 'safeguarding', group: 'Services for looked after children', narrative: true });
    expect(report.notes.map((n) => n.kind)).toContain('mislabelled-group');
    expect(report.recordOfMainFindings.find((r) => r.area === 'Equality and diversity')).toMatchObject({
      narrative: false,
      section: null,
      grade: 3,
    });
  });

  it('should keep text that looks like HTML, a markdown link or an entity as literal text', async () => {
    const { report } = await load('tests/fixtures/reports/northwold-literal-text.txt');
    const text = report.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<b>x</b>');
    expect(text).toContain('[x](http://e.com)');
    expect(text).toContain('&amp;');
    expect(text).toContain('bold type & asks');
    const runs = report.paragraphs.find((p) => p.number === 3)!.blocks;
    expect(runs).toEqual([{ type: 'text', runs: [{ text: report.paragraphs.find((p) => p.number === 3)!.text }] }]);
  });

  it('should keep emphasis as structure and drop its asterisks from the plain text', async () => {
    const { report } = await load('tests/fixtures/reports/northwold-literal-text.txt');
    const p7 = report.paragraphs.find((p) => p.number === 7)!;
    expect(p7.text).toBe(
      'Partnership working is outstanding. The NSCB is well led and its members challenge one another.',
    );
    expect(p7.blocks[0]).toEqual({
      type: 'text',
      runs: [
        { text: 'Partnership working is outstanding. The NSCB is ' },
        { text: 'well', emphasis: true },
        { text: ' led and its members ' },
        { text: 'challenge', strong: true },
        { text: ' one another.' },
      ],
    });
  });

  it('should give a "Within nine months" recommendation the id sg-9m-1 and a due date nine months on', async () => {
    const { report } = await load('tests/fixtures/reports/northwold-literal-text.txt');
    expect(report.recommendations.find((r) => r.id === 'sg-9m-1')).toMatchObject({
      timescale: '9m',
      timescaleLabel: 'Within nine months',
      months: 9,
      dueDate: '2013-07-19',
      ordinal: 1,
      introducedBy: 5,
    });
  });

  it('should join a list item continued after a page break and read a numeric "Within 12 months"', async () => {
    const { report } = await load('tests/fixtures/reports/westbrook-minimal.txt');
    expect(report.paragraphs[0]!.blocks[1]).toEqual({
      type: 'list',
      items: [
        [{ text: '40 case files' }],
        [{ text: "the council's self-assessment, which it shared with inspectors before the visit" }],
      ],
    });
    expect(report.recommendations.map((r) => r.id)).toEqual(['sg-12m-1', 'lac-im-1']);
  });

  it("should point each contents entry at its own part's section when titles repeat", async () => {
    const { report } = await load('tests/fixtures/reports/westbrook-minimal.txt');
    expect(report.contents.map((c) => c.slug)).toEqual([
      'about-this-inspection',
      'safeguarding',
      'safeguarding/overall-effectiveness',
      'looked-after-children',
      'looked-after-children/overall-effectiveness',
      'record-of-main-findings',
    ]);
  });
});
