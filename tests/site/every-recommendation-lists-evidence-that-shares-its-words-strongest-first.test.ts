/**
 * Each recommendation page lists its evidence by the rules
 * docs/decisions/evidence-is-shared-distinctive-words.md states for the method: at most five
 * paragraphs it found, strongest first, each scoring at least 0.2 and sharing at least two words
 * that both texts really use, then any a reviewer added, with the reviewed corrections applied.
 * Checked against the model's texts and the corrections file, never by running the method again.
 */
import { readFile } from 'node:fs/promises';
import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import { shownEvidence, type ShownEvidence } from '../lib/evidence-pages.ts';
import { builtModel } from '../lib/reading-pages.ts';
import { BASE_PATH } from '../lib/built-pages.ts';

const report = await builtModel();
const shown = new Map<string, ShownEvidence[]>();
for (const r of report.recommendations) shown.set(r.id, await shownEvidence(r.id));
const paragraph = (n: number) => report.paragraphs.find((p) => p.number === n)!;
const recommendation = (id: string) => report.recommendations.find((r) => r.id === id)!;
const madeByTheMethod = (items: ShownEvidence[]) => items.filter((e) => e.reviewerReason === null);

/** Lower-case words of a text with their Porter stems: "developing" and "development" both give "develop". */
const stemsOf = (text: string) => new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => stemmer(w)));

/**
 * Whether a text uses a word as shown under "Shared terms": that word or another form of it (the
 * same Porter stem, as that file says the method compares), or, for an acronym the report
 * defines, the acronym or its expansion.
 */
function uses(text: string, word: string): boolean {
  const acronym = report.acronyms.find((a) => a.acronym === word);
  if (acronym) {
    const words = text.split(/[^\p{L}\p{N}&]+/u);
    return words.includes(word) || words.includes(`${word}s`) || text.toLowerCase().replace(/[\s-]+/g, ' ').includes(acronym.expansion.toLowerCase().replace(/[\s-]+/g, ' '));
  }
  return stemsOf(text).has(stemmer(word.toLowerCase()));
}

describe('the evidence on each recommendation page', () => {
  it('should list some evidence, and sg-3m-4 (a named GP for the LSCB) the paragraphs that say a GP is missing from it', () => {
    expect([...shown.values()].flat().length).toBeGreaterThan(report.recommendations.length);
    // Note: read from the report: paragraphs 50 and 81 say the LSCB still has no GP.
    expect(shown.get('sg-3m-4')!.map((e) => e.paragraph)).toEqual(expect.arrayContaining([50, 81]));
  });

  it('should list at most five paragraphs the method found, then any a reviewer added', () => {
    for (const [id, items] of shown) {
      expect(madeByTheMethod(items).length, id).toBeLessThanOrEqual(5);
      const firstAdded = items.findIndex((e) => e.reviewerReason !== null);
      if (firstAdded >= 0) expect(items.slice(firstAdded).every((e) => e.reviewerReason !== null), id).toBe(true);
      expect(new Set(items.map((e) => e.paragraph)).size, `${id}: a paragraph listed twice`).toBe(items.length);
    }
  });

  it('should show each paragraph the method found with its score, strongest first, none below 0.2', () => {
    for (const [id, items] of shown) {
      const scores = madeByTheMethod(items).map((e) => e.score);
      expect(scores.every((s) => s !== null && s >= 0.2), `${id}: ${scores}`).toBe(true);
      expect(scores, id).toEqual([...scores].sort((a, b) => b! - a!));
    }
  });

  it('should show at least two shared words for each paragraph the method found, each used by the recommendation and by that paragraph', () => {
    const problems: string[] = [];
    for (const [id, items] of shown) {
      for (const e of items) {
        if (e.reviewerReason === null && e.terms.length < 2) problems.push(`${id} ← p${e.paragraph}: only ${e.terms.join(', ')}`);
        for (const term of e.terms) {
          if (!uses(recommendation(id).text, term)) problems.push(`${id} does not use "${term}"`);
          if (!uses(paragraph(e.paragraph).text, term)) problems.push(`p${e.paragraph} (evidence for ${id}) does not use "${term}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('should never offer as evidence a paragraph outside the report\'s parts, or the one that introduces a list of recommendations', () => {
    const introducers = new Set(report.recommendations.map((r) => r.introducedBy));
    for (const [id, items] of shown) {
      for (const e of madeByTheMethod(items)) {
        expect(paragraph(e.paragraph).part, `${id} ← p${e.paragraph}`).not.toBeNull();
        expect(introducers.has(e.paragraph), `${id} ← p${e.paragraph} introduces a list`).toBe(false);
      }
    }
  });

  it('should link each paragraph to where it is read in context', () => {
    for (const [id, items] of shown) {
      for (const e of items) expect(e.contextHref, id).toBe(`${BASE_PATH}read/${paragraph(e.paragraph).section}/#p${e.paragraph}`);
    }
  });

  it('should show a reviewer\'s additions with their reason and never a link a reviewer removed', async () => {
    const corrections = JSON.parse(await readFile('content/evidence-overrides.json', 'utf8')) as {
      report: string;
      add: { recommendation: string; paragraph: number; reason: string }[];
      remove: { recommendation: string; paragraph: number }[];
    };
    // Note: the corrections are reviewed for the report this site is built from.
    expect(corrections.report).toBe(report.source.file);
    expect(corrections.add.length + corrections.remove.length).toBeGreaterThan(0);
    for (const added of corrections.add) {
      const item = shown.get(added.recommendation)!.find((e) => e.paragraph === added.paragraph);
      expect(item?.reviewerReason, `${added.recommendation} ← p${added.paragraph}`).toBe(added.reason);
    }
    for (const removed of corrections.remove) {
      expect(shown.get(removed.recommendation)!.map((e) => e.paragraph), removed.recommendation).not.toContain(removed.paragraph);
    }
  });
});
