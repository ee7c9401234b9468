import { describe, expect, it } from 'vitest';
import { builtPages, isRedirect, type Element } from '../../lib/built-pages.ts';

const titleOf = (elements: Element[]) => elements.find((e) => e.name === 'title')?.text.trim() ?? '';
const descriptionOf = (elements: Element[]) =>
  elements.find((e) => e.name === 'meta' && e.attributes.name === 'description')?.attributes.content?.trim() ?? '';

/** The values that more than one page shares, with the pages that share them. */
function shared(values: { file: string; value: string }[]): string[] {
  const byValue = new Map<string, string[]>();
  for (const { file, value } of values) byValue.set(value, [...(byValue.get(value) ?? []), file]);
  return [...byValue]
    .filter(([, files]) => files.length > 1)
    .map(([value, files]) => `"${value}": ${files.join(', ')}`);
}

// Redirect pages (`/p/N/`) are left out: a browser leaves them at once and search engines
// follow their canonical link, so what they are called is never seen.
describe('every page a reader can land on', () => {
  it('should have a title and a meta description', async () => {
    const pages = (await builtPages()).filter((page) => !isRedirect(page.elements));
    const missing = pages
      .filter((page) => !titleOf(page.elements) || !descriptionOf(page.elements))
      .map((page) => `${page.file}: title "${titleOf(page.elements)}", description "${descriptionOf(page.elements)}"`);
    expect(missing).toEqual([]);
  });

  it('should have a title no other page has', async () => {
    const pages = (await builtPages()).filter((page) => !isRedirect(page.elements));
    expect(shared(pages.map((page) => ({ file: page.file, value: titleOf(page.elements) })))).toEqual([]);
  });

  it('should have a description no other page has', async () => {
    const pages = (await builtPages()).filter((page) => !isRedirect(page.elements));
    expect(shared(pages.map((page) => ({ file: page.file, value: descriptionOf(page.elements) })))).toEqual([]);
  });
});
