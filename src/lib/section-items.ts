/**
 * What a reading page shows, in published order: the section's paragraphs, the grade-scale
 * table where it was published, and each recommendations list after the paragraph that
 * introduces it.
 */
import type { Paragraph, Recommendation, Report, Section } from '../model/schema.ts';

export type SectionItem =
  | { kind: 'paragraph'; paragraph: Paragraph }
  | { kind: 'scale'; scale: Report['gradeScale'] }
  | { kind: 'recommendations'; recommendations: Recommendation[] };

export function sectionItems(report: Report, section: Section): SectionItem[] {
  const byNumber = new Map(report.paragraphs.map((p) => [p.number, p]));
  const paragraphs = section.paragraphs.map((n) => byNumber.get(n)).filter((p): p is Paragraph => p !== undefined);
  const scale = report.gradeScale.filter((g) => g.section === section.slug);
  const recommendations = report.recommendations.filter((r) => r.section === section.slug);

  const items: SectionItem[] = [];
  const placed = new Set<Recommendation>();
  let scalePlaced = scale.length === 0;
  for (const paragraph of paragraphs) {
    // The scale table sits where its lines were: before the first paragraph after it.
    if (!scalePlaced && paragraph.source.startLine > scale[0]!.line) {
      items.push({ kind: 'scale', scale });
      scalePlaced = true;
    }
    items.push({ kind: 'paragraph', paragraph });
    const introduced = recommendations.filter((r) => r.introducedBy === paragraph.number);
    if (introduced.length > 0) {
      items.push({ kind: 'recommendations', recommendations: introduced });
      introduced.forEach((r) => placed.add(r));
    }
  }
  if (!scalePlaced) items.push({ kind: 'scale', scale });
  const rest = recommendations.filter((r) => !placed.has(r));
  if (rest.length > 0) items.push({ kind: 'recommendations', recommendations: rest });
  return items;
}
