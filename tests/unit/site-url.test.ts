/** The default site address is written once, and SITE_URL overrides it. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, siteUrl } from '../../src/lib/site-url.ts';

describe('siteUrl', () => {
  it('should use SITE_URL where it is given', () => {
    expect(siteUrl('https://example.org')).toBe('https://example.org');
  });

  it('should fall back to the default when SITE_URL is missing or blank', () => {
    expect(siteUrl(undefined)).toBe(DEFAULT_SITE_URL);
    expect(siteUrl('  ')).toBe(DEFAULT_SITE_URL);
  });

  it('should default to an absolute address with no path, so a base path can follow it', () => {
    const url = new URL(DEFAULT_SITE_URL);
    expect(url.href).toBe(`${DEFAULT_SITE_URL}/`);
    expect(url.pathname).toBe('/');
  });
});

describe('DEFAULT_SITE_URL', () => {
  it('should be written in src/lib/site-url.ts only, not in any other source or the Astro config', async () => {
    const files = ['astro.config.mjs'];
    for (const dir of ['src', 'scripts']) {
      for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
        if (entry.isFile() && /\.(ts|mjs|astro)$/.test(entry.name)) files.push(join(entry.parentPath, entry.name));
      }
    }
    const writing: string[] = [];
    for (const file of files) if ((await readFile(file, 'utf8')).includes(DEFAULT_SITE_URL)) writing.push(file);
    expect(writing).toEqual([join('src', 'lib', 'site-url.ts')]);
  });
});
