import { beforeAll, describe, expect, it } from 'vitest';
import {
  findingParagraphs,
  readsAsWeakness,
  SIMILAR_WORDING_RULE,
  similarWording,
} from '../../../src/derive/similar-wording.ts';
import { GENERIC_WORDS } from '../../../src/derive/terms.ts';
import type { Report } from '../../../src/model/schema.ts';
import { parseReportFile } from '../../../src/parser/index.ts';

let report: Report;
beforeAll(async () => {
  report = await parseReportFile('content/tower-hamlets-2012.txt');
});

const text = (n: number) => report.paragraphs.find((p) => p.number === n)!.text;
const linksFor = (id: string) => similarWording(report).filter((l) => l.recommendation === id);

describe('similarWording', () => {
  it('should label every link as computed, with a reason that names shared wording and never claims support', () => {
    for (const l of similarWording(report)) {
      expect(l.source).toBe('computed');
      expect(l.reason).toMatch(/^Shares the wording “/);
      expect(l.reason.replace(/“[^”]*”/g, '')).not.toMatch(/support|evidence|finding/i);
    }
  });

  it("should rank first a paragraph that uses the recommendation's distinctive phrase", () => {
    const [first] = linksFor('sg-3m-4');
    expect(text(first!.paragraph)).toMatch(/named GP/);
    expect(first!.sharedTerms[0]).toBe('named GP');
  });

  it('should prefer a sentence phrased as a weakness to praise that shares the same words', () => {
    const weak = { ...report, paragraphs: structuredClone(report.paragraphs) };
    // Two made-up paragraphs in the same part with the same words, one praise, one a weakness.
    const base = weak.paragraphs.find((p) => p.number === 60)!;
    const praise = {
      ...base,
      number: 1001,
      id: 'p1001',
      text: 'A named GP leads safeguarding well across the borough.',
    };
    const weakness = {
      ...base,
      number: 1002,
      id: 'p1002',
      text: 'However, a named GP does not yet lead safeguarding across the borough.',
    };
    weak.paragraphs.push(praise, weakness);
    const ranked = similarWording(weak as Report)
      .filter((l) => l.recommendation === 'sg-3m-4')
      .map((l) => l.paragraph);
    expect(ranked.indexOf(1002)).toBeGreaterThanOrEqual(0);
    expect(ranked.indexOf(1002)).toBeLessThan(ranked.indexOf(1001) === -1 ? Infinity : ranked.indexOf(1001));
  });

  it('should not link a paragraph that shares only words about how or at what level work is done', () => {
    const generic = new Set(GENERIC_WORDS);
    for (const l of similarWording(report)) {
      const single = l.sharedTerms.filter((t) => !t.includes(' '));
      const phrases = l.sharedTerms.filter((t) => t.includes(' '));
      expect(
        phrases.length > 0 || single.some((t) => !generic.has(t.toLowerCase())),
        `${l.recommendation} ${l.paragraph}`,
      ).toBe(true);
    }
  });

  it('should match a paragraph that writes only the acronym of a term the recommendation spells out', () => {
    const rec = report.recommendations.find((r) => /independent reviewing officers/i.test(r.text))!;
    const withAcronym = { ...report, paragraphs: structuredClone(report.paragraphs) };
    const base = withAcronym.paragraphs.find((p) => p.part === rec.part && p.number !== rec.introducedBy)!;
    withAcronym.paragraphs.push({
      ...base,
      number: 1003,
      id: 'p1003',
      text: 'However, IROs do not yet have the capacity to take on quality assurance.',
    });
    const link = similarWording(withAcronym as Report).find((l) => l.recommendation === rec.id && l.paragraph === 1003);
    expect(link?.sharedTerms.some((t) => t.includes('IRO'))).toBe(true);
  });

  it('should never link the introduction nor a paragraph that introduces a list of recommendations', () => {
    const allowed = new Set(findingParagraphs(report).map((p) => p.number));
    for (const l of similarWording(report)) expect(allowed.has(l.paragraph)).toBe(true);
  });

  it('should keep at most the configured number, ranked 1.. by falling score, above the threshold, the same on every run', () => {
    for (const rec of report.recommendations) {
      const own = linksFor(rec.id);
      expect(own.length).toBeLessThanOrEqual(SIMILAR_WORDING_RULE.maxLinks);
      expect(own.map((l) => l.rank)).toEqual(own.map((_, i) => i + 1));
      expect(own.map((l) => l.score)).toEqual(own.map((l) => l.score).sort((a, b) => b - a));
      for (const l of own) expect(l.score).toBeGreaterThanOrEqual(SIMILAR_WORDING_RULE.threshold);
    }
    expect(similarWording(report)).toEqual(similarWording(structuredClone(report)));
  });
});

describe('readsAsWeakness', () => {
  it('should tell a weakness from praise by its wording', () => {
    expect(readsAsWeakness('However, GP representation is not yet secured.')).toBe(true);
    expect(readsAsWeakness('The quality of social work reports is variable.')).toBe(true);
    expect(readsAsWeakness('Senior managers provide strong leadership.')).toBe(false);
    // Whole words only: "lower" is a weakness word, "flower" is not.
    expect(readsAsWeakness('The garden has a flower bed.')).toBe(false);
  });
});
