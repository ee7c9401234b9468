import { describe, expect, test as it } from '../../lib/browser-test.ts';
import { builtModel } from '../../lib/reading-pages.ts';

const report = await builtModel();
// A paragraph deep in a long section, so arriving at it needs a scroll.
const section = [...report.outline].sort((a, b) => b.paragraphs.length - a.paragraphs.length)[0]!;
const n = section.paragraphs.at(-1)!;

describe('a reading page reached through #pN', () => {
  it('should scroll the paragraph into view and style it as the :target', async ({ site, newContext }) => {
    const context = await newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.url(`read/${section.slug}/#p${n}`));
    const state = await page.evaluate((id) => {
      const el = document.getElementById(id)!;
      const box = el.getBoundingClientRect();
      return {
        scrolled: window.scrollY,
        inView: box.top >= 0 && box.top < window.innerHeight,
        isTarget: el.matches(':target'),
        background: getComputedStyle(el).backgroundColor,
        otherBackground: getComputedStyle(el.previousElementSibling ?? document.body).backgroundColor,
      };
    }, `p${n}`);
    expect(state.scrolled).toBeGreaterThan(0);
    expect(state.inView).toBe(true);
    expect(state.isTarget).toBe(true);
    expect(state.background).not.toBe(state.otherBackground);
    await context.close();
  });
});
