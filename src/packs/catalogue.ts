/**
 * The pack catalogue: everything the pack page needs to show, cite and export any paragraph or
 * recommendation, derived from the model at build time.
 *
 * It is served in pieces so the pack page fetches only what it shows: `/pack/index.json` (the
 * report's citation details, the sections and every id in report order: `PackIndex`) and one
 * `/pack/items/{id}.json` per item (`CatalogueEntry`). The page puts the pieces it fetched back
 * together as a `PackCatalogue` holding just the pack's items.
 *
 * The browser imports only the types from this module (`import type`), so neither the
 * model's schemas nor the URL helpers end up in the pack page's script.
 */
import type { Block, Report } from '../model/schema.ts';
import { citedReport, type CitedItem, type CitedReport } from '../lib/citation.ts';
import { recommendationName, recommendationPlace } from '../lib/recommendation-name.ts';
import { paragraphUrl, permalinkUrl, recommendationUrl } from '../lib/urls.ts';
import type { ItemKind } from './ids.ts';

export interface CatalogueSection {
  title: string;
  /** The title of the part the section belongs to, or null for introductory sections. */
  part: string | null;
  /** The section's judgement, or null where the section is not graded. */
  grade: { grade: number; label: string } | null;
}

export interface CatalogueEntry {
  id: string;
  kind: ItemKind;
  /** "Paragraph 28", or a recommendation's name by its words ("Appoint a named GP to support the work of the LSCB…"). */
  label: string;
  /** For recommendations: the code shown beside the name ("sg-3m-4"). */
  code?: string;
  /** What a citation names (src/lib/citation.ts): paragraph 28, recommendation sg-3m-4. */
  cite: CitedItem;
  /** A key of `sections`. */
  section: string;
  /** The text as published, with its emphasis and lists. */
  blocks: Block[];
  /** For recommendations: the timescale as published ("Within three months"). */
  timescale?: string;
  /** For recommendations: the date the action fell due (ISO). */
  due?: string;
  /** For recommendations: where it stands, "Safeguarding services: areas for improvement (paragraph 28)". */
  place?: string;
  /** The item's own permanent URL (base-path aware, site-relative). */
  permalink: string;
  /** Where the item can be read in context, when that differs from the permalink. */
  context?: string;
}

/** `/pack/index.json`: what every pack needs whatever it holds. */
export interface PackIndex {
  /** What a citation says of the report, and what the source notice adds. */
  report: CitedReport & {
    /** ISO date. */
    published: string;
    reproduction: string;
    copyright: string;
  };
  sections: Record<string, CatalogueSection>;
  /** The id of every paragraph and recommendation, in the order the report prints them. */
  ids: string[];
}

export interface PackCatalogue extends PackIndex {
  /**
   * Paragraphs and recommendations with what is shown of them, in report order: every item at
   * build time, only the pack's own items in the page.
   */
  items: CatalogueEntry[];
}

/** The index a catalogue is served with (`/pack/index.json`): the catalogue less its items. */
export function packIndex(catalogue: PackCatalogue): PackIndex {
  const { report, sections, ids } = catalogue;
  return { report, sections, ids };
}

/** Builds the catalogue from the validated model. */
export function buildPackCatalogue(report: Report): PackCatalogue {
  const bySlug = new Map(report.outline.map((s) => [s.slug, s]));
  const partTitles = new Map(report.outline.filter((s) => s.kind === 'part').map((s) => [s.part, s.title]));

  const sections: Record<string, CatalogueSection> = {};
  const useSection = (slug: string) => {
    if (sections[slug]) return;
    const section = bySlug.get(slug);
    if (!section) throw new Error(`pack catalogue: no section "${slug}" in the outline`);
    sections[slug] = {
      title: section.title,
      part: section.part === null ? null : (partTitles.get(section.part) ?? null),
      grade: section.judgement ? { grade: section.judgement.grade, label: section.judgement.label } : null,
    };
  };

  const positioned: { line: number; entry: CatalogueEntry }[] = [];
  for (const p of report.paragraphs) {
    useSection(p.section);
    positioned.push({
      line: p.source.startLine,
      entry: {
        id: p.id,
        kind: 'paragraph',
        label: `Paragraph ${p.number}`,
        cite: { kind: 'paragraph', number: p.number },
        section: p.section,
        blocks: p.blocks,
        permalink: permalinkUrl(p.number),
        context: paragraphUrl(p.section, p.number),
      },
    });
  }
  for (const r of report.recommendations) {
    useSection(r.section);
    positioned.push({
      line: r.source.startLine,
      entry: {
        id: r.id,
        kind: 'recommendation',
        label: recommendationName(r.text),
        code: r.id,
        cite: { kind: 'recommendation', id: r.id },
        section: r.section,
        blocks: [{ type: 'text', runs: r.runs }],
        timescale: r.timescaleLabel,
        due: r.dueDate,
        place: recommendationPlace(partTitles.get(r.part) ?? r.part, bySlug.get(r.section)!.title, r.introducedBy),
        permalink: recommendationUrl(r.id),
      },
    });
  }
  // The source line is the report's own order, so recommendations fall after the
  // paragraph that introduces them and before the next one.
  positioned.sort((a, b) => a.line - b.line);

  const { metadata } = report;
  return {
    report: {
      ...citedReport(report),
      published: metadata.published,
      reproduction: metadata.reproduction,
      copyright: metadata.copyright,
    },
    sections,
    ids: positioned.map((p) => p.entry.id),
    items: positioned.map((p) => p.entry),
  };
}
