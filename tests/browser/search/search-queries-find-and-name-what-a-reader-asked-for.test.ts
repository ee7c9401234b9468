/**
 * Each kind of query a reader types finds the paragraph or recommendation they mean in the
 * top three. Expectations were picked by reading the report.
 */
import type { Page } from 'playwright-core';
import type { SiteUnderTest } from '../../lib/browser.ts';
import { browserTest, describe, expect } from '../../lib/browser-test.ts';
import { builtModel } from '../../lib/reading-pages.ts';
import { search } from '../../lib/search.ts';

const model = await builtModel();

const it = browserTest();
// The tests and helpers below use the file's site and shared tab.
let site: SiteUnderTest;
let page: Page;
it.beforeAll(({ site: fileSite, page: sharedPage }) => {
  [site, page] = [fileSite, sharedPage];
});

/** How the site names recommendation sg-3m-4, by its words. */
const NAMED_GP = 'Appoint a named GP to support the work of the LSCB…';
const topThree = async (q: string) => (await search(page, site.url, q)).results.slice(0, 3).map((r) => r.ref);

describe('search queries', () => {
  it('should find a paragraph by a plain word', async () => {
    expect(await topThree('gang')).toContain('Paragraph 56');
  });

  it('should find a paragraph that uses only the expansion when searching the acronym', async () => {
    // Paragraph 143 writes "Corporate Parenting Steering Group" and never "CPSG".
    expect(await topThree('CPSG')).toContain('Paragraph 143');
  });

  it('should find paragraphs that use only the acronym when searching the expansion', async () => {
    // Paragraphs 27 and 42 write "IPST" and never spell it out.
    const top = await topThree('integrated pathways and support team');
    expect(top).toContain('Paragraph 27');
    expect(top).toContain('Paragraph 42');
  });

  it('should find the singular when searching the plural, and the plural when searching the singular', async () => {
    // Paragraph 125 has both forms; lac-3m-3 only "apprenticeships".
    expect(await topThree('apprenticeship')).toContain('lac-3m-3');
    expect(await topThree('apprenticeships')).toContain('Paragraph 125');
  });

  it('should find "bullying" when searching "bullied"', async () => {
    expect(await topThree('bullied')).toContain('Paragraph 35');
  });

  it('should match a quoted phrase exactly', async () => {
    const { results } = await search(page, site.url, '"named GP"');
    expect(results.slice(0, 3).map((r) => r.title)).toContain(NAMED_GP);
    // Every result has the words side by side, in that order.
    for (const result of results) expect(result.excerpt).toMatch(/named GP/i);
  });

  it('should mark the matched words in the excerpt and never show the hidden acronym words', async () => {
    const { results } = await search(page, site.url, 'CPSG');
    const p143 = results.find((r) => r.ref === 'Paragraph 143');
    expect(p143?.marks.join(' ')).toMatch(/Corporate Parenting Steering Group/);
    expect(p143?.excerpt).not.toContain('CPSG');
  });

  it("should name a paragraph by its section and number, with that section's grade as word and number beside it", async () => {
    const { results } = await search(page, site.url, 'bullied');
    const p35 = results.find((r) => r.ref === 'Paragraph 35');
    const section = model.outline.find((s) => s.slug === model.paragraphs.find((p) => p.number === 35)!.section)!;
    expect(p35?.title).toBe(`${section.title} · paragraph 35`);
    // Each piece of the context line whole, so a grade word cannot pass inside another.
    expect(p35?.context.split(' · ')).toEqual(['Outstanding, grade 1', 'Safeguarding services']);
  });

  it('should name a recommendation by its words, keep its code beside them, and say where the report makes it, with no grade', async () => {
    const { results } = await search(page, site.url, '"named GP"');
    const rec = results.find((r) => r.title === NAMED_GP);
    const [code, place, ...rest] = rec?.context.split(' · ') ?? [];
    expect(code).toBe('Recommendation sg-3m-4, within three months');
    // The paragraph that introduces the list is the report's; the words around it are the site's.
    const introducing = model.recommendations.find((r) => r.id === 'sg-3m-4')!.introducedBy;
    expect(place).toMatch(new RegExp(`^Safeguarding services: areas for improvement \\(paragraph ${introducing}\\)$`));
    expect(rest.join(' ')).not.toMatch(/grade|Outstanding|Good|Adequate|Inadequate/);
    expect(rec?.href).toMatch(/\/recommendations\/sg-3m-4\/\?highlight=/);
  });
});
