/**
 * Paragraphs with similar wording to a recommendation: a rule for reports nobody has reviewed,
 * shown apart from the reviewed findings and never called evidence or support.
 *
 * A finding sits in one sentence, so the rule scores sentences and keeps each paragraph's best:
 * - each word (see terms.ts: stop words and report boilerplate dropped, words stemmed, acronyms
 *   and their expansions one term) counts by its rarity over the report's finding paragraphs
 *   (inverse document frequency), so common words count for little;
 * - a phrase the recommendation uses ("named GP", "case recording") counts again when the
 *   sentence uses it too, so distinctive phrases outweigh scattered single words;
 * - a sentence phrased as a weakness ("however", "not yet", "inconsistent", "area for
 *   development") counts more than praise, since recommendations answer weaknesses;
 * - a paragraph in another part counts for less than one in the recommendation's own part.
 */
import type { ComputedLink, Paragraph, Report } from '../model/schema.ts';
import { sentencesOf } from '../lib/sentences.ts';
import { isGenericTerm, tokenize, vocabulary, type Token, type Vocabulary } from './terms.ts';

/** Tuning, named so the rule can be described, benchmarked (npm run bench) and tested. */
export const SIMILAR_WORDING_RULE = {
  /** Most links kept per recommendation. */
  maxLinks: 5,
  /** Lowest score kept. */
  threshold: 0.15,
  /** A shared phrase counts its words' weight this many times over again. */
  phraseBonus: 1,
  /** A sentence phrased as a weakness counts this many times its plain score. */
  weaknessBoost: 2,
  /** Weight of a paragraph in another part (its own part counts 1). */
  otherPart: 0.5,
  /**
   * A shared word is distinctive when it is not one of the generic words (terms.ts) and fewer
   * than this share of the finding paragraphs use it; a sentence that shares no distinctive
   * word and no phrase is not similar, however many common words it shares.
   */
  distinctiveShare: 0.1,
} as const;

/**
 * Wording that marks a finding as a weakness or a gap rather than praise. Named here so the
 * rule stays reviewable; matched as whole words, case-insensitively.
 */
export const WEAKNESS_WORDING = [
  'however',
  'although',
  'not yet',
  'not always',
  'not all',
  'not fully',
  'not sufficiently',
  'not consistently',
  'inconsistent',
  'inconsistency',
  'inconsistently',
  'variable',
  'delay',
  'delays',
  'gap',
  'gaps',
  'lack',
  'low',
  'lower',
  'weak',
  'weaker',
  'too early',
  'further work',
  'needs to',
  'need to',
  'area for development',
  'areas for development',
  'area for improvement',
  'areas for improvement',
  'areas for further development',
  'is required',
  'are required',
  'challenge',
];

const WEAKNESS = new RegExp(
  `(?<![\\p{L}])(?:${WEAKNESS_WORDING.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`,
  'iu',
);

/** Whether a sentence is phrased as a weakness (WEAKNESS_WORDING). */
export function readsAsWeakness(sentence: string): boolean {
  return WEAKNESS.test(sentence);
}

interface Scored {
  paragraph: Paragraph;
  score: number;
  shared: string[];
}

/** Adjacent term pairs of a token run: the phrases a text uses. */
function phrases(tokens: readonly Token[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1]!;
    const b = tokens[i]!;
    if (a.term === b.term) continue;
    const key = `${a.term} ${b.term}`;
    if (!out.has(key)) out.set(key, `${a.word} ${b.word}`);
  }
  return out;
}

/** The paragraphs a rule may link: findings, not the introduction nor a list's introducing paragraph. */
export function findingParagraphs(report: Report): Paragraph[] {
  const introducers = new Set(report.recommendations.map((r) => r.introducedBy));
  return report.paragraphs.filter((p) => p.part !== null && !introducers.has(p.number));
}

