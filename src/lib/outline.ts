/**
 * Pure look-ups over the report's outline that several pages share: where a section sits,
 * what comes before and after it, and the page numbers the contents list gives it.
 */
import type { Report, Section } from '../model/schema.ts';

/** The outline section with this slug, or an error naming it (a broken model should stop the build). */
export function sectionBySlug(report: Report, slug: string): Section {
  const section = report.outline.find((s) => s.slug === slug);
  if (!section) throw new Error(`no outline section "${slug}"`);
  return section;
}

/** Sections whose parent is `slug`, in published order. */
export function childrenOf(report: Report, slug: string): Section[] {
  return report.outline.filter((s) => s.parent === slug);
}

/** The chain of sections from the top of the outline down to (not including) `section`. */
export function ancestorsOf(report: Report, section: Section): Section[] {
  const chain: Section[] = [];
  let parent = section.parent;
  while (parent) {
    const next = sectionBySlug(report, parent);
    chain.unshift(next);
    parent = next.parent;
  }
  return chain;
}

/** The sections before and after this one in published order. */
export function neighbours(report: Report, slug: string): { prev?: Section; next?: Section } {
  const at = report.outline.findIndex((s) => s.slug === slug);
  return { prev: report.outline[at - 1], next: report.outline[at + 1] };
}

/**
 * The page number the contents list gives each section, by slug. The parser pairs each entry
 * with the heading it names (titles repeat across parts), so the entry's own slug is used.
 */
export function contentsPages(report: Report): Map<string, number> {
  return new Map(report.contents.map((entry) => [entry.slug, entry.page]));
}

/** The title of a part, from its id. */
export function partTitle(report: Report, part: string): string {
  return report.parts.find((p) => p.id === part)?.title ?? part;
}

/** A section with the sections under it, for rendering the outline as a nested list. */
export interface OutlineNode {
  section: Section;
  children: OutlineNode[];
}

/** The outline as a tree, in published order. */
export function outlineTree(report: Report): OutlineNode[] {
  const nodes = new Map(report.outline.map((s) => [s.slug, { section: s, children: [] as OutlineNode[] }]));
  const roots: OutlineNode[] = [];
  for (const s of report.outline) {
    const node = nodes.get(s.slug)!;
    const parent = s.parent ? nodes.get(s.parent) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** A section's title with its part where the title alone repeats across parts ("Overall effectiveness"). */
export function qualifiedTitle(report: Report, section: Section): string {
  const repeats = report.outline.filter((s) => s.title === section.title).length > 1;
  return repeats && section.part ? `${section.title} (${partTitle(report, section.part)})` : section.title;
}
