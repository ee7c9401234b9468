/**
 * What the built site shows readers about evidence, read from its HTML: the list on each
 * recommendation page and the "Supports …" line under each paragraph of a reading page.
 *
 * Note: tests compare these with each other, with the data downloads and with facts from the
 * model, never with the evidence method's own output, so a test can catch the method's pages
 * and files disagreeing or breaking its stated rules.
 */
import type { Document, Element } from 'domhandler';
import { findAll } from 'domutils';
import { all, attr, dom, text } from './reading-pages.ts';

/** One paragraph a recommendation page lists as evidence, as shown. */
export interface ShownEvidence {
  paragraph: number;
  /** The words under "Shared words:", in the order shown. */
  terms: string[];
  /** The score shown beside the terms, or null where none is shown (a reviewer's addition). */
  score: number | null;
  /** The reason after "Added by a reviewer:", or null for a link the method made. */
  reviewerReason: string | null;
  /** Where "Paragraph N in context" points. */
  contextHref: string;
}

const hasClass = (e: Element, name: string) => (attr(e, 'class') ?? '').split(/\s+/).includes(name);
/** Elements inside `root` with the class `name`, in document order. */
const inside = (root: Element, name: string) => findAll((e) => hasClass(e, name), root.children);
const links = (root: Element) => findAll((e) => e.name === 'a', root.children);

/** The evidence list of the recommendation page for `id`, in the order shown. */
export async function shownEvidence(id: string, root?: string): Promise<ShownEvidence[]> {
  const doc = await dom(`recommendations/${id}/index.html`, root);
  return all(doc, (e) => e.name === 'li' && hasClass(e, 'evidence')).map((li) => {
    const score = inside(li, 'score')[0];
    const reason = inside(li, 'override-reason')[0];
    const context = inside(li, 'in-context')[0];
    return {
      paragraph: Number(attr(li, 'data-evidence')),
      terms: inside(li, 'term').map((e) => text(e)),
      score: score ? Number(/score ([0-9.]+)/.exec(text(score))![1]) : null,
      reviewerReason: reason ? text(reason).replace(/^Added by a reviewer:\s*/, '') : null,
      contextHref: context && links(context)[0] ? (attr(links(context)[0]!, 'href') ?? '') : '',
    };
  });
}

/** Paragraph number → the recommendation ids its reading page says it supports, in the order shown. */
export function shownSupports(readingPage: Document): Map<number, string[]> {
  const supports = new Map<number, string[]>();
  for (const article of all(readingPage, (e) => /^p[0-9]+$/.test(attr(e, 'id') ?? ''))) {
    const line = inside(article, 'para-supports')[0];
    if (!line) continue;
    const ids = links(line).map((a) => /\/recommendations\/([^/]+)\/$/.exec(attr(a, 'href') ?? '')?.[1] ?? `?${attr(a, 'href')}`);
    supports.set(Number(attr(article, 'id')!.slice(1)), ids);
  }
  return supports;
}
