/**
 * Each page links at most two stylesheets (src/integrations/join-stylesheets.ts joins what Astro
 * splits): the shell's, the same on every page, and one holding the rules of the components it
 * renders and no other page's. Since a page no longer
 * carries every rule of the site, a class its markup uses could lose the rule another component
 * defines for it: so every class a page's markup uses that any of the site's stylesheets styles
 * must be styled by the page's own. The site's base (src/styles/site.css, whose first rule is the
 * `:root` colour tokens) comes first, so a component's rules still follow it in the cascade.
 * Stylesheets are read with PostCSS.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import postcss from 'postcss';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE_PATH, builtPages } from '../../lib/built-pages.ts';
import { SITE_DIR } from '../../lib/site.ts';

/** The class names a stylesheet's selectors name, and the selector of its first rule. */
function classesOf(css: string): { classes: Set<string>; first: string | undefined } {
  const classes = new Set<string>();
  let first: string | undefined;
  postcss.parse(css).walkRules((rule) => {
    first ??= rule.selector;
    for (const match of rule.selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) classes.add(match[1]!);
  });
  return { classes, first };
}

let pages: Awaited<ReturnType<typeof builtPages>>;
/** Every class any of the site's stylesheets styles. */
const styledAnywhere = new Set<string>();
const sheets = new Map<string, ReturnType<typeof classesOf>>();

beforeAll(async () => {
  pages = await builtPages();
  const dir = join(SITE_DIR, '_astro');
  for (const name of (await readdir(dir)).filter((file) => file.endsWith('.css'))) {
    const sheet = classesOf(await readFile(join(dir, name), 'utf8'));
    sheets.set(`${BASE_PATH}_astro/${name}`, sheet);
    for (const name of sheet.classes) styledAnywhere.add(name);
  }
});

const stylesheetsOf = (page: (typeof pages)[number]) =>
  page.elements.filter((e) => e.name === 'link' && e.attributes.rel === 'stylesheet').map((e) => e.attributes.href!);
/** A page's rules: those of all the stylesheets it links. */
const classesFor = (page: (typeof pages)[number]) =>
  new Set(stylesheetsOf(page).flatMap((href) => [...sheets.get(href)!.classes]));

describe('the stylesheet a page links', () => {
  it("should be at most two files: first the shell's, the same on every page, then the page's own", () => {
    const linked = pages.map(stylesheetsOf).filter((hrefs) => hrefs.length > 0);
    const shell = linked[0]![0];
    expect(linked.filter((hrefs) => hrefs.length > 2 || hrefs[0] !== shell)).toEqual([]);
  });

  it("should begin with the site's base rules, so that components' rules follow them", () => {
    const found = pages
      .filter((page) => stylesheetsOf(page).length > 0)
      .filter((page) => sheets.get(stylesheetsOf(page)[0]!)?.first !== ':root')
      .map((page) => `${page.path}: ${sheets.get(stylesheetsOf(page)[0]!)?.first}`);
    expect(found).toEqual([]);
  });

  it('should style every class its markup uses that the site styles anywhere', () => {
    const found: string[] = [];
    for (const page of pages) {
      const own = classesFor(page);
      const used = new Set(page.elements.flatMap((e) => (e.attributes.class ?? '').split(/\s+/).filter(Boolean)));
      for (const name of used) if (styledAnywhere.has(name) && !own.has(name)) found.push(`${page.path}: .${name}`);
    }
    expect(found).toEqual([]);
  });

  it("should not carry another kind of page's rules: a reading page has none of the search page's", () => {
    const reading = pages.find((page) => /\/read\/[^/]+\/[^/]+\/$/.test(page.path))!;
    const search = pages.find((page) => page.path === `${BASE_PATH}search/`)!;
    const readingSheet = classesFor(reading);
    const classesIn = (page: (typeof pages)[number]) =>
      new Set(page.elements.flatMap((e) => (e.attributes.class ?? '').split(/\s+/).filter(Boolean)));
    const elsewhere = new Set(pages.filter((page) => page !== search).flatMap((page) => [...classesIn(page)]));
    // The base every page carries (site.css's utilities among them) is not the search page's own.
    const everyPages = pages.filter((page) => stylesheetsOf(page).length > 0).map(classesFor);
    const base = new Set([...everyPages[0]!].filter((name) => everyPages.every((sheet) => sheet.has(name))));
    const searchOnly = [...classesIn(search)].filter(
      (name) => styledAnywhere.has(name) && !elsewhere.has(name) && !base.has(name),
    );
    expect(searchOnly.length).toBeGreaterThan(0);
    expect(searchOnly.filter((name) => readingSheet.has(name))).toEqual([]);
  });
});
