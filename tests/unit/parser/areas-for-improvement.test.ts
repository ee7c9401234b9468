import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/model/schema.ts';
import { parseBytes } from '../../../src/parser/index.ts';
import { FIXTURES, load, REAL_REPORT, theFramework } from './reports.ts';

const encode = (text: string) => new TextEncoder().encode(text);

async function parse(name: string, text: string): Promise<Report> {
  return parseBytes(name, encode(text), await theFramework());
}

/** Each part's block of recommendations: its section, how it is titled, and what it holds. */
function blocks(report: Report) {
  return report.outline
    .filter((s) => s.kind === 'recommendations')
    .map((s) => ({
      slug: s.slug,
      title: s.title,
      titleFrom: s.titleFrom,
      judgement: s.judgement,
      paragraphs: s.paragraphs,
      recommendations: report.recommendations.filter((r) => r.section === s.slug).map((r) => r.id),
    }));
}

/** The text with the line that is exactly `line` taken out (and the blank line after it). */
function withoutLine(text: string, line: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.trim() === line);
  if (at === -1) throw new Error(`test setup: no line "${line}"`);
  lines.splice(at, lines[at + 1]?.trim() === '' ? 2 : 1);
  return lines.join('\n');
}

describe('the areas for improvement block', () => {
  it('should hold every recommendation of every report in a section that has no grade and no theme', async () => {
    for (const file of [REAL_REPORT, ...FIXTURES]) {
      const { report } = await load(file);
      const sections = new Map(report.outline.map((s) => [s.slug, s]));
      for (const r of report.recommendations) {
        const s = sections.get(r.section)!;
        expect(s.kind, `${file}: ${r.id}`).toBe('recommendations');
        expect(s.judgement, `${file}: ${r.id}`).toBeNull();
        expect(s.theme, `${file}: ${r.id}`).toBeNull();
        expect(s.paragraphs, `${file}: ${r.id}`).toContain(r.introducedBy);
      }
    }
  });

  it("should recognise the block without its heading and label it as the site's, moving the introducing paragraph into it", async () => {
    const { report } = await load(REAL_REPORT);
    const [safeguarding, lookedAfter] = blocks(report);
    expect(safeguarding).toMatchObject({
      titleFrom: 'site',
      title: 'Areas for improvement',
      judgement: null,
      paragraphs: [28],
    });
    expect(safeguarding!.recommendations).toHaveLength(8);
    expect(lookedAfter).toMatchObject({ titleFrom: 'report', paragraphs: [94] });
    expect(lookedAfter!.recommendations).toHaveLength(7);
    // The section above keeps its own paragraphs and no longer holds the introduction.
    const capacity = report.outline.find((s) => s.slug === 'safeguarding/capacity-for-improvement')!;
    expect(capacity.paragraphs).not.toContain(28);
    expect(report.paragraphs.find((p) => p.number === 28)!.section).toBe(safeguarding!.slug);
  });

  it('should give the same block, ids and introductions whether or not the text heads it', async () => {
    const { text, report } = await load(REAL_REPORT);
    const unheaded = await parse('unheaded.txt', withoutLine(text, 'Areas for improvement'));
    const strip = (b: ReturnType<typeof blocks>[number]) => ({ ...b, titleFrom: undefined });
    expect(blocks(unheaded).map(strip)).toEqual(blocks(report).map(strip));
    expect(blocks(unheaded).map((b) => b.titleFrom)).toEqual(['site', 'site']);
    expect(unheaded.recommendations.map((r) => [r.id, r.introducedBy, r.text])).toEqual(
      report.recommendations.map((r) => [r.id, r.introducedBy, r.text]),
    );
  });

  it('should do the same in another report of this form', async () => {
    const file = FIXTURES.find((f) => f.includes('westbrook'))!;
    const { text, report } = await load(file);
    expect(blocks(report)[0]!.titleFrom).toBe('report');
    const unheaded = await parse('westbrook-unheaded.txt', withoutLine(text, 'Areas for improvement'));
    expect(blocks(unheaded).map((b) => [b.slug, b.titleFrom, b.paragraphs, b.recommendations])).toEqual(
      blocks(report).map((b) => [b.slug, 'site', b.paragraphs, b.recommendations]),
    );
  });

  it('should leave no contents entry pointing at a heading the text does not print', async () => {
    for (const file of [REAL_REPORT, ...FIXTURES]) {
      const { report } = await load(file);
      const labelled = new Set(report.outline.filter((s) => s.titleFrom === 'site').map((s) => s.slug));
      expect(
        report.contents.filter((c) => labelled.has(c.slug)),
        file,
      ).toEqual([]);
    }
  });
});
