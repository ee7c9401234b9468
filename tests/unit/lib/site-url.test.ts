/** SITE_URL: read in one place; without it there is no address at all, never a guessed one. */
import { describe, expect, it } from 'vitest';
import { siteUrl, WITHOUT_SITE_URL } from '../../../src/lib/site-url.ts';

describe('siteUrl', () => {
  it("should use SITE_URL's origin where it is given", () => {
    expect(siteUrl('https://example.org')).toBe('https://example.org');
    expect(siteUrl(' https://example.org/ ')).toBe('https://example.org');
  });

  it('should give no address when SITE_URL is missing or blank', () => {
    expect(siteUrl(undefined)).toBeUndefined();
    expect(siteUrl('  ')).toBeUndefined();
  });

  it('should refuse what is not an absolute http(s) address, naming SITE_URL and the value', () => {
    expect(() => siteUrl('example.org')).toThrow(/SITE_URL.*"example\.org"/);
    expect(() => siteUrl('ftp://example.org')).toThrow(/SITE_URL.*http/);
  });

  it('should say in one line what a build without it leaves out', () => {
    expect(WITHOUT_SITE_URL).not.toContain('\n');
    for (const part of ['canonical', 'og:url', 'sitemap.xml', 'robots.txt', 'SITE_URL='])
      expect(WITHOUT_SITE_URL).toContain(part);
  });
});
