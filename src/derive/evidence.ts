/**
 * Evidence links: which paragraphs' findings support each recommendation, worked out at build
 * time by a method a reader can check.
 *
 * Each recommendation and paragraph becomes a set of terms (see terms.ts: stop words and report
 * boilerplate dropped, words stemmed, acronyms and their expansions made one term). A
 * paragraph's score is the share of the recommendation's term weight that the paragraph also
 * uses, each term weighted by its inverse document frequency over the report's paragraphs (rare
 * terms count for more), halved for a paragraph in another part. The top few above a threshold
 * that share at least two terms, one of them distinctive (see `EVIDENCE_METHOD.distinctiveShare`),
 * are kept, with those terms; reviewed overrides then add or remove links.
 */
import type { EvidenceLink, EvidenceOverrides, Paragraph, Recommendation, Report } from '../model/schema.ts';
import { isGenericTerm, tokenize, vocabulary, type Token } from './terms.ts';

/** Tuning, named so the method can be described and tested. */
export const EVIDENCE_METHOD = {
  /** Most links kept per recommendation (overrides may add more). */
  maxLinks: 5,
  /** Lowest score kept: the paragraph shares at least this share of the recommendation's weight. */
  threshold: 0.2,
  /** Fewest terms a paragraph must share with the recommendation: one word alone is chance. */
  minSharedTerms: 2,
  /** Weight of a paragraph in another part than the recommendation (the same part counts 1). */
  otherPart: 0.5,
  /**
   * A shared term is distinctive when it is not one of the generic words (terms.ts) and fewer
   * than this share of the finding paragraphs use it. A paragraph that shares no distinctive
   * term is not evidence, however many common words it shares ("operational, strategic,
   * levels, support").
   */
  distinctiveShare: 0.1,
} as const;

interface TermBag {
  /** Term → how many times it occurs. */
  counts: Map<string, number>;
  /** Term → the first word that gave it, for showing to readers. */
  words: Map<string, string>;
}

function bag(tokens: Token[]): TermBag {
  const counts = new Map<string, number>();
  const words = new Map<string, string>();
  for (const { term, word } of tokens) {
    counts.set(term, (counts.get(term) ?? 0) + 1);
    if (!words.has(term)) words.set(term, word);
  }
  return { counts, words };
}

const round = (n: number): number => Math.round(n * 10_000) / 10_000;

/** A computed link before overrides: its score and the shared terms, heaviest first. */
interface Scored {
  paragraph: Paragraph;
  score: number;
  sharedTerms: string[];
  /** Whether one of the shared terms is distinctive (EVIDENCE_METHOD.distinctiveShare). */
  distinctive: boolean;
}

