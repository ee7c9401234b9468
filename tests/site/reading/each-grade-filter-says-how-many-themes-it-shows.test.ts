/**
 * The themes page's grade filters say how many themes each one shows ("Good, grade 2 (7
 * themes)", "Adequate, grade 3 (none)"), and the page each leads to lists that many, so a reader
 * sees the spread of grades before choosing and is never sent to an empty page unawares.
 */
import { findAll } from 'domutils';
import { describe, expect, it } from 'vitest';
import { BASE_PATH } from '../../lib/built-pages.ts';
import { all, attr, dom, text } from '../../lib/reading-pages.ts';

/** The filter links of a themes page: where each goes and the words it shows. */
async function filterLinks(file: string) {
  const doc = await dom(file);
  const nav = all(doc, (e) => e.name === 'nav' && attr(e, 'class') === 'filter-links')[0];
  const links = nav ? findAll((e) => e.name === 'a', nav.children) : [];
  return links.map((a) => ({ href: attr(a, 'href')!, words: text(a).replace(/\s+/g, ' ').trim() }));
}

/** The number of themes a themes page lists: the body rows of its grid, none where it has no grid. */
async function themesListed(href: string): Promise<number> {
  const doc = await dom(`${href.slice(BASE_PATH.length)}index.html`);
  const grid = all(doc, (e) => e.name === 'table' && (attr(e, 'class') ?? '').includes('themes-grid'))[0];
  const body = grid ? findAll((e) => e.name === 'tbody', grid.children)[0] : undefined;
  return body ? findAll((e) => e.name === 'tr', body.children).length : 0;
}

describe('the grade filters of the themes page', () => {
  it('should each state how many themes the page they lead to lists', async () => {
    const links = await filterLinks('themes/index.html');
    expect(links.length).toBeGreaterThan(2);
    const stated = links.map(({ href, words }) => {
      const count = /\((none|1 theme|(\d+) themes)\)$/.exec(words);
      return { href, words, count: count ? (count[1] === 'none' ? 0 : Number(count[2] ?? 1)) : undefined };
    });
    expect(stated.filter((link) => link.count === undefined).map((link) => link.words)).toEqual([]);
    const listed = await Promise.all(stated.map(async (link) => ({ ...link, count: await themesListed(link.href) })));
    expect(listed).toEqual(stated);
  });

  it('should say the same on every page they appear on', async () => {
    const onThemes = await filterLinks('themes/index.html');
    for (const { href } of onThemes)
      expect(await filterLinks(`${href.slice(BASE_PATH.length)}index.html`), href).toEqual(onThemes);
  });
});
