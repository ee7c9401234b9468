/**
 * Each recommendation page shows the finding behind it as the review gives it (each reviewed
 * paragraph's quoted sentence, which the paragraph still contains, and the reason labelled as the
 * site's), or the review's word that the report states none; then the paragraphs with similar
 * wording, folded and labelled as computed. Reading pages show only reviewed links under a
 * paragraph. Checked against content/recommendation-findings.json and the model, never by
 * running the rule again.
 */
import { readFile } from 'node:fs/promises';
import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import { BASE_PATH } from '../../lib/built-pages.ts';
import { shownLinks, shownSupports, type ShownLinks } from '../../lib/evidence-pages.ts';
import { builtModel, readingPages } from '../../lib/reading-pages.ts';

const report = await builtModel();
const review = JSON.parse(await readFile('content/recommendation-findings.json', 'utf8')) as {
  report: string;
  recommendations: {
    recommendation: string;
    findings: { paragraph: number; sentence: string; reason: string }[];
    unstated?: string;
  }[];
};
const shown = new Map<string, ShownLinks>();
for (const r of report.recommendations) shown.set(r.id, await shownLinks(r.id));
const paragraph = (n: number) => report.paragraphs.find((p) => p.number === n)!;
const recommendation = (id: string) => report.recommendations.find((r) => r.id === id)!;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Whether a text uses each word of `wording` (or another form of it, or an acronym's expansion). */
function uses(text: string, wording: string): boolean {
  const stems = new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => stemmer(w)));
  return wording.split(' ').every((word) => {
    const acronym = report.acronyms.find((a) => a.acronym === word);
    if (acronym)
      return new RegExp(`\\b${word}s?\\b`).test(text) || text.toLowerCase().includes(acronym.expansion.toLowerCase());
    return stems.has(stemmer(word.toLowerCase()));
  });
}

describe('the finding behind each recommendation', () => {
  it('should be reviewed for the report the site is built from, for every recommendation', () => {
    expect(review.report).toBe(report.source.file);
    expect(review.recommendations.map((r) => r.recommendation).sort()).toEqual(
      report.recommendations.map((r) => r.id).sort(),
    );
  });

  it("should show the reviewed findings in the review's order, each sentence as its paragraph states it, with the reason labelled as the site's", () => {
    for (const r of review.recommendations) {
      const page = shown.get(r.recommendation)!;
      expect(
        page.findings.map((f) => f.paragraph),
        r.recommendation,
      ).toEqual(r.findings.map((f) => f.paragraph));
      page.findings.forEach((f, i) => {
        expect(squash(paragraph(f.paragraph).text)).toContain(squash(f.sentence));
        expect(squash(f.sentence)).toBe(squash(r.findings[i]!.sentence));
        expect(squash(f.reason)).toBe(squash(r.findings[i]!.reason));
        expect(f.href).toBe(`${BASE_PATH}read/${paragraph(f.paragraph).section}/#p${f.paragraph}`);
      });
    }
  });

  it("should say so, in the review's words, where the report states no finding plainly", () => {
    const unstated = review.recommendations.filter((r) => r.unstated);
    expect(unstated.length).toBeGreaterThan(0);
    for (const r of unstated) {
      const page = shown.get(r.recommendation)!;
      expect(page.findings).toEqual([]);
      expect(squash(page.unstated ?? '')).toBe(squash(r.unstated!));
    }
  });
});

describe('paragraphs with similar wording', () => {
  it("should come folded, labelled as the site's rule and never as support or evidence", () => {
    for (const [id, page] of shown) {
      expect(page.similarFolded, id).toBe(true);
      expect(page.similarSummary, id).toMatch(/similar wording/i);
      expect(page.similarSummary, id).toMatch(/not reviewed/i);
      expect(page.similarSummary, id).not.toMatch(/support|evidence/i);
    }
  });

  it('should name wording that both the recommendation and the paragraph use, and link the paragraph in context', () => {
    const problems: string[] = [];
    for (const [id, page] of shown) {
      for (const s of page.similar) {
        if (s.wording.length === 0) problems.push(`${id} ← p${s.paragraph}: no wording named`);
        for (const w of s.wording) {
          if (!uses(recommendation(id).text, w)) problems.push(`${id} does not use "${w}"`);
          if (!uses(paragraph(s.paragraph).text, w)) problems.push(`p${s.paragraph} does not use "${w}"`);
        }
        expect(s.href).toBe(`${BASE_PATH}read/${paragraph(s.paragraph).section}/#p${s.paragraph}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("should never offer a paragraph outside the report's parts, or one that introduces a list of recommendations", () => {
    const introducers = new Set(report.recommendations.map((r) => r.introducedBy));
    for (const [id, page] of shown) {
      for (const s of page.similar) {
        expect(paragraph(s.paragraph).part, `${id} ← p${s.paragraph}`).not.toBeNull();
        expect(introducers.has(s.paragraph), `${id} ← p${s.paragraph}`).toBe(false);
      }
    }
  });
});

describe('the line under a paragraph on its reading page', () => {
  it('should name exactly the recommendations whose reviewed finding the paragraph states', async () => {
    const expected = new Map<number, string[]>();
    for (const id of report.recommendations.map((r) => r.id)) {
      for (const f of review.recommendations.find((r) => r.recommendation === id)!.findings) {
        expected.set(f.paragraph, [...(expected.get(f.paragraph) ?? []), id]);
      }
    }
    const seen = new Map<number, string[]>();
    for (const doc of (await readingPages()).values()) for (const [n, ids] of shownSupports(doc)) seen.set(n, ids);
    expect(Object.fromEntries(seen)).toEqual(Object.fromEntries(expected));
  });
});
