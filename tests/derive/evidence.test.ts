import { beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_METHOD, evidenceByParagraph, evidenceFor, evidenceLinks } from '../../src/derive/evidence.ts';
import { GENERIC_WORDS } from '../../src/derive/terms.ts';
import { loadEvidenceOverrides } from '../../src/derive/evidence-overrides.ts';
import type { Report } from '../../src/model/schema.ts';
import { parseReportFile } from '../../src/parser/index.ts';

let report: Report;
beforeAll(async () => {
  report = await parseReportFile('content/tower-hamlets-2012.txt');
});

const text = (n: number) => report.paragraphs.find((p) => p.number === n)!.text;

describe('evidenceLinks', () => {
  it('should give every recommendation at least one evidence paragraph', () => {
    const links = evidenceLinks(report);
    for (const rec of report.recommendations) expect(evidenceFor(links, rec.id).length, rec.id).toBeGreaterThan(0);
  });

  it('should rank a paragraph about GPs first for the recommendation to appoint a named GP', () => {
    const [first] = evidenceFor(evidenceLinks(report), 'sg-3m-4');
    expect(text(first!.paragraph)).toMatch(/\bGPs?\b|general practitioner/);
    expect(first!.sharedTerms).toContain('GP');
  });

  it('should not cite a paragraph that shares only words about how or at what level work is done', () => {
    // Note: paragraphs 25 and 66 share "operational, strategic, levels, support" with the
    // recommendation to appoint a named GP, and are about the third sector; paragraph 112
    // shares "undertake" and "full" with lac-6m-1, and is about leisure activities.
    const generic = new Set(GENERIC_WORDS);
    const links = evidenceLinks(report);
    for (const l of links) expect(l.sharedTerms.every((t) => generic.has(t.toLowerCase())), `${l.recommendation} ${l.paragraph}: ${l.sharedTerms}`).toBe(false);
    expect(evidenceFor(links, 'sg-3m-4').map((l) => l.paragraph)).not.toContain(25);
    expect(evidenceFor(links, 'sg-3m-4').map((l) => l.paragraph)).not.toContain(66);
    expect(evidenceFor(links, 'lac-6m-1').map((l) => l.paragraph)).not.toContain(112);
  });

  it('should keep paragraphs that share a distinctive word as well as generic ones', () => {
    // Paragraph 18 shares "GP" and "contribution" with sg-3m-4, besides "levels", "develop" and "support".
    const p18 = evidenceFor(evidenceLinks(report), 'sg-3m-4').find((l) => l.paragraph === 18);
    expect(p18?.sharedTerms).toEqual(expect.arrayContaining(['GP', 'support']));
  });

  it('should link a paragraph that writes only the acronym of a term the recommendation spells out', () => {
    // Paragraph 137 writes only "IROs", never "independent reviewing officer".
    const links = evidenceFor(evidenceLinks(report), 'lac-6m-1');
    expect(text(137)).not.toMatch(/independent reviewing officer/i);
    expect(links.find((l) => l.paragraph === 137)?.sharedTerms).toContain('IRO');
  });

  it('should never cite the paragraph that introduces the list, nor the introduction', () => {
    const links = evidenceLinks(report);
    const introducers = new Set(report.recommendations.map((r) => r.introducedBy));
    const outsideParts = new Set(report.paragraphs.filter((p) => p.part === null).map((p) => p.number));
    for (const l of links) {
      expect(introducers.has(l.paragraph)).toBe(false);
      expect(outsideParts.has(l.paragraph)).toBe(false);
    }
  });

  it('should keep at most the configured number of links, ranked strongest first, above the threshold', () => {
    const links = evidenceLinks(report);
    for (const rec of report.recommendations) {
      const own = evidenceFor(links, rec.id);
      expect(own.length).toBeLessThanOrEqual(EVIDENCE_METHOD.maxLinks);
      const scores = own.map((l) => l.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const l of own) {
        expect(l.score).toBeGreaterThanOrEqual(EVIDENCE_METHOD.threshold);
        expect(l.sharedTerms.length).toBeGreaterThanOrEqual(EVIDENCE_METHOD.minSharedTerms);
      }
    }
  });

  it('should give the same ranking on every run', () => {
    expect(evidenceLinks(report)).toEqual(evidenceLinks(structuredClone(report)));
  });

  it('should apply overrides: add with its reason, remove the named link', () => {
    const computed = evidenceFor(evidenceLinks(report), 'sg-3m-4');
    const dropped = computed[0]!.paragraph;
    const overridden = evidenceFor(
      evidenceLinks(report, {
        add: [{ recommendation: 'sg-3m-4', paragraph: 6, reason: 'names the GP lead' }],
        remove: [{ recommendation: 'sg-3m-4', paragraph: dropped, reason: 'test' }],
      }),
      'sg-3m-4',
    );
    expect(overridden.map((l) => l.paragraph)).not.toContain(dropped);
    expect(overridden.at(-1)).toMatchObject({ paragraph: 6, source: 'override', reason: 'names the GP lead' });
  });

  it('should refuse an override that names an unknown recommendation or a link the method does not make', () => {
    expect(() => evidenceLinks(report, { add: [{ recommendation: 'sg-9m-9', paragraph: 1, reason: 'x' }], remove: [] })).toThrow(/sg-9m-9/);
    expect(() => evidenceLinks(report, { add: [], remove: [{ recommendation: 'sg-3m-4', paragraph: 1, reason: 'x' }] })).toThrow(/does not link/);
  });

  it('should accept the reviewed overrides in content/', async () => {
    const overrides = await loadEvidenceOverrides(report);
    const links = evidenceLinks(report, overrides);
    for (const o of overrides.add) expect(links).toContainEqual(expect.objectContaining({ recommendation: o.recommendation, paragraph: o.paragraph, source: 'override' }));
    for (const o of overrides.remove) expect(links).not.toContainEqual(expect.objectContaining({ recommendation: o.recommendation, paragraph: o.paragraph }));
  });
});

describe('evidenceByParagraph', () => {
  it('should list, for a paragraph, the recommendations it supports', () => {
    const links = evidenceLinks(report);
    const [first] = evidenceFor(links, 'sg-3m-4');
    const supports = evidenceByParagraph(links).get(first!.paragraph)!.map((l) => l.recommendation);
    expect(supports).toContain('sg-3m-4');
  });
});
