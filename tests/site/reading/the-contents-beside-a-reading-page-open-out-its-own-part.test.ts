/**
 * The contents beside each reading page (src/components/ContentsSidebar.astro) list every top-level
 * entry of the report, and open out only the entries on the way to the page being read: its part,
 * its group, itself. Every section stays reachable: each entry left closed links to a page that
 * lists the sections under it.
 */
import { type Document, type Element, isTag } from 'domhandler';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/model/schema.ts';
import { all, attr, builtModel, readingPages } from '../../lib/reading-pages.ts';
import { BASE_PATH } from '../../lib/built-pages.ts';

let report: Report;
let pages: Map<string, Document>;
beforeAll(async () => {
  report = await builtModel();
  pages = await readingPages();
});

/** The slugs a sidebar links to, and those whose entry holds an opened list. */
function sidebarOf(doc: Document): { linked: string[]; opened: string[] } {
  const nav = all(doc, (e) => e.name === 'nav' && attr(e, 'id') === 'contents-nav')[0]!;
  const slugOf = (a: Element) => attr(a, 'href')!.slice(`${BASE_PATH}read/`.length).replace(/\/$/, '');
  const items = all(nav, (e) => e.name === 'li');
  return {
    linked: all(nav, (e) => e.name === 'a').map(slugOf),
    opened: items
      .filter((li) => li.children.some((c) => isTag(c) && c.name === 'ol'))
      .map((li) => slugOf(all(li, (e) => e.name === 'a')[0]!)),
  };
}

describe('the contents beside a reading page', () => {
  it('should open out the entries on the way to the page, and no other', () => {
    const parentOf = new Map(report.outline.map((s) => [s.slug, s.parent]));
    const hasChildren = new Set(report.outline.map((s) => s.parent).filter((p): p is string => !!p));
    let checked = 0;
    for (const section of report.outline) {
      const doc = pages.get(section.slug)!;
      const path = new Set<string>();
      for (let at: string | undefined = section.slug; at; at = parentOf.get(at) ?? undefined) path.add(at);
      const { linked, opened } = sidebarOf(doc);
      expect(new Set(opened), section.slug).toEqual(new Set([...path].filter((slug) => hasChildren.has(slug))));
      for (const top of report.outline.filter((s) => !s.parent)) expect(linked, section.slug).toContain(top.slug);
      checked++;
    }
    expect(checked).toBe(report.outline.length);
  });

  it('should leave every section one link away: an entry left closed links to a page listing the sections under it', () => {
    for (const parent of report.outline) {
      const children = report.outline.filter((s) => s.parent === parent.slug);
      if (children.length === 0) continue;
      const links = all(pages.get(parent.slug)!, (e) => e.name === 'article' && attr(e, 'class') === 'reading-body')
        .flatMap((body) => all(body, (e) => e.name === 'a'))
        .map((a) => attr(a, 'href'));
      for (const child of children) expect(links, parent.slug).toContain(`${BASE_PATH}read/${child.slug}/`);
    }
  });
});
