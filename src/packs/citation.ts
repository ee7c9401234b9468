/**
 * Citations and the source notice for pack items, the same in every export and on paper, in
 * the site's one citation format (src/lib/citation.ts).
 */
import { citation as cite, citedSource } from '../lib/citation.ts';
import type { CatalogueEntry, PackCatalogue } from './catalogue.ts';

/** Where an item sits: "Safeguarding services › Capacity for improvement". */
export function sectionText(entry: CatalogueEntry, catalogue: PackCatalogue): string {
  const section = catalogue.sections[entry.section];
  if (!section) return '';
  return section.part && section.part !== section.title ? `${section.part} › ${section.title}` : section.title;
}

/**
 * One item's citation, with its absolute URL (resolved against `pageUrl`, the page the pack is
 * read on).
 */
export function citation(entry: CatalogueEntry, catalogue: PackCatalogue, pageUrl: string): string {
  return cite(catalogue.report, entry.cite, itemUrl(entry, pageUrl));
}

/** An item's absolute permalink, resolved against the page the pack is read on. */
export function itemUrl(entry: CatalogueEntry, pageUrl: string): string {
  return new URL(entry.permalink, pageUrl).href;
}

/** The source and reproduction notice every pack carries. */
export function sourceNotice(catalogue: PackCatalogue): string {
  const { report } = catalogue;
  return `Source: ${citedSource(report)}. ${report.copyright}. ${report.reproduction}`;
}
