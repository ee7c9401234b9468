/** The search records derived from the model: one per paragraph and recommendation, aliases hidden after the text. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/model/schema.ts';
import { parseReportFile } from '../../../src/parser/index.ts';
import { ALIAS_MARK, splitAliases, wordsOf } from '../../../src/search/record.ts';
import { filterValues, searchRecords, type SearchRecord } from '../../../src/search/records.ts';
import { makeExcerpt } from '../../../src/scripts/search/excerpt.ts';

let report: Report;
let records: SearchRecord[];
beforeAll(async () => {
  report = await parseReportFile('content/tower-hamlets-2012.txt');
  records = searchRecords(report);
});
const byTitle = (title: string) => records.find((r) => r.meta.title === title)!;
const aliasesOf = (record: SearchRecord) => splitAliases(wordsOf(record.content)).groups.map((g) => g.acronym);
const byId = (id: string) => records.find((r) => r.meta.id === id)!;

describe('searchRecords', () => {
  it('should make one record per paragraph and per recommendation, with stable URLs', () => {
    expect(records).toHaveLength(report.paragraphs.length + report.recommendations.length);
    expect(byTitle('Paragraph 35').url).toBe(
      '/read/safeguarding/children-and-young-people-are-safe-and-feel-safe/#p35',
    );
    expect(byId('sg-3m-4').url).toBe('/recommendations/sg-3m-4/');
    expect(byId('sg-3m-4').filters).toMatchObject({
      kind: ['Recommendation'],
      timescale: ['Within three months'],
      place: ['Safeguarding services: areas for improvement (paragraph 28)'],
    });
    // The report grades areas, not recommendations: no recommendation carries a grade.
    for (const r of report.recommendations) expect(byId(r.id).filters.grade).toBeUndefined();
  });

  it('should title a recommendation by its words, carrying its code beside them', () => {
    const record = byId('sg-3m-4');
    expect(record.meta.title).toBe('Appoint a named GP to support the work of the LSCB…');
    expect(record.filters.kind).toEqual(['Recommendation']);
  });

  it("should carry only the title (and a recommendation's code) as meta, and what the result shows as filter values", () => {
    // Pagefind indexes meta as searchable words; filter values it does not.
    for (const record of report.paragraphs.map((p) => byTitle(`Paragraph ${p.number}`)))
      expect(Object.keys(record.meta)).toEqual(['title']);
    for (const record of report.recommendations.map((r) => byId(r.id)))
      expect(Object.keys(record.meta)).toEqual(['title', 'id']);
    expect(byTitle('Paragraph 35').filters).toMatchObject({
      section: ['Children and young people are safe and feel safe'],
      part: ['Safeguarding services'],
      kind: ['Paragraph'],
    });
  });

  it('should add the missing form of an acronym after the text, and only then', () => {
    const p143 = byTitle('Paragraph 143');
    expect(aliasesOf(p143)).toContain('CPSG');
    expect(p143.content.startsWith(`${report.paragraphs.find((p) => p.number === 143)!.text} ${ALIAS_MARK} `)).toBe(
      true,
    );
    // Paragraph 85 has both "corporate parenting steering group" and "(CPSG)": nothing to add.
    expect(aliasesOf(byTitle('Paragraph 85'))).not.toContain('CPSG');
  });

  it('should hold the text as published and its aliases, each word once', () => {
    for (const record of records) {
      const words = wordsOf(record.content);
      const { visible, groups } = splitAliases(words);
      const source = [...report.paragraphs, ...report.recommendations].find((item) =>
        record.content.startsWith(item.text),
      )!;
      expect(words.slice(0, visible).join(' ')).toBe(wordsOf(source.text).join(' '));
      expect(new Set(groups.map((g) => g.acronym)).size).toBe(groups.length);
    }
  });

  it('should list filter values in reading order, grades by number', () => {
    const values = filterValues(records);
    expect(values.kind).toEqual(['Paragraph', 'Recommendation']);
    expect(values.grade).toEqual(['Outstanding, grade 1', 'Good, grade 2']);
  });
});

describe('makeExcerpt', () => {
  it('should never show hidden alias words, and mark the visible form a hidden match stands for', () => {
    const p143 = byTitle('Paragraph 143');
    const words = wordsOf(p143.content);
    const cpsg = splitAliases(words).groups.find((g) => g.acronym === 'CPSG')!.start;
    expect(words[cpsg]).toBe('CPSG');
    const excerpt = makeExcerpt(p143.content, [cpsg]);
    const text = excerpt.segments.map((s) => s.text).join('');
    expect(text).not.toContain('CPSG');
    expect(text).not.toContain(ALIAS_MARK);
    expect(
      excerpt.segments
        .filter((s) => s.marked)
        .map((s) => s.text)
        .join(' '),
    ).toMatch(/Corporate Parenting Steering Group/);
    expect(excerpt.terms).toEqual(['corporate', 'parenting', 'steering', 'group']);
  });
});
