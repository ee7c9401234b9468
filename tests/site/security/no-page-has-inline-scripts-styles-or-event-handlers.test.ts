import { describe, expect, it } from 'vitest';
import { builtPages } from '../../lib/built-pages.ts';

// The Content-Security-Policy has no 'unsafe-inline', so anything found here would be
// blocked in the browser: a script that never runs, a style that never applies.
/** Script types a browser never runs (data blocks), which the policy does not govern. */
const DATA_BLOCK = /^application\/(ld\+)?json$/i;

describe('every built page', () => {
  it('should have no <script> without src', async () => {
    const found: string[] = [];
    for (const page of await builtPages()) {
      for (const e of page.elements) {
        if (e.name === 'script' && !e.attributes.src && !DATA_BLOCK.test(e.attributes.type ?? '')) {
          found.push(`${page.file}: <script>${e.text.trim().slice(0, 60)}</script>`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('should have no on* event handler attributes and no javascript: links', async () => {
    const found: string[] = [];
    for (const page of await builtPages()) {
      for (const e of page.elements) {
        for (const [name, value] of Object.entries(e.attributes)) {
          if (/^on/.test(name) || /^\s*javascript:/i.test(value))
            found.push(`${page.file}: <${e.name} ${name}="${value}">`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('should have no style attributes and no <style> elements', async () => {
    const found: string[] = [];
    for (const page of await builtPages()) {
      for (const e of page.elements) {
        if (e.name === 'style') found.push(`${page.file}: <style>${e.text.trim().slice(0, 60)}</style>`);
        if (e.attributes.style !== undefined) found.push(`${page.file}: <${e.name} style="${e.attributes.style}">`);
      }
    }
    expect(found).toEqual([]);
  });
});
