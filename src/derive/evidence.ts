/**
 * What links each recommendation to paragraphs, in two kinds that are never mixed up:
 * - the finding behind it: reviewed links, each quoting the sentence that states the finding
 *   (content/recommendation-findings.json, checked by reviewed-findings.ts);
 * - paragraphs with similar wording: computed by a rule (similar-wording.ts), shown second,
 *   labelled so, and never called support or evidence.
 */
import type { ComputedLink, Evidence, Report, ReviewedLink } from '../model/schema.ts';
import type { ReviewedFindings } from './reviewed-findings.ts';
import { similarWording } from './similar-wording.ts';

/** Both kinds of link for every recommendation, in report order; within one, reviewed first. */
export function evidence(report: Report, reviewed: ReviewedFindings): Evidence {
  const reviews = new Map(reviewed.applies ? reviewed.file.recommendations.map((r) => [r.recommendation, r]) : []);
  const computed = similarWording(report);
  const links: Evidence['links'] = [];
  const unstated: Evidence['unstated'] = [];
  for (const rec of report.recommendations) {
    const review = reviews.get(rec.id);
    review?.findings.forEach((f, i) => {
      links.push({
        recommendation: rec.id,
        rank: i + 1,
        paragraph: f.paragraph,
        source: 'reviewed',
        sentence: f.sentence,
        reason: f.reason,
      });
    });
    if (review?.unstated) unstated.push({ recommendation: rec.id, reason: review.unstated });
    links.push(...computed.filter((l) => l.recommendation === rec.id));
  }
  return { links, unstated, reviewed: reviewed.applies };
}

/** The reviewed findings behind one recommendation, ranked. */
export function findingsBehind(e: Evidence, recommendation: string): ReviewedLink[] {
  return e.links.filter((l): l is ReviewedLink => l.source === 'reviewed' && l.recommendation === recommendation);
}

/** The paragraphs with similar wording to one recommendation, ranked by the rule. */
export function similarTo(e: Evidence, recommendation: string): ComputedLink[] {
  return e.links.filter((l): l is ComputedLink => l.source === 'computed' && l.recommendation === recommendation);
}

/** The reviewer's reason where the report states no finding plainly for a recommendation. */
export function unstatedFor(e: Evidence, recommendation: string): string | undefined {
  return e.unstated.find((u) => u.recommendation === recommendation)?.reason;
}

/**
 * The reverse view, reviewed links only: paragraph number → the recommendations whose finding
 * it states, in report order. Computed links never appear here: a paragraph that merely shares
 * words with a recommendation does not support it.
 */
export function findingsByParagraph(e: Evidence): Map<number, ReviewedLink[]> {
  const byParagraph = new Map<number, ReviewedLink[]>();
  for (const link of e.links) {
    if (link.source !== 'reviewed') continue;
    byParagraph.set(link.paragraph, [...(byParagraph.get(link.paragraph) ?? []), link]);
  }
  return byParagraph;
}

/**
 * How well the rule's top `k` agree with the review: of the computed links ranked 1 to `k` for
 * recommendations that have reviewed findings, the share that name a reviewed paragraph.
 */
export function rulePrecision(
  e: Evidence,
  k = 3,
): { precision: number; hits: number; shown: number; recommendations: number } {
  let hits = 0;
  let shown = 0;
  let recommendations = 0;
  for (const rec of new Set(e.links.map((l) => l.recommendation))) {
    const reviewed = new Set(findingsBehind(e, rec).map((l) => l.paragraph));
    if (reviewed.size === 0) continue;
    recommendations++;
    for (const l of similarTo(e, rec).slice(0, k)) {
      shown++;
      if (reviewed.has(l.paragraph)) hits++;
    }
  }
  return { precision: shown === 0 ? 0 : hits / shown, hits, shown, recommendations };
}
