import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Report } from '../../../src/model/schema.ts';
import { elementsOf, htmlFiles } from '../../lib/built-pages.ts';
import { brokenLinks } from '../../lib/links.ts';
import { SUBPATH, SUBPATH_SITE_DIR } from '../../lib/site.ts';

const root = SUBPATH_SITE_DIR;
const read = (file: string) => readFile(join(root, file), 'utf8');

/** Every URL an element points at: href, src, action, srcset and a meta refresh's target. */
function urlsOf(html: string): string[] {
  return elementsOf(html).flatMap((e) => {
    const urls = ['href', 'src', 'action', 'poster'].map((a) => e.attributes[a]).filter((u): u is string => !!u);
    if (e.attributes.srcset) urls.push(...e.attributes.srcset.split(',').map((s) => s.trim().split(/\s+/)[0]!));
    const refresh =
      e.name === 'meta' && e.attributes['http-equiv']?.toLowerCase() === 'refresh'
        ? /url=(.+)$/i.exec(e.attributes.content ?? '')
        : null;
    if (refresh) urls.push(refresh[1]!.trim());
    return urls;
  });
}

describe(`the site built with BASE_PATH=${SUBPATH}`, () => {
  it('should point every root-relative link, asset and redirect inside the sub-path', async () => {
    const escaping: string[] = [];
    for (const file of await htmlFiles(root)) {
      for (const url of urlsOf(await read(file))) {
        if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith(SUBPATH)) escaping.push(`${file}: ${url}`);
      }
    }
    expect(escaping).toEqual([]);
  });

  it('should have no broken link or #fragment when served under the sub-path', async () => {
    expect(await brokenLinks('subpath')).toEqual([]);
  });

  it('should send each /p/N/ permalink to the paragraph in context under the sub-path', async () => {
    const model = Report.parse(JSON.parse(await read('data/report.json')));
    const p = model.paragraphs.at(-1)!;
    // The canonical link, the meta refresh and the plain link must all name it.
    const targets = urlsOf(await read(`p/${p.number}/index.html`))
      .filter((u) => u.includes(`#${p.id}`))
      .map((u) => {
        const url = new URL(u, 'http://host');
        return url.pathname + url.hash;
      });
    expect(targets.length).toBeGreaterThanOrEqual(3);
    expect(new Set(targets)).toEqual(new Set([`${SUBPATH}read/${p.section}/#${p.id}`]));
  });

  it('should publish the data files and list sitemap URLs under the sub-path', async () => {
    const model = Report.parse(JSON.parse(await read('data/report.json')));
    expect(model.paragraphs.length).toBeGreaterThan(0);
    expect((await read('data/recommendations.csv')).trim().split('\n')).toHaveLength(model.recommendations.length + 1);
    const locs = [...(await read('sitemap.xml')).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(locs.length).toBeGreaterThan(0);
    expect(locs.filter((path) => !path.startsWith(SUBPATH))).toEqual([]);
  });

  it('should keep stylesheet and script references in CSS and JS inside the sub-path', async () => {
    const { readdir } = await import('node:fs/promises');
    const files = (await readdir(root, { recursive: true })).filter(
      (f) => /\.(css|js)$/.test(f) && !f.startsWith('pagefind'),
    );
    const escaping: string[] = [];
    for (const file of files) {
      const text = await read(file);
      for (const m of text.matchAll(/url\((["']?)(\/[^)"']*)\1\)/g))
        if (!m[2]!.startsWith(SUBPATH)) escaping.push(`${file}: ${m[2]}`);
    }
    expect(escaping).toEqual([]);
  });
});