/** Scores every candidate paragraph against every recommendation. */
function scoreAll(report: Report): Map<string, Scored[]> {
  const vocab = vocabulary(report.acronyms);
  // Note: findings are the paragraphs of a part; the introduction and service information
  // describe the inspection, not what it found. The paragraphs that introduce a list ("... should
  // take the following action") share words with every recommendation in it and support none.
  const introducers = new Set(report.recommendations.map((r) => r.introducedBy));
  const candidates = report.paragraphs.filter((p) => p.part !== null && !introducers.has(p.number));
  const bags = new Map(candidates.map((p) => [p.number, bag(tokenize(p.text, vocab))]));

  const documentFrequency = new Map<string, number>();
  for (const b of bags.values()) for (const term of b.counts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const idf = (term: string): number => Math.log(candidates.length / (documentFrequency.get(term) ?? candidates.length));
  const isDistinctive = (term: string): boolean =>
    !isGenericTerm(term) && (documentFrequency.get(term) ?? 0) < EVIDENCE_METHOD.distinctiveShare * candidates.length;

  const result = new Map<string, Scored[]>();
  for (const rec of report.recommendations) {
    const own = bag(tokenize(rec.text, vocab));
    // Note: terms no paragraph uses cannot be shared, so they do not dilute the score.
    const weighted = [...own.counts.keys()].filter((t) => documentFrequency.has(t));
    const total = weighted.reduce((sum, t) => sum + idf(t), 0);
    const scored: Scored[] = [];
    for (const p of candidates) {
      const other = bags.get(p.number)!;
      const shared = weighted.filter((t) => other.counts.has(t)).sort((a, b) => idf(b) - idf(a) || a.localeCompare(b));
      if (shared.length === 0 || total === 0) continue;
      const overlap = shared.reduce((sum, t) => sum + idf(t), 0) / total;
      const partWeight = p.part === rec.part ? 1 : EVIDENCE_METHOD.otherPart;
      scored.push({ paragraph: p, score: round(overlap * partWeight), sharedTerms: shared.map((t) => own.words.get(t)!), distinctive: shared.some(isDistinctive) });
    }
    // Note: ties go to the earlier paragraph, so the ranking is stable from build to build.
    scored.sort((a, b) => b.score - a.score || a.paragraph.number - b.paragraph.number);
    result.set(rec.id, scored);
  }
  return result;
}

const NO_OVERRIDES: EvidenceOverrides = { add: [], remove: [] };

/**
 * The evidence links of every recommendation, in report order of recommendations and ranked
 * within each (strongest first; links a reviewer added follow the computed ones).
 *
 * Throws where an override names a recommendation or paragraph the report does not have, or
 * removes a link the method does not make, so a stale correction is noticed, not ignored.
 */
export function evidenceLinks(report: Report, overrides: EvidenceOverrides = NO_OVERRIDES): EvidenceLink[] {
  const scored = scoreAll(report);
  const paragraphNumbers = new Set(report.paragraphs.map((p) => p.number));
  const check = (kind: string, o: { recommendation: string; paragraph: number }): void => {
    if (!scored.has(o.recommendation)) throw new Error(`evidence override (${kind}): no recommendation "${o.recommendation}" in the report`);
    if (!paragraphNumbers.has(o.paragraph)) throw new Error(`evidence override (${kind}): no paragraph ${o.paragraph} in the report`);
  };
  overrides.add.forEach((o) => check('add', o));
  overrides.remove.forEach((o) => check('remove', o));

  const links: EvidenceLink[] = [];
  for (const rec of report.recommendations) {
    const all = scored.get(rec.id)!;
    const removed = new Map(overrides.remove.filter((o) => o.recommendation === rec.id).map((o) => [o.paragraph, o]));
    const kept = all
      .filter((s) => s.score >= EVIDENCE_METHOD.threshold && s.sharedTerms.length >= EVIDENCE_METHOD.minSharedTerms && s.distinctive)
      .slice(0, EVIDENCE_METHOD.maxLinks);
    for (const [n] of removed) {
      if (!kept.some((s) => s.paragraph.number === n)) {
        throw new Error(`evidence override (remove): the method does not link ${rec.id} to paragraph ${n}; delete the entry`);
      }
    }
    for (const s of kept) {
      if (removed.has(s.paragraph.number)) continue;
      links.push({ recommendation: rec.id, paragraph: s.paragraph.number, score: s.score, sharedTerms: s.sharedTerms, source: 'computed' });
    }
    const added = overrides.add
      .filter((o) => o.recommendation === rec.id && !kept.some((s) => s.paragraph.number === o.paragraph && !removed.has(o.paragraph)))
      .sort((a, b) => a.paragraph - b.paragraph);
    for (const o of added) {
      const s = all.find((x) => x.paragraph.number === o.paragraph);
      links.push({
        recommendation: rec.id,
        paragraph: o.paragraph,
        score: s?.score ?? 0,
        sharedTerms: s?.sharedTerms ?? [],
        source: 'override',
        reason: o.reason,
      });
    }
  }
  return links;
}

/** The links of one recommendation, ranked. */
export function evidenceFor(links: readonly EvidenceLink[], recommendation: Recommendation['id']): EvidenceLink[] {
  return links.filter((l) => l.recommendation === recommendation);
}

/**
 * The reverse view: paragraph number → the links that cite it ("supports sg-3m-4"), in the
 * order of the recommendations in the report.
 */
export function evidenceByParagraph(links: readonly EvidenceLink[]): Map<number, EvidenceLink[]> {
  const byParagraph = new Map<number, EvidenceLink[]>();
  for (const link of links) {
    const list = byParagraph.get(link.paragraph) ?? [];
    list.push(link);
    byParagraph.set(link.paragraph, list);
  }
  return byParagraph;
}
