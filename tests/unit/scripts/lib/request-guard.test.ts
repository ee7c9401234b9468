/** The rule `npm start`'s server applies before serving: malformed and escaping paths are refused. */
import { describe, expect, it } from 'vitest';
import { MAX_URL_LENGTH, refusal } from '../../../../scripts/lib/request-guard.ts';

describe('refusal', () => {
  it('should let through every kind of URL the site makes', () => {
    for (const url of [
      '/',
      '/read/safeguarding/quality-of-provision/#p39',
      '/p/39/',
      '/search/?q=named%20GP&kind=Paragraph',
      '/search/?q=%',
      '/_astro/site.Bx1.css',
      '/explorer/data/report.json',
      '/caf%C3%A9/',
    ]) {
      expect(refusal(url), url).toBeUndefined();
    }
  });

  it('should refuse a path that does not decode', () => {
    for (const url of ['/%E0%A4%A', '/%', '/read/%zz/']) expect(refusal(url)?.status, url).toBe(400);
  });

  it('should refuse encoded slashes, backslashes, NUL and dot segments', () => {
    for (const url of [
      '/..%2Fdist-explorer/index.html',
      '/%2e%2e/package.json',
      '/read/%2E%2E/%2E%2E/etc/passwd',
      '/a%5C..%5Cb',
      '/a%00b/',
      '/../package.json',
      '/./index.html',
    ]) {
      expect(refusal(url)?.status, url).toBe(400);
    }
  });

  it('should refuse a URL longer than any the site makes with 414', () => {
    expect(refusal(`/${'a'.repeat(9000)}`)?.status).toBe(414);
    expect(refusal(`/${'a'.repeat(MAX_URL_LENGTH - 2)}`)).toBeUndefined();
  });
});
