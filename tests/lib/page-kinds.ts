/**
 * One page of each kind the site has, found in the built sitemap so the list follows the
 * report: home, contents, a reading page, the themes grid, a grade view, a theme, the
 * recommendations, a recommendation, the glossary, the data page, search, and the 404 page.
 */
import { BASE_PATH, sitemapPaths } from './built-pages.ts';

const KINDS: [string, RegExp][] = [
  ['home', /^$/],
  ['contents', /^read\/$/],
  ['reading', /^read\/.+/],
  ['themes', /^themes\/$/],
  ['grade view', /^themes\/grade\//],
  ['theme', /^themes\/(?!grade\/).+/],
  ['recommendations', /^recommendations\/$/],
  ['recommendation', /^recommendations\/.+/],
  ['at a glance', /^at-a-glance\/$/],
  ['glossary', /^glossary\/$/],
  ['data', /^data\/$/],
  ['search', /^search\/$/],
];

/** Paths under the site's base path ("" for home), with a name for messages. */
export async function onePageOfEachKind(): Promise<{ kind: string; path: string }[]> {
  const paths = (await sitemapPaths()).map((p) => p.slice(BASE_PATH.length));
  return [
    ...KINDS.map(([kind, pattern]) => {
      const path = paths.find((p) => pattern.test(p));
      if (path === undefined) throw new Error(`the sitemap lists no ${kind} page`);
      return { kind, path };
    }),
    { kind: 'not found', path: '404.html' },
  ];
}
