/**
 * What the built site shows readers about the links between recommendations and paragraphs,
 * read from its HTML: both lists on each recommendation page and the line under each paragraph
 * of a reading page.
 *
 * Tests compare these with each other, with the data downloads and with facts from the
 * model, never with the rule's own output, so a test can catch the method's pages
 * and files disagreeing or breaking its stated rules.
 */
import type { Document, Element } from 'domhandler';
import { findAll } from 'domutils';
import { all, attr, dom, text } from './reading-pages.ts';

/** One reviewed finding a recommendation page shows under "The finding behind it", as shown. */
export interface ShownFinding {
  paragraph: number;
  /** The quoted sentence, without its quotation marks. */
  sentence: string;
  /** The text after "The site's review:". */
  reason: string;
  /** Where the paragraph link points. */
  href: string;
}

/** One paragraph with similar wording, as the folded list shows it. */
export interface ShownSimilar {
  paragraph: number;
  /** The shared wording, as quoted after "Shares the wording". */
  wording: string[];
  href: string;
}

/** What a recommendation page shows of both kinds of link. */
export interface ShownLinks {
  findings: ShownFinding[];
  /** The text of the "unstated" note, where the review found no finding stated plainly. */
  unstated: string | null;
  similar: ShownSimilar[];
  /** Whether the similar-wording list is folded (a <details> without `open`). */
  similarFolded: boolean;
  /** The summary line of the fold. */
  similarSummary: string;
}

const hasClass = (e: Element, name: string) => (attr(e, 'class') ?? '').split(/\s+/).includes(name);
/** Elements inside `root` with the class `name`, in document order. */
const inside = (root: Element, name: string) => findAll((e) => hasClass(e, name), root.children);
const links = (root: Element) => findAll((e) => e.name === 'a', root.children);

const SITE_REVIEW = /^The site[’']s review:\s*/;

/** Both kinds of link on the recommendation page for `id`, in the order shown. */
export async function shownLinks(id: string, root?: string): Promise<ShownLinks> {
  const doc = await dom(`recommendations/${id}/index.html`, root);
  const findings = all(doc, (e) => e.name === 'li' && attr(e, 'data-source') === 'reviewed').map((li) => ({
    paragraph: Number(attr(li, 'data-evidence')),
    sentence: text(inside(li, 'finding-sentence')[0]!).trim().replace(/^“|”$/g, ''),
    reason: text(inside(li, 'review-reason')[0]!).replace(SITE_REVIEW, ''),
    href: attr(links(li)[0]!, 'href') ?? '',
  }));
  const unstated = all(doc, (e) => hasClass(e, 'unstated'))[0];
  const fold = all(doc, (e) => e.name === 'details' && hasClass(e, 'similar-wording'))[0];
  const similar = all(doc, (e) => e.name === 'li' && attr(e, 'data-source') === 'computed').map((li) => ({
    paragraph: Number(attr(li, 'data-similar')),
    wording: [...text(li).matchAll(/“([^”]+)”/g)].map((m) => m[1]!),
    href: attr(links(li)[0]!, 'href') ?? '',
  }));
  return {
    findings,
    unstated: unstated ? text(unstated).replace(SITE_REVIEW, '') : null,
    similar,
    similarFolded: Boolean(fold) && attr(fold!, 'open') === undefined,
    similarSummary: fold ? text(findAll((e) => e.name === 'summary', fold.children)[0]!) : '',
  };
}

/** Paragraph number → the recommendation ids its reading page names under "The finding behind", in the order shown. */
export function shownSupports(readingPage: Document): Map<number, string[]> {
  const supports = new Map<number, string[]>();
  for (const article of all(readingPage, (e) => /^p[0-9]+$/.test(attr(e, 'id') ?? ''))) {
    const line = inside(article, 'para-supports')[0];
    if (!line) continue;
    const ids = links(line).map(
      (a) => /\/recommendations\/([^/]+)\/$/.exec(attr(a, 'href') ?? '')?.[1] ?? `?${attr(a, 'href')}`,
    );
    supports.set(Number(attr(article, 'id')!.slice(1)), ids);
  }
  return supports;
}
