import { beforeAll, describe, expect, it } from 'vitest';
import {
  evidence,
  findingsBehind,
  findingsByParagraph,
  rulePrecision,
  similarTo,
  unstatedFor,
} from '../../../src/derive/evidence.ts';
import { loadReviewedFindings, type ReviewedFindings } from '../../../src/derive/reviewed-findings.ts';
import { Evidence, type Report } from '../../../src/model/schema.ts';
import { parseReportFile } from '../../../src/parser/index.ts';

let report: Report;
let reviewed: ReviewedFindings;
beforeAll(async () => {
  report = await parseReportFile('content/tower-hamlets-2012.txt');
  reviewed = await loadReviewedFindings(report);
});

describe('evidence', () => {
  it('should validate against the schema and keep the two kinds apart, reviewed first for each recommendation', () => {
    const e = Evidence.parse(evidence(report, reviewed));
    for (const rec of report.recommendations) {
      const own = e.links.filter((l) => l.recommendation === rec.id).map((l) => l.source);
      expect(own, rec.id).toEqual([...own].sort((a, b) => (a === b ? 0 : a === 'reviewed' ? -1 : 1)));
    }
  });

  it('should quote, for each reviewed link, a sentence of the paragraph it names', () => {
    const e = evidence(report, reviewed);
    for (const rec of report.recommendations) {
      for (const l of findingsBehind(e, rec.id))
        expect(report.paragraphs.find((p) => p.number === l.paragraph)!.text).toContain(l.sentence);
    }
  });

  it('should give every recommendation either reviewed findings or the reason none is stated', () => {
    const e = evidence(report, reviewed);
    for (const rec of report.recommendations)
      expect(findingsBehind(e, rec.id).length > 0 || Boolean(unstatedFor(e, rec.id)), rec.id).toBe(true);
  });

  it('should show, under a paragraph, only the recommendations a review links it to', () => {
    const e = evidence(report, reviewed);
    const byParagraph = findingsByParagraph(e);
    for (const links of byParagraph.values()) for (const l of links) expect(l.source).toBe('reviewed');
    // A paragraph the rule alone links appears nowhere in the reverse view.
    const computedOnly = e.links.filter(
      (l) => l.source === 'computed' && !findingsBehind(e, l.recommendation).some((r) => r.paragraph === l.paragraph),
    );
    expect(computedOnly.length).toBeGreaterThan(0);
    for (const l of computedOnly)
      expect((byParagraph.get(l.paragraph) ?? []).map((x) => x.recommendation)).not.toContain(l.recommendation);
  });

  it('should keep the computed links where reviewed ones exist, so the rule can be judged on its own', () => {
    const e = evidence(report, reviewed);
    expect(
      report.recommendations.some((r) => findingsBehind(e, r.id).length > 0 && similarTo(e, r.id).length > 0),
    ).toBe(true);
  });

  it('should give a report nobody reviewed computed links only', () => {
    const e = evidence(report, { applies: false, why: 'another report' });
    expect(e.reviewed).toBe(false);
    expect(e.links.every((l) => l.source === 'computed')).toBe(true);
    expect(e.unstated).toEqual([]);
  });
});

describe('rulePrecision', () => {
  it("should count the share of the rule's top links that name a reviewed paragraph", () => {
    const e = evidence(report, reviewed);
    const { precision, hits, shown } = rulePrecision(e, 3);
    expect(shown).toBeGreaterThan(0);
    expect(precision).toBeCloseTo(hits / shown);
    // A review that names exactly the rule's own top link scores 1 at k = 1.
    const agreeing = {
      ...e,
      links: e.links
        .filter((l) => l.source === 'computed')
        .flatMap((l) => (l.rank === 1 ? [l, { ...l, source: 'reviewed' as const, sentence: 'x', reason: 'x' }] : [l])),
    };
    expect(rulePrecision(agreeing, 1).precision).toBe(1);
  });
});
