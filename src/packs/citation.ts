/**
 * Citations and the source notice for pack items, the same in every export and on paper.
 */
import type { CatalogueEntry, PackCatalogue } from './catalogue.ts';

/** Where an item sits: "Safeguarding services › Capacity for improvement". */
export function sectionText(entry: CatalogueEntry, catalogue: PackCatalogue): string {
  const section = catalogue.sections[entry.section];
  if (!section) return '';
  return section.part && section.part !== section.title ? `${section.part} › ${section.title}` : section.title;
}

/**
 * One citation: report title, authority, publication date, "para N" or the recommendation id,
 * and the item's absolute URL (resolved against `pageUrl`, the page the pack is read on).
 */
export function citation(entry: CatalogueEntry, catalogue: PackCatalogue, pageUrl: string): string {
  return `${citationLabel(entry, catalogue)}. ${itemUrl(entry, pageUrl)}`;
}

/** A citation without its URL: "Title, Authority, published 27 July 2012, para 28". */
export function citationLabel(entry: CatalogueEntry, catalogue: PackCatalogue): string {
  const { report } = catalogue;
  return `${report.title}, ${report.authority}, published ${report.publishedAsPublished}, ${entry.cite}`;
}

/** An item's absolute permalink, resolved against the page the pack is read on. */
export function itemUrl(entry: CatalogueEntry, pageUrl: string): string {
  return new URL(entry.permalink, pageUrl).href;
}

/** The source and reproduction notice every pack carries. */
export function sourceNotice(catalogue: PackCatalogue): string {
  const { report } = catalogue;
  return `Source: ${report.title}, ${report.authority}, published ${report.publishedAsPublished}. ${report.copyright}. ${report.reproduction}`;
}
