import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/model/schema.ts';
import { recommendationName } from '../../../src/lib/recommendation-name.ts';
import { packIndex, type PackCatalogue } from '../../../src/packs/catalogue.ts';
import { fixtureCatalogue } from './fixture.ts';

let report: Report;
let catalogue: PackCatalogue;
beforeAll(async () => {
  ({ report, catalogue } = await fixtureCatalogue());
});

describe('buildPackCatalogue', () => {
  it('should hold every paragraph and recommendation once', () => {
    const ids = catalogue.items.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(
      [...report.paragraphs.map((p) => p.id), ...report.recommendations.map((r) => r.id)].sort(),
    );
  });

  it('should list items in report order, recommendations after the paragraph that introduces them', () => {
    const ids = catalogue.items.map((e) => e.id);
    for (const r of report.recommendations) {
      const at = ids.indexOf(r.id);
      expect(ids.indexOf(`p${r.introducedBy}`)).toBeLessThan(at);
      expect(ids.indexOf(`p${r.introducedBy + 1}`)).toBeGreaterThan(at);
    }
    const paragraphs = ids.filter((id) => id.startsWith('p'));
    expect(paragraphs).toEqual(report.paragraphs.map((p) => p.id));
  });

  it('should give each item its section, grade, text as published and permalink', () => {
    const p7 = catalogue.items.find((e) => e.id === 'p7')!;
    const section = report.outline.find((s) => s.slug === p7.section)!;
    expect(catalogue.sections[p7.section]).toEqual({
      title: section.title,
      part: report.outline.find((s) => s.kind === 'part' && s.part === section.part)!.title,
      grade: { grade: section.judgement!.grade, label: section.judgement!.label },
    });
    expect(p7).toMatchObject({
      kind: 'paragraph',
      label: 'Paragraph 7',
      cite: { kind: 'paragraph', number: 7 },
      permalink: '/p/7/',
    });
    expect(p7.context).toBe(`/read/${p7.section}/#p7`);
    expect(p7.blocks).toEqual(report.paragraphs.find((p) => p.id === 'p7')!.blocks);

    const rec = report.recommendations[0]!;
    expect(catalogue.items.find((e) => e.id === rec.id)).toMatchObject({
      kind: 'recommendation',
      label: recommendationName(rec.text),
      code: rec.id,
      permalink: `/recommendations/${rec.id}/`,
      timescale: rec.timescaleLabel,
      blocks: [{ type: 'text', runs: rec.runs }],
      cite: { kind: 'recommendation', id: rec.id },
    });
  });

  it('should carry what a citation needs from the report metadata', () => {
    expect(catalogue.report).toEqual({
      publisher: 'Ofsted',
      title: report.metadata.title,
      authority: report.metadata.authority,
      published: report.metadata.published,
      publishedAsPublished: report.metadata.publishedAsPublished,
      reproduction: report.metadata.reproduction,
      copyright: report.metadata.copyright,
    });
  });
});

describe('packIndex', () => {
  it('should hold what every pack needs and every id in report order, but no item', () => {
    const index = packIndex(catalogue);
    expect(index.ids).toEqual(catalogue.items.map((e) => e.id));
    expect(index.report).toEqual(catalogue.report);
    expect(index.sections).toEqual(catalogue.sections);
    expect('items' in index).toBe(false);
  });
});