/** Every recommendation's candidates, scored and ranked (strongest first; ties to the earlier paragraph). */
function scoreAll(report: Report, vocab: Vocabulary): Map<string, Scored[]> {
  const candidates = findingParagraphs(report);
  const sentences = new Map(
    candidates.map((p) => [p.number, sentencesOf(p.text).map((s) => ({ text: s, tokens: tokenize(s, vocab) }))]),
  );
  const documentFrequency = new Map<string, number>();
  for (const list of sentences.values()) {
    for (const term of new Set(list.flatMap((s) => s.tokens.map((t) => t.term)))) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const idf = (term: string): number =>
    Math.log(candidates.length / (documentFrequency.get(term) ?? candidates.length));
  const distinctive = (term: string): boolean =>
    !isGenericTerm(term) &&
    (documentFrequency.get(term) ?? 0) < SIMILAR_WORDING_RULE.distinctiveShare * candidates.length;

  const result = new Map<string, Scored[]>();
  for (const rec of report.recommendations) {
    const own = tokenize(rec.text, vocab);
    const words = new Map<string, string>();
    for (const t of own) if (!words.has(t.term) && documentFrequency.has(t.term)) words.set(t.term, t.word);
    const ownPhrases = [...phrases(own)].filter(([key]) => key.split(' ').every((t) => documentFrequency.has(t)));
    const phraseWeight = (key: string) =>
      key.split(' ').reduce((sum, t) => sum + idf(t), 0) * SIMILAR_WORDING_RULE.phraseBonus;
    const total =
      [...words.keys()].reduce((sum, t) => sum + idf(t), 0) +
      ownPhrases.reduce((sum, [key]) => sum + phraseWeight(key), 0);
    if (total === 0) {
      result.set(rec.id, []);
      continue;
    }
    const scored: Scored[] = [];
    for (const p of candidates) {
      let best: Scored | undefined;
      for (const s of sentences.get(p.number)!) {
        const terms = new Set(s.tokens.map((t) => t.term));
        const sharedWords = [...words.keys()].filter((t) => terms.has(t));
        const theirs = phrases(s.tokens);
        const sharedPhrases = ownPhrases.filter(([key]) => theirs.has(key));
        if (sharedPhrases.length === 0 && !sharedWords.some(distinctive)) continue;
        const weight =
          sharedWords.reduce((sum, t) => sum + idf(t), 0) +
          sharedPhrases.reduce((sum, [key]) => sum + phraseWeight(key), 0);
        const boost = readsAsWeakness(s.text) ? SIMILAR_WORDING_RULE.weaknessBoost : 1;
        const part = p.part === rec.part ? 1 : SIMILAR_WORDING_RULE.otherPart;
        const score = Math.min(1, (weight / total) * boost * part);
        if (best && best.score >= score) continue;
        // Phrases first, then single words by weight, each as the recommendation writes it.
        const phraseWords = new Set(sharedPhrases.flatMap(([key]) => key.split(' ')));
        const shared = [
          ...sharedPhrases.map(([, text]) => text),
          ...sharedWords
            .filter((t) => !phraseWords.has(t))
            .sort((a, b) => idf(b) - idf(a) || a.localeCompare(b))
            .map((t) => words.get(t)!),
        ];
        best = { paragraph: p, score: Math.round(score * 10_000) / 10_000, shared };
      }
      if (best) scored.push(best);
    }
    scored.sort((a, b) => b.score - a.score || a.paragraph.number - b.paragraph.number);
    result.set(rec.id, scored);
  }
  return result;
}

/** The words a computed link's reason gives: what the rule saw, never a claim of support. */
export function similarWordingReason(shared: readonly string[]): string {
  return `Shares the wording ${shared.map((s) => `“${s}”`).join(', ')}`;
}

/**
 * Paragraphs with similar wording to each recommendation, in report order of recommendations,
 * ranked within each by the rule (SIMILAR_WORDING_RULE).
 */
export function similarWording(report: Report): ComputedLink[] {
  const scored = scoreAll(report, vocabulary(report.acronyms));
  return report.recommendations.flatMap((rec) =>
    scored
      .get(rec.id)!
      .filter((s) => s.score >= SIMILAR_WORDING_RULE.threshold)
      .slice(0, SIMILAR_WORDING_RULE.maxLinks)
      .map((s, i): ComputedLink => ({
        recommendation: rec.id,
        rank: i + 1,
        paragraph: s.paragraph.number,
        source: 'computed',
        score: s.score,
        sharedTerms: s.shared,
        reason: similarWordingReason(s.shared),
      })),
  );
}
