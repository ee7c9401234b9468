import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, type Element } from '../../lib/built-pages.ts';
import { SITE_DIR } from '../../lib/site.ts';

/** Link relations that make the browser fetch something (canonical, alternate and plain links do not). */
const FETCHING_RELS =
  /\b(stylesheet|icon|preload|modulepreload|prefetch|preconnect|dns-prefetch|manifest|apple-touch-icon)\b/i;

/** The addresses an element makes the browser fetch as part of the page. */
function fetchedBy(element: Element): string[] {
  const { name, attributes } = element;
  const urls: string[] = [];
  if (name === 'link' && FETCHING_RELS.test(attributes.rel ?? '') && attributes.href) urls.push(attributes.href);
  if (
    ['script', 'img', 'iframe', 'audio', 'video', 'source', 'track', 'embed', 'input'].includes(name) &&
    attributes.src
  )
    urls.push(attributes.src);
  if (name === 'object' && attributes.data) urls.push(attributes.data);
  if (name === 'video' && attributes.poster) urls.push(attributes.poster);
  for (const candidate of (attributes.srcset ?? '').split(',')) {
    const url = candidate.trim().split(/\s+/)[0];
    if (url) urls.push(url);
  }
  return urls;
}

/**
 * Another origin: an absolute URL with a network scheme, or a protocol-relative "//host".
 * Data: URIs are not fetched from anywhere (Pagefind's own UI stylesheets carry some
 * icons so); the policy's img-src 'self' decides whether one may be used, and the browser
 * tests would see it blocked.
 */
const elsewhere = (url: string) => /^((https?|wss?|ftp):|\/\/)/i.test(url.trim());

describe('every built page', () => {
  it('should load its scripts, styles, images and fonts from the site itself', async () => {
    const found: string[] = [];
    for (const page of await builtPages()) {
      for (const element of page.elements) {
        for (const url of fetchedBy(element)) if (elsewhere(url)) found.push(`${page.file}: <${element.name}> ${url}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('should have stylesheets that import and point at nothing elsewhere', async () => {
    const entries = await readdir(SITE_DIR, { recursive: true, withFileTypes: true });
    const found: string[] = [];
    for (const entry of entries.filter((e) => e.isFile() && e.name.endsWith('.css'))) {
      const css = await readFile(join(entry.parentPath, entry.name), 'utf8');
      for (const match of css.matchAll(/(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)/g)) {
        if (elsewhere(match[1]!)) found.push(`${entry.name}: ${match[1]}`);
      }
    }
    expect(found).toEqual([]);
  });
});
