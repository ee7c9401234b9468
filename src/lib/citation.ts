/**
 * How the site cites a paragraph or a recommendation: one format for the Cite buttons on
 * reading and recommendation pages, the briefing pack page, and the pack's text and Markdown
 * downloads.
 *
 *   Ofsted, Inspection of …: London Borough of Tower Hamlets, published 27 July 2012, paragraph 39. https://…/p/39/
 *   Ofsted, Inspection of …: London Borough of Tower Hamlets, published 27 July 2012, recommendation sg-3m-4. https://…/recommendations/sg-3m-4/
 *
 * Publisher (from content/framework.json), report title and authority (joined by a colon, as
 * the report's own title page reads), "published" and the date as printed, then the item, a full
 * stop and the item's permanent URL. The same source words open the footer's and packs' source
 * notice. Pure string work with no Astro import, so page scripts can use it too.
 */
import type { Report } from '../model/schema.ts';

/** What a citation says of the report. */
export interface CitedReport {
  publisher: string;
  title: string;
  authority: string;
  /** The publication date as printed ("27 July 2012"). */
  publishedAsPublished: string;
}

/** What is cited: a numbered paragraph, or a recommendation by its id. */
export type CitedItem = { kind: 'paragraph'; number: number } | { kind: 'recommendation'; id: string };

/** The report's part of every citation, from the model. */
export function citedReport(report: Pick<Report, 'publisher' | 'metadata'>): CitedReport {
  const { title, authority, publishedAsPublished } = report.metadata;
  return { publisher: report.publisher, title, authority, publishedAsPublished };
}

/**
 * The words of the report as a source, in order, with the title and the date marked, so a page
 * can set them as `<cite>` and `<time>` and still read exactly as `citedSource`.
 */
export function citedSourceParts(report: CitedReport): { text: string; is?: 'title' | 'date' }[] {
  return [
    { text: `${report.publisher}, ` },
    { text: report.title, is: 'title' },
    { text: `: ${report.authority}, published ` },
    { text: report.publishedAsPublished, is: 'date' },
  ];
}

/** The report as a source: "Ofsted, Inspection of …: London Borough of Tower Hamlets, published 27 July 2012". */
export function citedSource(report: CitedReport): string {
  return citedSourceParts(report)
    .map((part) => part.text)
    .join('');
}

/** How a citation names the item: "paragraph 39", "recommendation sg-3m-4". */
export function citedItemName(item: CitedItem): string {
  return item.kind === 'paragraph' ? `paragraph ${item.number}` : `recommendation ${item.id}`;
}

/** A citation without its URL: the source, then the item. */
export function citationText(report: CitedReport, item: CitedItem): string {
  return `${citedSource(report)}, ${citedItemName(item)}`;
}

/**
 * A citation's text with its URL after a full stop. Formats that mark links (Markdown's `<…>`)
 * or escape text pass them in already marked.
 */
export function withUrl(text: string, url: string): string {
  return `${text}. ${url}`;
}

/** A whole citation: `citationText` and the item's absolute URL. */
export function citation(report: CitedReport, item: CitedItem, url: string): string {
  return withUrl(citationText(report, item), url);
}

/**
 * A quotation: the quoted words in quotation marks, then the citation and its URL, the link that
 * opens the item with the words highlighted (src/lib/text-fragment.ts).
 *
 *   “The partnership is strong.” Ofsted, Inspection of …, published 27 July 2012, paragraph 39. https://…/read/…/#p39:~:text=…
 */
export function quotation(words: string, text: string, url: string): string {
  return `“${words}” ${withUrl(text, url)}`;
}
