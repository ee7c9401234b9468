import { describe, expect, test as it } from '../../lib/browser-test.ts';
import { builtModel } from '../../lib/reading-pages.ts';

const report = await builtModel();
// A theme every part judges, so there is something to put side by side.
const theme = report.themes.find((t) =>
  report.parts.every((p) => report.judgements.some((j) => j.theme === t.id && j.part === p.id)),
)!;

describe('a theme page', () => {
  it('should put each part’s judgement side by side at desktop width, with the paragraphs behind each', async ({
    site,
    newContext,
  }) => {
    const context = await newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.url(`themes/${theme.id}/`));
    const columns = page.locator('.side-by-side > section');
    await expect(columns.count()).resolves.toBe(report.parts.length);
    const boxes = await columns.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes[1]!.left).toBeGreaterThan(boxes[0]!.right - 1);
    expect(Math.abs(boxes[1]!.top - boxes[0]!.top)).toBeLessThan(2);
    for (const [i, part] of report.parts.entries()) {
      const j = report.judgements.find((x) => x.theme === theme.id && x.part === part.id)!;
      const column = columns.nth(i);
      await expect(column.locator('h2').innerText()).resolves.toBe(part.title);
      // The badge's whole text, so "Adequate" cannot pass inside "Inadequate".
      const badge = (await column.locator('.grade').first().textContent())!.replace(/\s+/g, ' ').trim();
      expect(badge).toBe(`${j.label}, grade ${j.grade}`);
      const section = report.outline.find((s) => s.slug === j.section)!;
      await expect(column.locator('.quoted-para').count()).resolves.toBe(section.paragraphs.length);
    }
    await context.close();
  });

  it('should stack the parts at 320px without scrolling sideways', async ({ site, newContext }) => {
    const context = await newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.url(`themes/${theme.id}/`));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
