/**
 * The recommendations that bear on a theme: those published in a section of that theme, and
 * those whose evidence links (src/derive/evidence.ts) point at a paragraph in such a section.
 */
import type { EvidenceLink, Recommendation, Report } from '../model/schema.ts';

export interface ThemeRecommendation {
  recommendation: Recommendation;
  /** Paragraphs of the theme's sections that support it, in report order. */
  evidence: number[];
  /** Whether it was published in one of the theme's sections. */
  publishedHere: boolean;
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
      .filter((l) => l.recommendation === recommendation.id && inTheme.has(l.paragraph))
      .map((l) => l.paragraph)
      .sort((a, b) => a - b);
    const publishedHere = sections.has(recommendation.section);
    if (publishedHere || evidence.length > 0) found.push({ recommendation, evidence, publishedHere });
  }
  return found;
}
