/**
 * The four pages the page-weight and Lighthouse figures are taken on, found in the built
 * sitemap so they follow the report: the home page, the largest reading page (the worst case
 * for weight), the first recommendation page, and the search page before any search.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface SamplePage {
  label: string;
  /** Path under the site's root, without the base path: "" for home, "read/x/y/". */
  path: string;
}

export async function samplePages(dir: string, base = '/'): Promise<SamplePage[]> {
  const xml = await readFile(join(dir, 'sitemap.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(base.length));
  const reading = paths.filter((p) => /^read\/.+\//.test(p));
  const sizes = await Promise.all(reading.map(async (p) => (await stat(join(dir, p, 'index.html'))).size));
  const largestReading = reading[sizes.indexOf(Math.max(...sizes))];
  const recommendation = paths.find((p) => /^recommendations\/[^/]+\//.test(p));
  const pages: (SamplePage | undefined)[] = [
    { label: 'home', path: '' },
    largestReading === undefined ? undefined : { label: 'reading', path: largestReading },
    recommendation === undefined ? undefined : { label: 'recommendation', path: recommendation },
    paths.includes('search/') ? { label: 'search', path: 'search/' } : undefined,
  ];
  return pages.filter((page) => page !== undefined);
}
