/** One rule for the base path: it starts and ends with a slash, whatever BASE_PATH was given as. */
import { describe, expect, it } from 'vitest';
import { normaliseBasePath } from '../../../src/lib/base-path.ts';

describe('normaliseBasePath', () => {
  it('should keep a base path that already starts and ends with "/"', () => {
    expect(normaliseBasePath('/')).toBe('/');
    expect(normaliseBasePath('/explorer/')).toBe('/explorer/');
    expect(normaliseBasePath('/a/b/')).toBe('/a/b/');
  });

  it('should add the trailing slash a URL is joined onto', () => {
    expect(normaliseBasePath('/explorer')).toBe('/explorer/');
  });

  it('should add the leading slash, as Astro does for its base', () => {
    expect(normaliseBasePath('explorer/')).toBe('/explorer/');
    expect(normaliseBasePath('explorer')).toBe('/explorer/');
  });

  it('should make the root of nothing, doubled slashes or no argument', () => {
    expect(normaliseBasePath('')).toBe('/');
    expect(normaliseBasePath('//')).toBe('/');
    expect(normaliseBasePath()).toBe('/');
    expect(normaliseBasePath('//explorer//')).toBe('/explorer/');
  });
});
