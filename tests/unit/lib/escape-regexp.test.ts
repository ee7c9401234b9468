/** One regex escaper for every pattern built from text: acronyms, search terms, find in page. */
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../../src/lib/escape-regexp.ts';

describe('escapeRegExp', () => {
  it('should make every special character match itself, with and without the u flag', () => {
    const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    for (const flags of ['', 'u']) {
      expect(new RegExp(`^${escapeRegExp(text)}$`, flags).test(text), flags).toBe(true);
    }
  });

  it('should not let a dot or a star stand for other text', () => {
    expect(new RegExp(escapeRegExp('e.g.')).test('eXgX')).toBe(false);
    expect(new RegExp(`^${escapeRegExp('a*')}$`).test('aaa')).toBe(false);
  });

  it('should leave letters, digits, spaces, & and - as they are', () => {
    expect(escapeRegExp('A&E e-CAF 12 ü')).toBe('A&E e-CAF 12 ü');
  });

  it('should escape a backslash so that it cannot escape what follows', () => {
    expect(escapeRegExp('\\d')).toBe('\\\\d');
    expect(new RegExp(escapeRegExp('\\d')).test('7')).toBe(false);
  });
});
