import { describe, expect, it } from 'vitest';
import { builtPages, isRedirect, sitemapPaths } from '../lib/built-pages.ts';

describe('sitemap.xml', () => {
  it('should list every page except 404.html and redirects, and nothing else', async () => {
    const pages = (await builtPages())
      .filter((page) => page.file !== '404.html' && !isRedirect(page.elements))
      .map((page) => page.path);
    expect((await sitemapPaths()).sort()).toEqual(pages.sort());
  });
});
