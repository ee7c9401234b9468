/**
 * Notes written for developers stay in the source: an HTML comment in a component reaches every
 * reader of every page that uses it (the whole-report page once carried one note thirty times).
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../lib/built-pages.ts';

describe('every built page', () => {
  it('should carry no HTML comment', async () => {
    const found: string[] = [];
    for (const page of await builtPages()) {
      for (const match of page.html.matchAll(/<!--([\s\S]*?)-->/g))
        found.push(`${page.file}: <!--${match[1]!.slice(0, 60)}`);
    }
    expect(found).toEqual([]);
  });
});
