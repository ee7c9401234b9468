/**
 * The recommendations that bear on a theme: those whose reviewed finding (src/derive/evidence.ts)
 * is stated in a paragraph of that theme's sections. Links computed from similar wording do not
 * count: sharing words is not bearing on a theme.
 */
import type { EvidenceLink, Recommendation, Report } from '../model/schema.ts';

export interface ThemeRecommendation {
  recommendation: Recommendation;
  /** Paragraphs of the theme's sections that state the finding behind it, in report order. */
  evidence: number[];
}

export function recommendationsForTheme(
  report: Report,
  theme: string,
  links: readonly EvidenceLink[],
): ThemeRecommendation[] {
  const sections = new Set(report.outline.filter((s) => s.theme === theme).map((s) => s.slug));
  const inTheme = new Set(report.paragraphs.filter((p) => sections.has(p.section)).map((p) => p.number));
  const found: ThemeRecommendation[] = [];
  for (const recommendation of report.recommendations) {
    const evidence = links
      .filter((l) => l.source === 'reviewed' && l.recommendation === recommendation.id && inTheme.has(l.paragraph))
      .map((l) => l.paragraph)
      .sort((a, b) => a - b);
    if (evidence.length > 0) found.push({ recommendation, evidence });
  }
  return found;
}
